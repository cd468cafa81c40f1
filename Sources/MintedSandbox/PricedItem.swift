import Foundation
import MintedAPI

/// A basket line priced, with the facts the fees need.
struct PricedItem: Sendable, Equatable {
    var item: BasketItem
    var metal: MetalType
    /// Grams of metal in the line.
    var grams: Decimal
    /// Per-unit minting fee.
    var mintingFee: Decimal
    var currencyCode: String
}
