import MintedAPI
import TerminalKit

/// The Products pane's columns for a width: the SKU whole (it tells products apart), then the name, which gives way
/// first, then Buy; Sell and Held (what the customer holds) join when the pane is wide enough.
struct ProductColumns: Equatable {
    /// Width of the SKU column: the longest SKU, so `MNTBAE0001` and `MNTBAE0005` never both read `MNTBAE00…`.
    var sku: Int
    var name: Int
    /// Width of each price column.
    var price: Int
    var showsSell: Bool
    var showsHeld: Bool

    /// A name keeps at least this much room before a column is dropped for it.
    static let minimumName = 12
    static let heldWidth = 5

    init(products: [Product], width: Int) {
        let longestSKU = products.map { TextWidth.width(of: $0.sku) }.max() ?? 3
        var sku = min(max(3, longestSKU), 16)
        let price = 10
        // Columns join while the name keeps its minimum: Sell, then Held.
        func nameRoom(sell: Bool, held: Bool) -> Int {
            width - sku - 1 - (price + 1) - (sell ? price + 1 : 0) - (held ? Self.heldWidth + 1 : 0)
        }
        let sell = nameRoom(sell: true, held: false) >= Self.minimumName + 8
        let held = sell && nameRoom(sell: true, held: true) >= Self.minimumName + 8
        // On a very narrow pane the SKU gives way too.
        if nameRoom(sell: false, held: false) < Self.minimumName { sku = max(3, min(sku, width / 3)) }
        self.sku = sku
        self.price = price
        showsSell = sell
        showsHeld = held
        name = max(0, nameRoom(sell: sell, held: held))
    }

    func header(currency: String?) -> String {
        row(sku: "SKU", name: "Name", buy: currency.map { "Buy " + $0 } ?? "Buy", sell: currency.map { "Sell " + $0 } ?? "Sell", held: "Held")
    }

    func row(sku: String, name: String, buy: String, sell: String, held: String) -> String {
        var line = TextWidth.fit(sku, to: self.sku) + " " + TextWidth.fit(name, to: self.name) + " " + MainScreen.pad(buy, price)
        if showsSell { line += " " + MainScreen.pad(sell, price) }
        if showsHeld { line += " " + MainScreen.pad(held, Self.heldWidth) }
        return line
    }
}
