import Foundation
import MintedAPI

/// A request the reducer asks for, as a value; its answer comes back as an action.
public enum APICall: Sendable, Equatable {
    case customer(String)
    case products
    case activeBasket(customer: String, type: BasketType)
    case addItem(customer: String, sku: String, qty: Int, type: BasketType, cartToken: String?)
    case updateItem(customer: String, cartToken: String, sku: String, qty: Int)
    case removeItem(customer: String, cartToken: String, sku: String)
    case clearBasket(customer: String, cartToken: String)
    case complete(BasketType, customer: String, cartToken: String, shippingAddress: Address?)
    case balance(customer: String)
    case currencyRates
    case rateHistory(currencyId: Int, period: RatePeriod)
    case orders(OrderQuery)
    case receipt(customer: String, guid: String)
    /// Get Order Invoice; `customer` is the session it belongs to (the endpoint itself names no customer).
    case invoice(customer: String, orderId: String)
    case createCustomer(CustomerProfile)
    case updateCustomer(String, CustomerProfile)
    case removeCustomer(String)
    /// The sandbox's control API.
    case sandboxFaults
    /// The same read on the rate poll's clock, so that faults set from outside (curl to the control API) show in the header.
    case sandboxFaultsPolled
    case setSandboxFaults(FaultPlan)
    case expireLock(cartToken: String)
    case spike(currencyId: Int, percent: Decimal)
    /// The sandbox's control API: load a scenario (seed 000's webview basket).
    case loadScenario(Endpoint.Scenario)
    /// The embedded webview: a bearer token for `customer` (Digest), then its basket and Complete with that token.
    case webviewToken(customer: String)
    case webviewBasket(token: String)
    case webviewComplete(token: String, cartToken: String)
    /// An exchange sent again (`r`) or with an edited body (`e`) from the inspector's detail: exchange `id`'s method,
    /// path and query, with `body`.
    case replay(id: Int, method: String, pathAndQuery: String, body: String)

    /// True for calls that change something on the host; `--readonly` never lets one out of the reducer.
    public var isWrite: Bool {
        switch self {
        case .addItem, .updateItem, .removeItem, .clearBasket, .complete, .createCustomer, .updateCustomer, .removeCustomer,
             .setSandboxFaults, .expireLock, .spike, .loadScenario, .webviewComplete:
            true
        case .replay(_, let method, _, _):
            !["GET", "HEAD", "OPTIONS"].contains(method.uppercased())
        case .customer, .products, .activeBasket, .balance, .currencyRates, .rateHistory, .orders, .receipt, .invoice,
             .sandboxFaults, .sandboxFaultsPolled, .webviewBasket:
            false
        // A session token changes nothing a partner would call a change: `--readonly` still shows the webview.
        case .webviewToken:
            false
        }
    }

    /// What a read asks for, when a newer read of it makes an older one useless: the open basket (of any type), the
    /// chart's history (of any period), the order list (of any page or filter). The store keeps one of each in flight
    /// and sends only the latest asked for meanwhile. Nil for everything else.
    public var readSlot: String? {
        switch self {
        case .activeBasket(let customer, _): "basket \(customer)"
        case .rateHistory: "history"
        case .orders: "orders"
        case .customer, .products, .addItem, .updateItem, .removeItem, .clearBasket, .complete, .balance, .currencyRates,
             .receipt, .invoice, .createCustomer, .updateCustomer, .removeCustomer, .sandboxFaults, .sandboxFaultsPolled, .setSandboxFaults,
             .expireLock, .spike, .replay, .loadScenario, .webviewToken, .webviewBasket, .webviewComplete:
            nil
        }
    }

    /// True for calls that read or change the basket; while one is in flight the basket cannot be completed.
    public var touchesBasket: Bool {
        switch self {
        case .activeBasket, .addItem, .updateItem, .removeItem, .clearBasket, .complete: true
        case .customer, .products, .balance, .currencyRates, .rateHistory, .orders, .receipt, .invoice,
             .createCustomer, .updateCustomer, .removeCustomer, .sandboxFaults, .sandboxFaultsPolled, .setSandboxFaults, .expireLock, .spike, .replay,
             .loadScenario, .webviewToken, .webviewBasket, .webviewComplete: false
        }
    }

    /// The customer whose session the call belongs to; switching customer cancels these. Managing customers
    /// (create, update, remove) belongs to no session.
    public var sessionCustomer: String? {
        switch self {
        case .customer(let id), .activeBasket(let id, _), .addItem(let id, _, _, _, _), .updateItem(let id, _, _, _),
             .removeItem(let id, _, _), .clearBasket(let id, _), .complete(_, let id, _, _), .balance(let id), .receipt(let id, _),
             .invoice(let id, _):
            id
        case .orders(let query): query.customerExternalId
        case .products, .currencyRates, .rateHistory, .createCustomer, .updateCustomer, .removeCustomer,
             .sandboxFaults, .sandboxFaultsPolled, .setSandboxFaults, .expireLock, .spike, .replay: nil
        // The webview speaks for its own customer (seed 000's after its scenario), not the session's.
        case .loadScenario, .webviewToken, .webviewBasket, .webviewComplete: nil
        }
    }
}
