import Foundation
import MintedAPI
import MintedTesting
import Testing
@testable import WalletCore

/// The order list: paging, filters, stale pages dropped, newest first, receipts.
struct OrdersReducerTests {
    var state: AppState { AppState(connection: .sandbox, customerId: Samples.customerId, now: Samples.start) }

    func query(page: Int = 1, types: [BasketType] = []) -> OrderQuery {
        OrderQuery(page: page, perPage: OrdersView.pageSize, sortBy: "order_at", sortType: "desc", types: types,
                   customerExternalId: Samples.customerId)
    }

    @Test func openingPagingAndFiltering() {
        var state = state
        #expect(AppReducer.reduce(into: &state, action: .ordersRequested) == .call(.orders(query()), generation: 0))
        #expect(state.modal == .orders)
        let older = Samples.order(guid: "a", at: Samples.start.addingTimeInterval(-3600))
        let newer = Samples.order(guid: "b", at: Samples.start)
        _ = AppReducer.reduce(into: &state, action: .ordersLoaded(query(), .success(Page(currentPage: 1, data: [older, newer], lastPage: 3,
                                                                                          perPage: 10, total: 25))))
        #expect(state.orders.orders.map(\.guid) == ["b", "a"], "newest first")
        #expect(AppReducer.reduce(into: &state, action: .orderPageStepped(by: -1)) == .none, "no page 0")
        #expect(AppReducer.reduce(into: &state, action: .orderPageStepped(by: 1)) == .call(.orders(query(page: 2)), generation: 0))
        #expect(AppReducer.reduce(into: &state, action: .orderTypeToggled(.sell)) == .call(.orders(query(types: [.sell])), generation: 0))
        #expect(AppReducer.reduce(into: &state, action: .orderTypeToggled(.buy)) == .call(.orders(query(types: [.buy, .sell])), generation: 0))
        // The page-2 answer arrives after the filter changed: dropped.
        _ = AppReducer.reduce(into: &state, action: .ordersLoaded(query(page: 2), .success(Page(currentPage: 2, data: [], lastPage: 3,
                                                                                                 perPage: 10, total: 25))))
        #expect(state.orders.orders.count == 2)
        #expect(state.orders.loading)
    }

    @Test func enterOpensTheReceiptAndEscGoesBackToTheList() {
        var state = state
        _ = AppReducer.reduce(into: &state, action: .ordersRequested)
        let order = Samples.order()
        _ = AppReducer.reduce(into: &state, action: .ordersLoaded(query(), .success(Page(currentPage: 1, data: [order], lastPage: 1,
                                                                                          perPage: 10, total: 1))))
        let effect = AppReducer.reduce(into: &state, action: .modalConfirmed)
        #expect(effect == .call(.receipt(customer: Samples.customerId, guid: order.guid!), generation: 0))
        #expect(state.modal == .receipt(ReceiptView(receipt: Receipt(order: order), returnsToOrders: true)))
        _ = AppReducer.reduce(into: &state, action: .modalDismissed)
        #expect(state.modal == .orders)
        _ = AppReducer.reduce(into: &state, action: .modalDismissed)
        #expect(state.modal == nil)
    }
}
