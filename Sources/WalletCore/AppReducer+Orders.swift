import Foundation
import MintedAPI

/// The order list: opening, paging, filtering, and a receipt for the selected order.
extension AppReducer {
    /// `o`: the order list from its first page, keeping the type filter.
    static func ordersRequested(_ state: inout AppState) -> Effect {
        state.modal = .orders
        state.orders.page = 1
        state.orders.selection = 0
        return loadOrders(&state)
    }

    static func orderPageStepped(by delta: Int, _ state: inout AppState) -> Effect {
        let page = min(max(1, state.orders.page + delta), max(1, state.orders.lastPage))
        guard page != state.orders.page else { return .none }
        state.orders.page = page
        state.orders.selection = 0
        return loadOrders(&state)
    }

    static func orderTypeToggled(_ type: BasketType, _ state: inout AppState) -> Effect {
        if state.orders.types.contains(type) { state.orders.types.remove(type) } else { state.orders.types.insert(type) }
        state.orders.page = 1
        state.orders.selection = 0
        return loadOrders(&state)
    }

    /// `f`, `r`, `S`: a filter or the sort changed; back to page 1, and answers for the old query are dropped.
    static func orderFilterChanged(_ state: inout AppState, _ change: (inout OrdersView) -> Void) -> Effect {
        guard state.modal == .orders else { return .none }
        change(&state.orders)
        state.orders.page = 1
        state.orders.selection = 0
        return loadOrders(&state)
    }

    static func ordersLoaded(_ query: OrderQuery, _ result: Result<Page<Basket>, APIError>, _ state: inout AppState) -> Effect {
        guard query == state.orders.query(customer: state.customerId) else { return .none }
        state.orders.loading = false
        switch result {
        case .success(let page):
            state.orders.orders = page.data.enumerated().sorted { lhs, rhs in
                let left = lhs.element.orderDate ?? .distantPast
                let right = rhs.element.orderDate ?? .distantPast
                guard left != right else { return lhs.offset < rhs.offset }
                return state.orders.oldestFirst ? left < right : left > right
            }.map(\.element)
            state.orders.lastPage = min(max(1, page.lastPage), 1_000_000_000)
            state.orders.total = page.total
            state.orders.selection = clamp(state.orders.selection, state.orders.orders.count)
        case .failure(let error):
            state.notice = .failure("orders", error)
        }
        return .none
    }

    /// Enter on an order: its receipt, built from the order at once, then the server's.
    static func orderOpened(_ state: inout AppState) -> Effect {
        guard let order = state.orders.selectedOrder else { return .none }
        state.modal = .receipt(ReceiptView(receipt: Receipt(order: order), returnsToOrders: true))
        guard let guid = order.guid else { return .none }
        return call(.receipt(customer: state.customerId, guid: guid), &state)
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

    /// Asks for the page in view, with the date range worked out afresh from the clock.
    private static func loadOrders(_ state: inout AppState) -> Effect {
        let days = state.orders.range.days(endingAt: state.now)
        state.orders.startDate = days.start
        state.orders.endDate = days.end
        state.orders.loading = true
        return call(.orders(state.orders.query(customer: state.customerId)), &state)
    }
}
