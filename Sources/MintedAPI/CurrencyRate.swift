import Foundation

/// A per-gram buy and sell rate of one item currency (for example "Dirham Gold").
public struct CurrencyRate: Codable, Sendable, Equatable, Identifiable {
    public var itemCurrencyId: Int
    public var itemCurrencyName: String
    public var metalType: MetalType
    public var currencyCode: String
    public var buy: Decimal
    public var sell: Decimal
    public var updatedAt: String?

    public var id: Int { itemCurrencyId }

    public init(itemCurrencyId: Int, itemCurrencyName: String, metalType: MetalType, currencyCode: String,
                buy: Decimal, sell: Decimal, updatedAt: String?) {
        self.itemCurrencyId = itemCurrencyId
        self.itemCurrencyName = itemCurrencyName
        self.metalType = metalType
        self.currencyCode = currencyCode
        self.buy = buy
        self.sell = sell
        self.updatedAt = updatedAt
    }

    enum CodingKeys: String, CodingKey {
        case itemCurrencyId = "item_currency_id", itemCurrencyName = "item_currency_name", metalType = "metal_type"
        case currencyCode = "currency_code", buy, sell, updatedAt = "updated_at"
    }
}

/// One point of a rate history, oldest first in a list.
public struct RatePoint: Codable, Sendable, Equatable {
    public var date: String
    public var buy: Decimal
    public var sell: Decimal

    public init(date: String, buy: Decimal, sell: Decimal) {
        self.date = date
        self.buy = buy
        self.sell = sell
    }
}

/// The spans the rate history can be asked for.
public enum RatePeriod: String, Codable, Sendable, CaseIterable {
    case day = "1d", week = "1w", month = "1m", year = "1y"
}
