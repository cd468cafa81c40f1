import MintedAPI

/// A request the reducer asks for, as a value; its answer comes back as an action.
public enum APICall: Sendable, Equatable {
    case customer(String)
    case products
    case activeBasket(customer: String, type: BasketType)
    case addItem(customer: String, sku: String, qty: Int, type: BasketType, cartToken: String?)
    case updateItem(customer: String, cartToken: String, sku: String, qty: Int)
    case balance(customer: String)
    case currencyRates
    case rateHistory(currencyId: Int, period: RatePeriod)
}
