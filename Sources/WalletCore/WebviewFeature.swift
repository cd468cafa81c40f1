import Foundation
import MintedAPI

/// The embedded webview as a feature: it owns `Webview` and reduces `WebviewAction`. It reads the app through a
/// `FeatureContext` and asks the app for the rest in a `Step`.
public enum WebviewFeature {
    /// What the app must do after a webview action, besides running `effect`.
    public struct Step: Sendable, Equatable {
        public var effect: Effect = .none
        public var sheet: SheetChange?
        public var notice: Notice?
        /// The customer a webview order was completed for: the app reloads their basket and wallet if they are current.
        public var completedFor: String?
    }

    public static func reduce(into webview: inout Webview, action: WebviewAction, context: FeatureContext) -> Step {
        switch action {
        case .opened:
            // The view speaks for the customer in use; a session of another customer (seed 000's) ends here.
            if webview.customerId != context.customerId { webview = Webview(customerId: context.customerId) }
            webview.confirming = false
            webview.order = nil
            return Step(effect: read(&webview, context), sheet: .open(.webview))

        case .refreshRequested:
            webview.order = nil
            return Step(effect: read(&webview, context))

        case .tokenCreated(let customer, let result):
            // A token for a customer the view no longer speaks for is dropped.
            guard customer == webview.customerId else { return Step() }
            webview.creatingToken = false
            switch result {
            case .success(let token):
                webview.token = token
                return Step(effect: read(&webview, context))
            case .failure(let error):
                return Step(notice: .failure("webview token", error))
            }

        case .basketLoaded(let token, let result):
            // An answer for a token no longer in use is dropped.
            guard token == webview.token?.token else { return Step() }
            webview.loadingBasket = false
            switch result {
            case .success(let basket):
                webview.basket = basket
                webview.basketLoaded = true
                return Step()
            case .failure(let error):
                // A token the host no longer takes is replaced at the next read.
                if error.status == 401 { webview.token = nil }
                return Step(notice: .failure("webview basket", error))
            }

        case .scenarioRequested:
            guard context.connection == .sandbox else {
                return Step(notice: Notice(.info, "seed 000's scenario needs the built-in sandbox (this is \(context.connection.label))"))
            }
            guard !webview.loadingScenario else { return Step() }
            webview.loadingScenario = true
            return Step(effect: context.call(.loadScenario(.seed000)))

        case .scenarioLoaded(.success(let basket)):
            // The scenario's basket is its own customer's: the view now speaks for them, with a token of theirs.
            let customer = basket.customer?.externalId ?? webview.customerId ?? context.customerId
            webview = Webview(customerId: customer)
            return Step(effect: read(&webview, context),
                        notice: Notice(.info, "seed 000 loaded: \(context.masksPersonalData ? "the seed's customer" : basket.customer?.fullname ?? customer) has an open basket — reading it as the webview"))

        case .scenarioLoaded(.failure(let error)):
            webview.loadingScenario = false
            return Step(notice: .failure("seed 000", error))

        case .dismissed:
            if webview.confirming {
                webview.confirming = false
                return Step()
            }
            return Step(sheet: .close)

        case .completionRequested, .completionConfirmed, .completionCancelled, .completionAnswered:
            return completion(action, &webview, context)
        }
    }

    /// Reads the basket with the token held, or creates a token first when none is fresh; nothing while one is on its way.
    static func read(_ webview: inout Webview, _ context: FeatureContext) -> Effect {
        guard let customer = webview.customerId else { return .none }
        if let token = webview.token, webview.tokenIsFresh(at: context.now) {
            webview.loadingBasket = true
            return context.call(.webviewBasket(token: token.token))
        }
        guard !webview.creatingToken else { return .none }
        webview.token = nil
        webview.creatingToken = true
        return context.call(.webviewToken(customer: customer))
    }
}
