import Foundation
import MintedAPI

/// The API as the app needs it: a struct of closures, live over `MintedClient` or faked in tests.
public struct WalletAPI: Sendable {
    public var customer: @Sendable (String) async throws -> Customer
    public var products: @Sendable () async throws -> [Product]
    public var activeBasket: @Sendable (String, BasketType) async throws -> Basket?
    public var addItem: @Sendable (_ customer: String, _ sku: String, _ qty: Int, _ type: BasketType, _ cartToken: String?) async throws -> Basket
    public var updateItem: @Sendable (_ customer: String, _ cartToken: String, _ sku: String, _ qty: Int) async throws -> Basket
    public var balance: @Sendable (String) async throws -> [Holding]
    public var currencyRates: @Sendable () async throws -> [CurrencyRate]
    public var rateHistory: @Sendable (Int, RatePeriod) async throws -> [RatePoint]
    public var removeItem: @Sendable (_ customer: String, _ cartToken: String, _ sku: String) async throws -> Basket
    public var clearBasket: @Sendable (_ customer: String, _ cartToken: String) async throws -> Basket
    public var complete: @Sendable (_ type: BasketType, _ customer: String, _ cartToken: String, _ address: Address?) async throws -> Basket
    public var orders: @Sendable (OrderQuery) async throws -> Page<Basket>
    public var receipt: @Sendable (_ customer: String, _ guid: String) async throws -> Receipt
    public var invoice: @Sendable (_ orderId: String) async throws -> Invoice
    public var createCustomer: @Sendable (CustomerProfile) async throws -> Customer
    public var updateCustomer: @Sendable (_ id: String, CustomerProfile) async throws -> Customer
    public var removeCustomer: @Sendable (_ id: String) async throws -> Void
    /// The sandbox's control API; elsewhere these fail with 501.
    public var sandboxFaults: @Sendable () async throws -> FaultPlan
    public var setSandboxFaults: @Sendable (FaultPlan) async throws -> FaultPlan
    public var expireLock: @Sendable (_ cartToken: String) async throws -> Void
    public var spike: @Sendable (_ currencyId: Int, _ percent: Decimal) async throws -> CurrencyRate

    /// Every closure given; the later ones default to failing with "not supported" so older fakes keep working.
    public init(
        customer: @escaping @Sendable (String) async throws -> Customer,
        products: @escaping @Sendable () async throws -> [Product],
        activeBasket: @escaping @Sendable (String, BasketType) async throws -> Basket?,
        addItem: @escaping @Sendable (String, String, Int, BasketType, String?) async throws -> Basket,
        updateItem: @escaping @Sendable (String, String, String, Int) async throws -> Basket,
        balance: @escaping @Sendable (String) async throws -> [Holding],
        currencyRates: @escaping @Sendable () async throws -> [CurrencyRate],
        rateHistory: @escaping @Sendable (Int, RatePeriod) async throws -> [RatePoint],
        removeItem: @escaping @Sendable (String, String, String) async throws -> Basket = { _, _, _ in throw Self.unsupported },
        clearBasket: @escaping @Sendable (String, String) async throws -> Basket = { _, _ in throw Self.unsupported },
        complete: @escaping @Sendable (BasketType, String, String, Address?) async throws -> Basket = { _, _, _, _ in throw Self.unsupported },
        orders: @escaping @Sendable (OrderQuery) async throws -> Page<Basket> = { _ in throw Self.unsupported },
        receipt: @escaping @Sendable (String, String) async throws -> Receipt = { _, _ in throw Self.unsupported },
        invoice: @escaping @Sendable (String) async throws -> Invoice = { _ in throw Self.unsupported },
        createCustomer: @escaping @Sendable (CustomerProfile) async throws -> Customer = { _ in throw Self.unsupported },
        updateCustomer: @escaping @Sendable (String, CustomerProfile) async throws -> Customer = { _, _ in throw Self.unsupported },
        removeCustomer: @escaping @Sendable (String) async throws -> Void = { _ in throw Self.unsupported },
        sandboxFaults: @escaping @Sendable () async throws -> FaultPlan = { throw Self.unsupported },
        setSandboxFaults: @escaping @Sendable (FaultPlan) async throws -> FaultPlan = { _ in throw Self.unsupported },
        expireLock: @escaping @Sendable (String) async throws -> Void = { _ in throw Self.unsupported },
        spike: @escaping @Sendable (Int, Decimal) async throws -> CurrencyRate = { _, _ in throw Self.unsupported }
    ) {
        self.customer = customer
        self.products = products
        self.activeBasket = activeBasket
        self.addItem = addItem
        self.updateItem = updateItem
        self.balance = balance
        self.currencyRates = currencyRates
        self.rateHistory = rateHistory
        self.removeItem = removeItem
        self.clearBasket = clearBasket
        self.complete = complete
        self.orders = orders
        self.receipt = receipt
        self.invoice = invoice
        self.createCustomer = createCustomer
        self.updateCustomer = updateCustomer
        self.removeCustomer = removeCustomer
        self.sandboxFaults = sandboxFaults
        self.setSandboxFaults = setSandboxFaults
        self.expireLock = expireLock
        self.spike = spike
    }

    /// What a closure nobody provided throws.
    public static let unsupported = APIError.http(status: 501, message: "not supported by this API")

    /// The real API over HTTP.
    public static func live(_ client: MintedClient) -> WalletAPI {
        WalletAPI(
            customer: { try await client.customer($0) },
            products: { try await client.products().data },
            activeBasket: { try await client.activeBasket(customer: $0, type: $1) },
            addItem: { try await client.addItem(customer: $0, sku: $1, qty: $2, type: $3, cartToken: $4) },
            updateItem: { try await client.updateItem(customer: $0, cartToken: $1, sku: $2, qty: $3) },
            balance: { try await client.balance(customer: $0) },
            currencyRates: { try await client.currencyRates() },
            rateHistory: { try await client.rateHistory(currencyId: $0, period: $1) },
            removeItem: { try await client.removeItem(customer: $0, cartToken: $1, sku: $2) },
            clearBasket: { try await client.clearBasket(customer: $0, cartToken: $1) },
            complete: { try await client.complete($0, customer: $1, cartToken: $2, shippingAddress: $3) },
            orders: { try await client.orders($0) },
            receipt: { try await client.receipt(customer: $0, guid: $1) },
            invoice: { try await client.invoice(orderId: $0) },
            createCustomer: { try await client.createCustomer($0) },
            updateCustomer: { try await client.updateCustomer($0, $1) },
            removeCustomer: { try await client.removeCustomer($0) },
            sandboxFaults: { try await client.sandboxFaults() },
            setSandboxFaults: { try await client.setSandboxFaults($0) },
            expireLock: { try await client.expireLock(cartToken: $0) },
            spike: { try await client.spike(currencyId: $0, percent: $1) }
        )
    }

    /// Runs `call` and wraps its answer in the action the reducer expects.
    public func perform(_ call: APICall, generation: Int) async -> AppAction {
        switch call {
        case .customer(let id):
            return .customerLoaded(id: id, await Self.result { try await customer(id) })
        case .products:
            return .productsLoaded(await Self.result { try await products() })
        case .activeBasket(let id, let type):
            return .basketLoaded(generation: generation, await Self.result { try await activeBasket(id, type) })
        case .addItem(let id, let sku, let qty, let type, let token):
            return .basketLoaded(generation: generation, await Self.result { Optional(try await addItem(id, sku, qty, type, token)) })
        case .updateItem(let id, let token, let sku, let qty):
            return .basketLoaded(generation: generation, await Self.result { Optional(try await updateItem(id, token, sku, qty)) })
        case .removeItem(let id, let token, let sku):
            return .basketLoaded(generation: generation, await Self.result { Optional(try await removeItem(id, token, sku)) })
        case .clearBasket(let id, let token):
            return .basketLoaded(generation: generation, await Self.result { Optional(try await clearBasket(id, token)) })
        case .complete(let type, let id, let token, let address):
            return .completionAnswered(await Self.result { try await complete(type, id, token, address) })
        case .balance(let id):
            return .holdingsLoaded(customer: id, await Self.result { try await balance(id) })
        case .currencyRates:
            return .ratesLoaded(await Self.result { try await currencyRates() })
        case .rateHistory(let id, let period):
            return .historyLoaded(currencyId: id, period: period, await Self.result { try await rateHistory(id, period) })
        case .orders(let query):
            return .ordersLoaded(query, await Self.result { try await orders(query) })
        case .receipt(let id, let guid):
            return .receiptLoaded(guid: guid, await Self.result { try await receipt(id, guid) })
        case .invoice(_, let orderId):
            return .invoiceLoaded(orderId: orderId, await Self.result { try await invoice(orderId) })
        case .createCustomer(let profile):
            return .customerCreated(await Self.result { try await createCustomer(profile) })
        case .updateCustomer(let id, let profile):
            return .customerUpdated(id: id, await Self.result { try await updateCustomer(id, profile) })
        case .removeCustomer(let id):
            let result = await Self.result { try await removeCustomer(id) }
            if case .failure(let error) = result { return .customerRemoved(id: id, error) }
            return .customerRemoved(id: id, nil)
        case .sandboxFaults:
            return .faultsLoaded(await Self.result { try await sandboxFaults() })
        case .setSandboxFaults(let plan):
            return .faultsSet(await Self.result { try await setSandboxFaults(plan) })
        case .expireLock(let token):
            if case .failure(let error) = await Self.result({ try await expireLock(token) }) { return .lockExpiryForced(error) }
            return .lockExpiryForced(nil)
        case .spike(let id, let percent):
            return .priceSpiked(await Self.result { try await spike(id, percent) })
        }
    }

    static func result<Value>(_ body: () async throws -> Value) async -> Result<Value, APIError> {
        do {
            return .success(try await body())
        } catch let error as APIError {
            return .failure(error)
        } catch is CancellationError {
            return .failure(.cancelled)
        } catch {
            return .failure(.transport(message: String(describing: error)))
        }
    }
}
