import Foundation
import MintedAPI
import MintedTesting
import Testing
@testable import WalletCore

/// The embedded webview (`W`): a token for the customer, the basket read with it, Complete asked y/n and sent once,
/// seed 000's scenario, stale answers dropped, and `--readonly`.
struct WebviewFeatureTests {
    static let now = Samples.start
    static let context = FeatureContext(AppState(connection: .sandbox, customerId: Samples.customerId, now: now), sheet: .webview)
    static let token = Samples.webviewToken
    static let tokenCall = APICall.webviewToken(customer: Samples.customerId)
    static let basketCall = APICall.webviewBasket(token: Samples.webviewToken.token)

    static func expect(_ webview: inout Webview, _ action: WebviewAction, context: FeatureContext = context,
                       step: WebviewFeature.Step = WebviewFeature.Step(), _ update: (inout Webview) -> Void = { _ in },
                       sourceLocation: SourceLocation = #_sourceLocation) {
        expectFeature(&webview, step: step, update, sourceLocation: sourceLocation) {
            WebviewFeature.reduce(into: &$0, action: action, context: context)
        }
    }

    /// The view with the token held and seed 000's basket read.
    static func withBasket() throws -> Webview {
        var webview = Webview(customerId: Samples.customerId)
        webview.token = token
        webview.basket = try Samples.webviewBasket()
        webview.basketLoaded = true
        return webview
    }

    @Test func openingCreatesATokenForTheCustomerThenReadsTheBasketWithIt() throws {
        var webview = Webview()
        Self.expect(&webview, .opened, step: WebviewFeature.Step(effect: .call(Self.tokenCall, generation: 0), sheet: .open(.webview))) {
            $0.customerId = Samples.customerId
            $0.creatingToken = true
        }
        Self.expect(&webview, .tokenCreated(customer: Samples.customerId, .success(Self.token)),
                    step: WebviewFeature.Step(effect: .call(Self.basketCall, generation: 0))) {
            $0.creatingToken = false
            $0.token = Self.token
            $0.loadingBasket = true
        }
        let basket = try Samples.webviewBasket()
        Self.expect(&webview, .basketLoaded(token: Self.token.token, .success(basket))) {
            $0.loadingBasket = false
            $0.basket = basket
            $0.basketLoaded = true
        }
        // Opened again within the token's life: the token is reused, the basket read again.
        Self.expect(&webview, .opened, step: WebviewFeature.Step(effect: .call(Self.basketCall, generation: 0), sheet: .open(.webview))) {
            $0.loadingBasket = true
        }
    }

    @Test func noActiveBasketIsSaidAsSuchAndATokenNearItsEndIsReplaced() {
        var webview = Webview(customerId: Samples.customerId)
        webview.token = Self.token
        webview.loadingBasket = true
        Self.expect(&webview, .basketLoaded(token: Self.token.token, .success(nil))) {
            $0.loadingBasket = false
            $0.basketLoaded = true
        }
        #expect(webview.basket == nil)
        // 20 s before the token's end (15 min after start) a read asks for a new token first.
        var late = Self.context
        late.now = Self.now.addingTimeInterval(15 * 60 - 20)
        Self.expect(&webview, .refreshRequested, context: late, step: WebviewFeature.Step(effect: .call(Self.tokenCall, generation: 0))) {
            $0.token = nil
            $0.creatingToken = true
        }
        // A second r meanwhile sends nothing more.
        Self.expect(&webview, .refreshRequested, context: late)
    }

    @Test func answersForAnotherCustomerOrTokenAreDroppedAndA401DropsTheToken() throws {
        var webview = Webview(customerId: Samples.customerId)
        webview.token = Self.token
        webview.loadingBasket = true
        Self.expect(&webview, .tokenCreated(customer: "someone-else", .success(WebviewToken(token: "x", expiresAt: "2026-02-20T12:42:57+00:00"))))
        Self.expect(&webview, .basketLoaded(token: "an-old-token", .success(try Samples.webviewBasket())))
        let expired = APIError.unauthorized(message: "The webview token has expired.")
        Self.expect(&webview, .basketLoaded(token: Self.token.token, .failure(expired)),
                    step: WebviewFeature.Step(notice: .failure("webview basket", expired))) {
            $0.loadingBasket = false
            $0.token = nil
        }
    }

    @Test func completeAsksYesOrNoAndIsSentOnceHoweverOftenItIsPressed() throws {
        var webview = try Self.withBasket()
        let basket = try #require(webview.basket)
        let complete = APICall.webviewComplete(token: Self.token.token, cartToken: basket.token)
        Self.expect(&webview, .completionRequested) { $0.confirming = true }
        Self.expect(&webview, .completionCancelled) { $0.confirming = false }
        Self.expect(&webview, .completionRequested) { $0.confirming = true }
        Self.expect(&webview, .completionConfirmed, step: WebviewFeature.Step(effect: .call(complete, generation: 0))) {
            $0.confirming = false
            $0.completing = true
        }
        // Key repeat and a second c and y while the complete is out: nothing at all.
        Self.expect(&webview, .completionConfirmed)
        Self.expect(&webview, .completionRequested)
        Self.expect(&webview, .completionConfirmed)
        let order = try Samples.webviewOrder()
        Self.expect(&webview, .completionAnswered(.success(order)),
                    step: WebviewFeature.Step(notice: Notice(.info, "webview order MC_66C7446E7F53E Completed"), completedFor: Samples.customerId)) {
            $0.completing = false
            $0.order = order
            $0.basket = nil
            $0.basketLoaded = false
        }
    }

    @Test func aRefusedCompleteSaysNoOrderWasPlacedAndReadsTheBasketAgain() throws {
        var webview = try Self.withBasket()
        webview.completing = true
        let conflict = APIError.conflict(message: "The price lock has expired.")
        Self.expect(&webview, .completionAnswered(.failure(conflict)),
                    step: WebviewFeature.Step(effect: .call(Self.basketCall, generation: 0),
                                              notice: Notice(.error, "webview buy order NOT placed — \(conflict)", topic: "complete", status: 409))) {
            $0.completing = false
            $0.loadingBasket = true
        }
    }

    @Test func nothingToCompleteWithoutABasket() {
        var webview = Webview(customerId: Samples.customerId)
        webview.token = Self.token
        webview.basketLoaded = true
        Self.expect(&webview, .completionRequested,
                    step: WebviewFeature.Step(notice: Notice(.info, "nothing to complete: the webview has no active basket")))
    }

    @Test func seed000IsLoadedOnTheSandboxOnlyAndTheViewSpeaksForItsCustomer() throws {
        var webview = Webview(customerId: Samples.customerId)
        webview.basketLoaded = true
        var staging = Self.context
        staging.connection = .staging
        Self.expect(&webview, .scenarioRequested, context: staging,
                    step: WebviewFeature.Step(notice: Notice(.info, "seed 000's scenario needs the built-in sandbox (this is STAGING)")))
        Self.expect(&webview, .scenarioRequested, step: WebviewFeature.Step(effect: .call(.loadScenario(.seed000), generation: 0))) {
            $0.loadingScenario = true
        }
        Self.expect(&webview, .scenarioRequested)  // already loading
        let basket = try Samples.webviewBasket()
        Self.expect(&webview, .scenarioLoaded(.success(basket)),
                    step: WebviewFeature.Step(effect: .call(.webviewToken(customer: Samples.webviewCustomerId), generation: 0),
                                              notice: Notice(.info, "seed 000 loaded: John Due has an open basket — reading it as the webview"))) {
            $0 = Webview(customerId: Samples.webviewCustomerId)
            $0.creatingToken = true
        }
        // Opening the view again speaks for the customer in use once more.
        Self.expect(&webview, .opened, step: WebviewFeature.Step(effect: .call(Self.tokenCall, generation: 0), sheet: .open(.webview))) {
            $0 = Webview(customerId: Samples.customerId)
            $0.creatingToken = true
        }
    }

    @Test func escClosesTheQuestionFirstThenTheView() throws {
        var webview = try Self.withBasket()
        webview.confirming = true
        Self.expect(&webview, .dismissed) { $0.confirming = false }
        Self.expect(&webview, .dismissed, step: WebviewFeature.Step(sheet: .close))
    }
}
