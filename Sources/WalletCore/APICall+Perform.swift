import Foundation
import MintedAPI

extension APICall {
    /// Sends the call to `host` and wraps its answer in the action the reducer expects.
    ///
    /// Each case hands its closure to `answer`, whose frame exists only while that call runs: one async function
    /// holding every case's results inline had a 72 KB frame, allocated for each call in flight.
    public func perform(on host: any APIHost, generation: Int) async -> AppAction {
        switch self {
        case .customer(let id):
            await Self.answer({ try await host.send(.customer(id)) }) { .customers(.loaded(id: id, $0)) }
        case .products:
            await Self.answer({ try await host.send(.products()).data }) { .market(.productsLoaded($0)) }
        case .activeBasket(let id, let type):
            await Self.answer({ try await host.send(.activeBasket(customer: id, type: type)) }) { .basket(.loaded(generation: generation, $0)) }
        case .addItem(let id, let sku, let qty, let type, let token):
            await Self.answer({ Optional(try await host.send(.addItem(customer: id, sku: sku, qty: qty, type: type, cartToken: token))) }) { .basket(.loaded(generation: generation, $0)) }
        case .updateItem(let id, let token, let sku, let qty):
            await Self.answer({ Optional(try await host.send(.updateItem(customer: id, cartToken: token, sku: sku, qty: qty))) }) { .basket(.loaded(generation: generation, $0)) }
        case .removeItem(let id, let token, let sku):
            await Self.answer({ Optional(try await host.send(.removeItem(customer: id, cartToken: token, sku: sku))) }) { .basket(.loaded(generation: generation, $0)) }
        case .clearBasket(let id, let token):
            await Self.answer({ Optional(try await host.send(.clearBasket(customer: id, cartToken: token))) }) { .basket(.loaded(generation: generation, $0)) }
        case .complete(let type, let id, let token, let address):
            await Self.answer({ try await host.send(.complete(type, customer: id, cartToken: token, shippingAddress: address)) }) { .basket(.completionAnswered($0)) }
        case .balance(let id):
            await Self.answer({ try await host.send(.balance(customer: id)) }) { .market(.holdingsLoaded(customer: id, $0)) }
        case .currencyRates:
            await Self.answer({ try await host.send(.currencyRates()) }) { .market(.ratesLoaded($0)) }
        case .rateHistory(let id, let period):
            await Self.answer({ try await host.send(.rateHistory(currencyId: id, period: period)) }) { .market(.historyLoaded(currencyId: id, period: period, $0)) }
        case .orders(let query):
            await Self.answer({ try await host.send(.orders(query)) }) { .orders(.loaded(query, $0)) }
        case .receipt(let id, let guid):
            await Self.answer({ try await host.send(.receipt(customer: id, guid: guid)) }) { .receiptLoaded(guid: guid, $0) }
        case .invoice(_, let orderId):
            await Self.answer({ try await host.send(.invoice(orderId: orderId)) }) { .invoiceLoaded(orderId: orderId, $0) }
        case .createCustomer(let profile):
            await Self.answer({ try await host.send(.createCustomer(profile)) }) { .customers(.created($0)) }
        case .updateCustomer(let id, let profile):
            await Self.answer({ try await host.send(.updateCustomer(id, profile)) }) { .customers(.updated(id: id, $0)) }
        case .removeCustomer(let id):
            await Self.answer({ try await host.send(.removeCustomer(id)) }) { .customers(.removed(id: id, $0.failure)) }
        case .sandboxFaults:
            await Self.answer({ try await host.send(.sandboxFaults()) }) { .faults(.loaded($0)) }
        case .replay(let id, let method, let pathAndQuery, let body):
            await Self.answer({ try await host.send(.replay(method: method, pathAndQuery: pathAndQuery, body: body)) }) {
                .inspector(.replayed(id: id, $0))
            }
        case .sandboxFaultsPolled:
            await Self.answer({ try await host.send(.sandboxFaults()) }) { .faults(.polled($0)) }
        case .setSandboxFaults(let plan):
            await Self.answer({ try await host.send(.setSandboxFaults(plan)) }) { .faults(.set($0)) }
        case .expireLock(let token):
            await Self.answer({ try await host.send(.expireLock(cartToken: token)) }) { .faults(.lockExpiryForced($0.failure)) }
        case .spike(let id, let percent):
            await Self.answer({ try await host.send(.spike(currencyId: id, percent: percent)) }) { .faults(.spiked($0)) }
        case .loadScenario(let scenario):
            await Self.answer({ try await host.send(.loadScenario(scenario)) }) { .webview(.scenarioLoaded($0)) }
        case .webviewToken(let id):
            await Self.answer({ try await host.send(.webviewToken(customer: id)) }) { .webview(.tokenCreated(customer: id, $0)) }
        case .webviewBasket(let token):
            await Self.answer({ try await host.send(.webviewBasket(token: token)) }) { .webview(.basketLoaded(token: token, $0)) }
        case .webviewComplete(let token, let cartToken):
            await Self.answer({ try await host.send(.webviewComplete(token: token, cartToken: cartToken)) }) { .webview(.completionAnswered($0)) }
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
