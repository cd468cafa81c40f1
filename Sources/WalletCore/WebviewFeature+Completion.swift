import Foundation
import MintedAPI

/// Completing the webview's basket: a y/n question, one Complete with the bearer token, and the order it answers.
extension WebviewFeature {
    /// Why the webview's basket cannot be completed now, or nil.
    public static func completionRefusal(_ webview: Webview, _ context: FeatureContext) -> String? {
        guard let basket = webview.basket, !basket.items.isEmpty else { return "nothing to complete: the webview has no active basket" }
        if webview.loadingBasket || webview.creatingToken { return "a webview request is in flight — try again in a moment" }
        guard webview.tokenIsFresh(at: context.now) else { return "the webview token has expired — r reads the basket with a new one" }
        return nil
    }

    static func completion(_ action: WebviewAction, _ webview: inout Webview, _ context: FeatureContext) -> Step {
        switch action {
        case .completionRequested:
            // A second press while Complete is out does nothing.
            guard !webview.completing else { return Step() }
            if let refusal = completionRefusal(webview, context) { return Step(notice: Notice(.info, refusal)) }
            webview.confirming = true
            return Step()

        case .completionConfirmed:
            guard webview.confirming, !webview.completing else { return Step() }
            webview.confirming = false
            if let refusal = completionRefusal(webview, context) { return Step(notice: Notice(.info, refusal)) }
            guard let token = webview.token, let basket = webview.basket else { return Step() }
            webview.completing = true
            return Step(effect: context.call(.webviewComplete(token: token.token, cartToken: basket.token)))

        case .completionCancelled:
            webview.confirming = false
            return Step()

        case .completionAnswered(.success(let order)):
            webview.completing = false
            webview.order = order
            webview.basket = nil
            webview.basketLoaded = false
            let name = order.incrementId ?? order.guid ?? "the order"
            return Step(notice: Notice(.info, "webview order \(name) \(order.statusName ?? "completed")"), completedFor: webview.customerId)

        case .completionAnswered(.failure(let error)):
            webview.completing = false
            var notice = BasketFeature.refusal(error, .buy)
            notice.text = "webview " + notice.text
            // The basket may have changed (a re-priced lock, a completed order): read it again.
            return Step(effect: read(&webview, context), notice: notice)

        case .opened, .refreshRequested, .scenarioRequested, .dismissed, .tokenCreated, .basketLoaded, .scenarioLoaded:
            return Step()
        }
    }
}
