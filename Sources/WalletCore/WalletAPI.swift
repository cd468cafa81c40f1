import Foundation
import MintedAPI

/// The API as the app needs it: a struct of closures, live over `MintedClient` or faked in tests. Every closure
/// fails with "not supported" (501) until it is set, so a fake sets only what its test uses.
public struct WalletAPI: Sendable {
    public var customer: @Sendable (String) async throws -> Customer = { _ in throw WalletAPI.unsupported }
    public var products: @Sendable () async throws -> [Product] = { throw WalletAPI.unsupported }
    public var activeBasket: @Sendable (String, BasketType) async throws -> Basket? = { _, _ in throw WalletAPI.unsupported }
    public var addItem: @Sendable (_ customer: String, _ sku: String, _ qty: Int, _ type: BasketType, _ cartToken: String?) async throws -> Basket
        = { _, _, _, _, _ in throw WalletAPI.unsupported }
    public var updateItem: @Sendable (_ customer: String, _ cartToken: String, _ sku: String, _ qty: Int) async throws -> Basket
        = { _, _, _, _ in throw WalletAPI.unsupported }
    public var balance: @Sendable (String) async throws -> [Holding] = { _ in throw WalletAPI.unsupported }
    public var currencyRates: @Sendable () async throws -> [CurrencyRate] = { throw WalletAPI.unsupported }
    public var rateHistory: @Sendable (Int, RatePeriod) async throws -> [RatePoint] = { _, _ in throw WalletAPI.unsupported }
    public var removeItem: @Sendable (_ customer: String, _ cartToken: String, _ sku: String) async throws -> Basket
        = { _, _, _ in throw WalletAPI.unsupported }
    public var clearBasket: @Sendable (_ customer: String, _ cartToken: String) async throws -> Basket
        = { _, _ in throw WalletAPI.unsupported }
    public var complete: @Sendable (_ type: BasketType, _ customer: String, _ cartToken: String, _ address: Address?) async throws -> Basket
        = { _, _, _, _ in throw WalletAPI.unsupported }
    public var orders: @Sendable (OrderQuery) async throws -> Page<Basket> = { _ in throw WalletAPI.unsupported }
    public var receipt: @Sendable (_ customer: String, _ guid: String) async throws -> Receipt
        = { _, _ in throw WalletAPI.unsupported }
    public var invoice: @Sendable (_ orderId: String) async throws -> Invoice = { _ in throw WalletAPI.unsupported }
    public var createCustomer: @Sendable (CustomerProfile) async throws -> Customer = { _ in throw WalletAPI.unsupported }
    public var updateCustomer: @Sendable (_ id: String, CustomerProfile) async throws -> Customer
        = { _, _ in throw WalletAPI.unsupported }
    public var removeCustomer: @Sendable (_ id: String) async throws -> Void = { _ in throw WalletAPI.unsupported }
    /// The sandbox's control API; elsewhere these fail with 501.
    public var sandboxFaults: @Sendable () async throws -> FaultPlan = { throw WalletAPI.unsupported }
    public var setSandboxFaults: @Sendable (FaultPlan) async throws -> FaultPlan = { _ in throw WalletAPI.unsupported }
    public var expireLock: @Sendable (_ cartToken: String) async throws -> Void = { _ in throw WalletAPI.unsupported }
    public var spike: @Sendable (_ currencyId: Int, _ percent: Decimal) async throws -> CurrencyRate
        = { _, _ in throw WalletAPI.unsupported }

    /// An API that supports nothing yet; set the closures a caller needs.
    public init() {}

    /// An API configured in one expression: `WalletAPI { $0.products = { [] } }`.
    public init(_ configure: (inout WalletAPI) -> Void) {
        configure(&self)
    }

    /// What a closure nobody provided throws.
    public static let unsupported = APIError.http(status: 501, message: "not supported by this API")

    /// The real API over HTTP.
    public static func live(_ client: MintedClient) -> WalletAPI {
        WalletAPI { api in
            api.customer = { try await client.customer($0) }
            api.products = { try await client.products().data }
            api.activeBasket = { try await client.activeBasket(customer: $0, type: $1) }
            api.addItem = { try await client.addItem(customer: $0, sku: $1, qty: $2, type: $3, cartToken: $4) }
            api.updateItem = { try await client.updateItem(customer: $0, cartToken: $1, sku: $2, qty: $3) }
            api.balance = { try await client.balance(customer: $0) }
            api.currencyRates = { try await client.currencyRates() }
            api.rateHistory = { try await client.rateHistory(currencyId: $0, period: $1) }
            api.removeItem = { try await client.removeItem(customer: $0, cartToken: $1, sku: $2) }
            api.clearBasket = { try await client.clearBasket(customer: $0, cartToken: $1) }
            api.complete = { try await client.complete($0, customer: $1, cartToken: $2, shippingAddress: $3) }
            api.orders = { try await client.orders($0) }
            api.receipt = { try await client.receipt(customer: $0, guid: $1) }
            api.invoice = { try await client.invoice(orderId: $0) }
            api.createCustomer = { try await client.createCustomer($0) }
            api.updateCustomer = { try await client.updateCustomer($0, $1) }
            api.removeCustomer = { try await client.removeCustomer($0) }
            api.sandboxFaults = { try await client.sandboxFaults() }
            api.setSandboxFaults = { try await client.setSandboxFaults($0) }
            api.expireLock = { try await client.expireLock(cartToken: $0) }
            api.spike = { try await client.spike(currencyId: $0, percent: $1) }
        }
    }

    /// Runs `call` and wraps its answer in the action the reducer expects.
    ///
    /// Each case hands its closure to `answer`, whose frame exists only while that call runs: one async function
    /// holding every case's results inline had a 72 KB frame, allocated for each call in flight.
    public func perform(_ call: APICall, generation: Int) async -> AppAction {
        switch call {
        case .customer(let id):
            await Self.answer({ try await customer(id) }) { .customers(.loaded(id: id, $0)) }
        case .products:
            await Self.answer({ try await products() }) { .market(.productsLoaded($0)) }
        case .activeBasket(let id, let type):
            await Self.answer({ try await activeBasket(id, type) }) { .basket(.loaded(generation: generation, $0)) }
        case .addItem(let id, let sku, let qty, let type, let token):
            await Self.answer({ Optional(try await addItem(id, sku, qty, type, token)) }) { .basket(.loaded(generation: generation, $0)) }
        case .updateItem(let id, let token, let sku, let qty):
            await Self.answer({ Optional(try await updateItem(id, token, sku, qty)) }) { .basket(.loaded(generation: generation, $0)) }
        case .removeItem(let id, let token, let sku):
            await Self.answer({ Optional(try await removeItem(id, token, sku)) }) { .basket(.loaded(generation: generation, $0)) }
        case .clearBasket(let id, let token):
            await Self.answer({ Optional(try await clearBasket(id, token)) }) { .basket(.loaded(generation: generation, $0)) }
        case .complete(let type, let id, let token, let address):
            await Self.answer({ try await complete(type, id, token, address) }) { .basket(.completionAnswered($0)) }
        case .balance(let id):
            await Self.answer({ try await balance(id) }) { .market(.holdingsLoaded(customer: id, $0)) }
        case .currencyRates:
            await Self.answer({ try await currencyRates() }) { .market(.ratesLoaded($0)) }
        case .rateHistory(let id, let period):
            await Self.answer({ try await rateHistory(id, period) }) { .market(.historyLoaded(currencyId: id, period: period, $0)) }
        case .orders(let query):
            await Self.answer({ try await orders(query) }) { .orders(.loaded(query, $0)) }
        case .receipt(let id, let guid):
            await Self.answer({ try await receipt(id, guid) }) { .receiptLoaded(guid: guid, $0) }
        case .invoice(_, let orderId):
            await Self.answer({ try await invoice(orderId) }) { .invoiceLoaded(orderId: orderId, $0) }
        case .createCustomer(let profile):
            await Self.answer({ try await createCustomer(profile) }) { .customers(.created($0)) }
        case .updateCustomer(let id, let profile):
            await Self.answer({ try await updateCustomer(id, profile) }) { .customers(.updated(id: id, $0)) }
        case .removeCustomer(let id):
            await Self.answer({ try await removeCustomer(id) }) { .customers(.removed(id: id, $0.failure)) }
        case .sandboxFaults:
            await Self.answer({ try await sandboxFaults() }) { .faults(.loaded($0)) }
        case .setSandboxFaults(let plan):
            await Self.answer({ try await setSandboxFaults(plan) }) { .faults(.set($0)) }
        case .expireLock(let token):
            await Self.answer({ try await expireLock(token) }) { .faults(.lockExpiryForced($0.failure)) }
        case .spike(let id, let percent):
            await Self.answer({ try await spike(id, percent) }) { .faults(.spiked($0)) }
        }
    }

    /// Runs `body` and wraps its outcome with `action`; not inlined, so that its frame is one call's alone.
    @inline(never)
    static func answer<Value>(_ body: () async throws -> Value, _ action: (Result<Value, APIError>) -> AppAction) async -> AppAction {
        action(await result(body))
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

extension Result {
    /// The error of a failure, nil for a success.
    var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
