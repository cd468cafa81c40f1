import Foundation
import MintedAPI

/// The fault panel's place in the app: `FaultsFeature` reduces its actions over its own state; its sheet, footer line
/// and a re-price it asks for are the app's.
extension AppReducer {
    static func faults(_ action: FaultsAction, _ state: inout AppState) -> Effect {
        let step = FaultsFeature.reduce(into: &state.faultPanel, action: action, context: FeatureContext(state, sheet: .faults))
        if step.sheetOpen { state.modal = .faults }
        if let notice = step.notice { state.notice = notice }
        return step.repriceBasket ? step.effect + BasketFeature.reprice(&state.checkout, FeatureContext(state)) : step.effect
    }
}
