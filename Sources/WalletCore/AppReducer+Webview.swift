import Foundation
import MintedAPI

/// The embedded webview's place in the app: `WebviewFeature` reduces its actions over its own state; its sheet, footer
/// line and the reload after a completion for the customer in use are the app's.
extension AppReducer {
    static func webview(_ action: WebviewAction, _ state: inout AppState) -> Effect {
        let step = WebviewFeature.reduce(into: &state.webview, action: action, context: FeatureContext(state, sheet: .webview))
        apply(step.sheet, &state)
        if let notice = step.notice { state.notice = notice }
        guard let customer = step.completedFor, customer == state.customerId else { return step.effect }
        // The webview's basket was this customer's buy basket: the main screen's basket and wallet changed with it.
        return step.effect + call(.balance(customer: customer), &state) + loadBasket(&state)
    }
}
