import Foundation
import MintedAPI

/// The customers' place in the app: `CustomersFeature` reduces their actions over the `Roster`; the current
/// customer, switching to another and the sheet are the app's.
extension AppReducer {
    static func customers(_ action: CustomersAction, _ state: inout AppState) -> Effect {
        let step = CustomersFeature.reduce(into: &state.roster, action: action, context: FeatureContext(state))
        if let customer = step.currentCustomer { state.customer = customer }
        apply(step.sheet, &state)
        if let notice = step.notice { state.notice = notice }
        guard let id = step.switchTo else { return step.effect }
        return step.effect + switchCustomer(to: id, &state)
    }

    /// Another customer: a new basket generation, their customer, basket and wallet read afresh; the old customer's
    /// calls in flight are cancelled and whatever they still answer is dropped.
    static func switchCustomer(to id: String, _ state: inout AppState) -> Effect {
        if state.checkout.completing {
            state.notice = Notice(.error, "switch refused: a complete is in flight — wait for its answer")
            return .none
        }
        state.modal = nil
        let old = state.customerId
        guard id != old else { return .none }
        state.customerId = id
        state.customer = nil
        state.checkout.forget()
        state.market.forgetWallet()
        state.orders = OrdersView()
        let known = state.roster.customers.first { $0.externalId == id }
        state.notice = Notice(.info, "customer: \(known?.name ?? id)")
        return .cancelCalls(customer: old)
            + CustomersFeature.remember(KnownCustomer(externalId: id, name: known?.name), &state.roster)
            + call(.customer(id), &state)
            + loadBasket(&state)
            + call(.balance(customer: id), &state)
    }
}
