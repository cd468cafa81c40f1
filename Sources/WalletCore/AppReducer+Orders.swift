import Foundation
import MintedAPI

/// The order list's place in the app, and a receipt's invoice.
extension AppReducer {
    /// The order list's actions, reduced by `OrdersFeature` over its own state; its sheet, the receipt it opens and its
    /// footer line are the app's.
    static func orders(_ action: OrdersAction, _ state: inout AppState) -> Effect {
        let step = OrdersFeature.reduce(into: &state.orders, action: action, context: FeatureContext(state, sheet: .orders))
        if step.sheetOpen { state.modal = .orders }
        if let order = step.receiptOf { state.modal = .receipt(ReceiptView(receipt: Receipt(order: order), returnsToOrders: true)) }
        if let notice = step.notice { state.notice = notice }
        return step.effect
    }

    /// `v` in a receipt: Get Order Invoice for its order.
    static func invoiceRequested(_ state: inout AppState) -> Effect {
        guard case .receipt(var view) = state.modal, let orderId = view.invoiceOrderId else { return .none }
        guard !view.invoiceLoading else { return .none }
        view.invoiceLoading = true
        state.modal = .receipt(view)
        return call(.invoice(customer: state.customerId, orderId: orderId), &state)
    }

    static func invoiceLoaded(orderId: String, _ result: Result<Invoice, APIError>, _ state: inout AppState) -> Effect {
        guard case .receipt(var view) = state.modal, view.invoiceOrderId == orderId else { return .none }
        view.invoiceLoading = false
        switch result {
        case .success(let invoice):
            view.invoice = invoice
        case .failure(let error):
            state.notice = .failure("invoice", error)
        }
        state.modal = .receipt(view)
        return .none
    }
}
