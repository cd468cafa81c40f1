import Foundation
import MintedAPI

/// Receipts, opened after a completion or from the order list, and their invoices.
extension AppReducer {
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
