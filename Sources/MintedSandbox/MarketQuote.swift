import Foundation
import MintedAPI

/// One item currency's per-gram buy and sell rate at an instant, in minor units (cents).
struct MarketQuote: Sendable, Equatable, Codable {
    var buyCents: Int
    var sellCents: Int

    /// The buy rate per gram.
    var buy: Decimal { Decimal(minorUnits: buyCents) }

    /// The sell rate per gram.
    var sell: Decimal { Decimal(minorUnits: sellCents) }
}
