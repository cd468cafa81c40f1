import Foundation
import MintedAPI

/// The market panes' place in the app: `MarketFeature` reduces their actions over `Market`; the footer is the app's.
extension AppReducer {
    static func market(_ action: MarketAction, _ state: inout AppState) -> Effect {
        let step = MarketFeature.reduce(into: &state.market, action: action, context: FeatureContext(state))
        if let topic = step.resolved { state.messages.resolve(topic) }
        if let notice = step.notice { state.notice = notice }
        return step.effect
    }

    /// ↑ ↓ on the main screen: the basket's cursor is the basket's, the other panes' the market's.
    static func selectionMoved(by delta: Int, _ state: inout AppState) -> Effect {
        guard state.focus != .basket else { return basket(.moved(by: delta), &state) }
        return market(.moved(state.focus, by: delta), &state)
    }
}
