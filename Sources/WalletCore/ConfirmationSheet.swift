import Foundation
import MintedAPI

/// What the complete confirmation shows, line by line; the UI draws it and the reducer refuses to open it when
/// the terminal cannot show it whole.
public enum ConfirmationSheet {
    /// The sheet's width in columns, border included.
    public static let width = 60

    /// Rows the sheet needs, border included: title, type, items, total, fees, pay line, lock, address, keys.
    public static func height(for basket: Basket, type: BasketType) -> Int {
        let fees = Charges(basket).lines.count
        let address = type == .delivery ? 2 : 0
        // border 2 · type 1 · blank 1 · items · blank 1 · total 1 · fees · pay 1 · blank 1 · lock 1 · keys 1
        return 2 + 1 + 1 + basket.items.count + 1 + 1 + fees + 1 + 1 + 1 + 1 + address
    }
}
