import Foundation
import MintedAPI

/// The basket's place in the app: `BasketFeature` reduces its actions over `Checkout`; the sheet and the footer are the app's.
extension AppReducer {
    static func basket(_ action: BasketAction, _ state: inout AppState) -> Effect {
        let step = BasketFeature.reduce(into: &state.checkout, action: action, context: FeatureContext(state))
        apply(step.sheet, &state)
        if let topic = step.resolved { state.messages.resolve(topic) }
        if let notice = step.notice { state.notice = notice }
        return step.effect
    }

    /// A feature's sheet request applied to the one dialog slot.
    static func apply(_ sheet: SheetChange?, _ state: inout AppState) {
        switch sheet {
        case .open(let modal)?: state.modal = modal
        case .close?: state.modal = nil
        case nil: break
        }
    }

    /// Enter on the address form: a valid address is kept for the customer (and saved), then the confirmation opens.
    static func addressSubmitted(_ form: AddressForm, _ state: inout AppState, validating: Bool = true) -> Effect {
        var form = form
        form.problems = validating ? form.validated() : [:]
        if let first = AddressField.allCases.first(where: { form.problems[$0] != nil }) {
            form.focus = first
            state.modal = .address(form)
            state.notice = Notice(.error, "address: " + (form.problems[first] ?? "invalid"))
            return .none
        }
        let changed = state.roster.addresses[state.customerId] != form.address
        state.roster.addresses[state.customerId] = form.address
        let save = changed ? CustomersFeature.save(state.roster) : .none
        return save + basket(.addressGiven, &state)
    }
}
