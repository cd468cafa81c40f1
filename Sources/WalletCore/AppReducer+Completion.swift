import Foundation
import MintedAPI

/// Completing a basket: refusals, the address step, the confirmation, exactly one complete call, the receipt.
extension AppReducer {
    /// Why the basket cannot be completed now, or nil.
    static func completionRefusal(_ state: AppState) -> String? {
        if state.completing { return "already completing — waiting for the answer" }
        guard let basket = state.basket, !basket.items.isEmpty else { return "nothing to complete: the basket is empty" }
        if state.repricing || state.lockSecondsLeft == 0 { return "the price lock has expired — re-pricing, try again" }
        if state.basketRequestsInFlight > 0 { return "a basket request is in flight — try again in a moment" }
        let rows = ConfirmationSheet.height(for: basket, type: state.basketType)
        if let viewport = state.viewport, !viewport.fits(columns: ConfirmationSheet.width, rows: rows + state.chromeRows) {
            return "terminal too small for the confirmation: need \(ConfirmationSheet.width)×\(rows + state.chromeRows)"
        }
        return nil
    }

    /// `c`: a delivery asks for the address first; then the confirmation opens.
    static func completionRequested(_ state: inout AppState) -> Effect {
        if let refusal = completionRefusal(state) {
            state.notice = Notice(.error, "complete refused: " + refusal)
            return .none
        }
        if state.basketType == .delivery {
            state.modal = .address(AddressForm(address: state.addresses[state.customerId]))
        } else {
            state.modal = .confirmation
        }
        return .none
    }

    /// Enter on the address form: a valid address is remembered for the customer and the confirmation opens.
    static func addressSubmitted(_ form: AddressForm, _ state: inout AppState) -> Effect {
        var form = form
        form.problems = form.validated()
        if let first = AddressField.allCases.first(where: { form.problems[$0] != nil }) {
            form.focus = first
            state.modal = .address(form)
            state.notice = Notice(.error, "address: " + (form.problems[first] ?? "invalid"))
            return .none
        }
        let changed = state.addresses[state.customerId] != form.address
        state.addresses[state.customerId] = form.address
        let save = changed ? persist(&state) : .none
        if let refusal = completionRefusal(state) {
            state.modal = nil
            state.notice = Notice(.error, "complete refused: " + refusal)
            return save
        }
        state.modal = .confirmation
        return save
    }

    /// Enter on the confirmation: the one and only complete call, unless something changed meanwhile.
    static func completionConfirmed(_ state: inout AppState) -> Effect {
        if let refusal = completionRefusal(state) {
            state.notice = Notice(.error, "complete refused: " + refusal)
            return .none
        }
        guard let basket = state.basket else { return .none }
        state.completing = true
        let address = state.basketType == .delivery ? state.addresses[state.customerId] : nil
        state.notice = Notice(.info, "completing the \(state.basketType.rawValue) basket…")
        return call(.complete(state.basketType, customer: state.customerId, cartToken: basket.token, shippingAddress: address), &state)
    }

    static func completionAnswered(_ result: Result<Basket, APIError>, _ state: inout AppState) -> Effect {
        state.completing = false
        switch result {
        case .success(let order):
            state.modal = .receipt(ReceiptView(receipt: Receipt(order: order), returnsToOrders: false))
            state.notice = Notice(.info, "\(order.type ?? state.basketType.rawValue) completed")
            state.flash = nil
            var effect = call(.balance(customer: state.customerId), &state) + loadBasket(&state)
            if let guid = order.guid { effect = effect + call(.receipt(customer: state.customerId, guid: guid), &state) }
            return effect
        case .failure(let error):
            state.notice = .failure("complete", error)
            if case .validation(_, let fields) = error, state.basketType == .delivery, let form = addressForm(fields, state) {
                state.modal = .address(form)
                return .none
            }
            state.modal = nil
            if error.status == 409 {
                return reprice(&state)
            }
            return .none
        }
    }

    /// The server's receipt replaces the one built from the order, when it is still the one shown.
    static func receiptLoaded(guid: String, _ result: Result<Receipt, APIError>, _ state: inout AppState) -> Effect {
        guard case .receipt(var view) = state.modal, view.receipt.guid == guid else { return .none }
        switch result {
        case .success(let receipt):
            view.receipt = receipt
            view.isFromServer = true
            state.modal = .receipt(view)
        case .failure(let error):
            state.notice = .failure("receipt", error)
        }
        return .none
    }

    /// The address form again, with the API's 422 messages next to their fields; nil when none is about the address.
    private static func addressForm(_ fields: [String: [String]], _ state: AppState) -> AddressForm? {
        var form = AddressForm(address: state.addresses[state.customerId])
        for (key, messages) in fields where key.hasPrefix("shipping_address") {
            let name = key.split(separator: ".").last.map(String.init) ?? key
            let field = AddressField(rawValue: name) ?? .fullname
            form.problems[field] = messages.first ?? "invalid"
        }
        guard !form.problems.isEmpty else { return nil }
        form.focus = AddressField.allCases.first { form.problems[$0] != nil } ?? .fullname
        return form
    }
}
