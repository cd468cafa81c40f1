import Foundation
import MintedAPI
import MintedTesting
import Testing
@testable import WalletCore

/// The embedded webview in the app, on the test store: the whole flow from `W` to the order, the reload of the main
/// basket and wallet it causes, and `--readonly`.
struct WebviewStoreTests {
    let start = Samples.start
    let tokenCall = APICall.webviewToken(customer: Samples.customerId)
    let basketCall = APICall.webviewBasket(token: Samples.webviewToken.token)

    var state: AppState {
        var state = AppState(connection: .sandbox, customerId: Samples.customerId, now: start)
        state.viewport = Viewport(columns: 120, rows: 40)
        return state
    }

    @Test func wCreatesATokenShowsTheBasketAndCompletesItOnceThenReloadsTheMainBasket() throws {
        let basket = try Samples.webviewBasket()
        let order = try Samples.webviewOrder()
        let complete = APICall.webviewComplete(token: Samples.webviewToken.token, cartToken: basket.token)
        let store = TestStore(state: state)
        store.send(.webview(.opened)) {
            $0.modal = .webview
            $0.webview.customerId = Samples.customerId
            $0.webview.creatingToken = true
            $0.requestsInFlight = 1
            $0.busySince = start
        }
        #expect(store.state.inputMode == .webview)
        store.respond(to: tokenCall, with: .webview(.tokenCreated(customer: Samples.customerId, .success(Samples.webviewToken))))
        store.receive(.webview(.tokenCreated(customer: Samples.customerId, .success(Samples.webviewToken)))) {
            $0.webview.creatingToken = false
            $0.webview.token = Samples.webviewToken
            $0.webview.loadingBasket = true
        }
        store.respond(to: basketCall, with: .webview(.basketLoaded(token: Samples.webviewToken.token, .success(basket))))
        store.receive(.webview(.basketLoaded(token: Samples.webviewToken.token, .success(basket)))) {
            $0.webview.loadingBasket = false
            $0.webview.basket = basket
            $0.webview.basketLoaded = true
            $0.requestsInFlight = 0
            $0.busySince = nil
        }
        store.send(.modalConfirmed) { $0.webview.confirming = true }  // Enter asks first
        #expect(store.state.inputMode == .webviewConfirmation)
        store.send(.webview(.completionConfirmed)) {
            $0.webview.confirming = false
            $0.webview.completing = true
            $0.requestsInFlight = 1
            $0.busySince = start
        }
        store.send(.webview(.completionRequested))
        store.send(.modalConfirmed)
        #expect(store.pending.map(\.call) == [complete], "exactly one complete")
        store.respond(to: complete, with: .webview(.completionAnswered(.success(order))))
        store.receive(.webview(.completionAnswered(.success(order)))) {
            $0.webview.completing = false
            $0.webview.order = order
            $0.webview.basket = nil
            $0.webview.basketLoaded = false
            $0.notice = Notice(.info, "webview order MC_66C7446E7F53E Completed")
            // The customer in use: their wallet and buy basket are read again.
            $0.requestsInFlight = 2
            $0.checkout.requestsInFlight = 1
        }
        #expect(store.pending.map(\.call) == [.balance(customer: Samples.customerId), .activeBasket(customer: Samples.customerId, type: .buy)])
        store.respond(to: .balance(customer: Samples.customerId), with: .market(.holdingsLoaded(customer: Samples.customerId, .success([]))))
        store.receive(.market(.holdingsLoaded(customer: Samples.customerId, .success([])))) {
            $0.requestsInFlight = 1
            $0.market.holdingsLoaded = true
        }
        store.respond(to: .activeBasket(customer: Samples.customerId, type: .buy), with: .basket(.loaded(generation: 0, .success(nil))))
        store.receive(.basket(.loaded(generation: 0, .success(nil)))) {
            $0.requestsInFlight = 0
            $0.checkout.requestsInFlight = 0
            $0.busySince = nil
        }
        store.send(.webview(.dismissed)) { $0.modal = nil }
        store.finish()
    }

    @Test func readOnlyShowsTheWebviewButRefusesCompleteAndTheScenario() throws {
        var state = state
        state.readOnly = true
        state.modal = .webview
        state.webview.customerId = Samples.customerId
        state.webview.token = Samples.webviewToken
        state.webview.basket = try Samples.webviewBasket()
        state.webview.basketLoaded = true
        let store = TestStore(state: state)
        store.send(.webview(.refreshRequested)) {
            $0.webview.loadingBasket = true
            $0.requestsInFlight = 1
            $0.busySince = start
        }
        store.send(.webview(.completionRequested)) { $0.notice = AppReducer.readOnlyNotice }
        store.send(.modalConfirmed) { $0.notice = AppReducer.readOnlyNotice }
        store.send(.webview(.scenarioRequested)) { $0.notice = AppReducer.readOnlyNotice }
        #expect(store.pending.map(\.call) == [basketCall], "no write left the reducer")
        store.respond(to: basketCall, with: .webview(.basketLoaded(token: Samples.webviewToken.token, .success(nil))))
        store.receive(.webview(.basketLoaded(token: Samples.webviewToken.token, .success(nil)))) {
            $0.webview.loadingBasket = false
            $0.webview.basket = nil
            $0.requestsInFlight = 0
            $0.busySince = nil
        }
        store.finish()
    }
}
