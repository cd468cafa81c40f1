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

    func page(_ query: OrderQuery, _ orders: [Basket], lastPage: Int = 3, total: Int = 25) -> Page<Basket> {
        Page(currentPage: query.page, data: orders, lastPage: lastPage, perPage: 10, total: total)
    }

    @Test func openingPagingAndFiltering() {
        let store = TestStore(state: state)
        let start = Samples.start
        store.send(.orders(.opened)) {
            $0.modal = .orders
            $0.orders.loading = true
            $0.requestsInFlight = 1
            $0.busySince = start
        }
        let older = Samples.order(guid: "a", at: start.addingTimeInterval(-3600))
        let newer = Samples.order(guid: "b", at: start)
        store.respond(to: .orders(query()), with: .orders(.loaded(query(), .success(page(query(), [older, newer])))))
        store.receive(.orders(.loaded(query(), .success(page(query(), [older, newer]))))) {
            $0.orders.loading = false
            $0.orders.orders = [newer, older]  // newest first
            $0.orders.lastPage = 3
            $0.orders.total = 25
            $0.requestsInFlight = 0
            $0.busySince = nil
        }
        store.send(.orders(.pageStepped(by: -1)))  // no page 0: nothing changes, nothing is sent
        store.send(.orders(.pageStepped(by: 1))) {
            $0.orders.page = 2
            $0.orders.loading = true
            $0.requestsInFlight = 1
            $0.busySince = start
        }
        store.send(.orders(.typeToggled(.sell))) {
            $0.orders.types = [.sell]
            $0.orders.page = 1
            $0.requestsInFlight = 2
        }
        store.send(.orders(.typeToggled(.buy))) {
            $0.orders.types = [.buy, .sell]
            $0.requestsInFlight = 3
        }
        #expect(store.pending.map(\.call) == [.orders(query(page: 2)), .orders(query(types: [.sell])), .orders(query(types: [.buy, .sell]))])
        // The page-2 answer arrives after the filter changed: counted, and dropped.
        store.respond(to: .orders(query(page: 2)), with: .orders(.loaded(query(page: 2), .success(page(query(page: 2), [])))))
        store.receive(.orders(.loaded(query(page: 2), .success(page(query(page: 2), []))))) { $0.requestsInFlight = 2 }
    }

    @Test func enterOpensTheReceiptAndEscGoesBackToTheList() {
        let store = TestStore(state: state)
        let order = Samples.order()
        let answer = AppAction.orders(.loaded(query(), .success(page(query(), [order], lastPage: 1, total: 1))))
        store.send(.orders(.opened)) {
            $0.modal = .orders
            $0.orders.loading = true
            $0.requestsInFlight = 1
            $0.busySince = Samples.start
        }
        store.respond(to: .orders(query()), with: answer)
        store.receive(answer) {
            $0.orders.loading = false
            $0.orders.orders = [order]
            $0.orders.total = 1
            $0.requestsInFlight = 0
            $0.busySince = nil
        }
        store.send(.modalConfirmed) {
            $0.modal = .receipt(ReceiptView(receipt: Receipt(order: order), returnsToOrders: true))
            $0.requestsInFlight = 1
            $0.busySince = Samples.start
        }
        #expect(store.pending.map(\.call) == [.receipt(customer: Samples.customerId, guid: order.guid!)])
        store.send(.modalDismissed) { $0.modal = .orders }
        store.send(.modalDismissed) { $0.modal = nil }
    }

    func loaded(_ state: inout AppState, _ query: OrderQuery, _ orders: [Basket]) {
        _ = AppReducer.reduce(into: &state, action: .orders(.loaded(query, .success(Page(currentPage: query.page, data: orders, lastPage: 3,
                                                                                        perPage: 10, total: 25)))))
    }

    @Test func theStatusFilterCyclesAndGoesBackToPageOne() {
        var state = state
        _ = AppReducer.reduce(into: &state, action: .orders(.opened))
        loaded(&state, query(), [Samples.order()])
        _ = AppReducer.reduce(into: &state, action: .orders(.pageStepped(by: 1)))
        var expected = query()
        for status in [5, 6, 7, 8] {
            expected.statusIds = [status]
            #expect(AppReducer.reduce(into: &state, action: .orders(.statusCycled)) == .call(.orders(expected), generation: 0))
            #expect(state.orders.page == 1)
        }
        #expect(AppReducer.reduce(into: &state, action: .orders(.statusCycled)) == .call(.orders(query()), generation: 0), "back to any status")
        // The page-2 answer of the unfiltered list, asked for before the filter changed, is dropped.
        loaded(&state, query(page: 2), [])
        #expect(state.orders.orders.count == 1)
    }

    @Test func theDateRangeIsWholeUTCDaysFromTheClock() {
        var state = state // 2026-02-20T12:27:57Z
        _ = AppReducer.reduce(into: &state, action: .orders(.opened))
        var expected = query()
        expected.endDate = "2026-02-20"
        for start in ["2026-02-19", "2026-02-13", "2026-01-21"] {
            expected.startDate = start
            #expect(AppReducer.reduce(into: &state, action: .orders(.rangeCycled)) == .call(.orders(expected), generation: 0))
        }
        #expect(AppReducer.reduce(into: &state, action: .orders(.rangeCycled)) == .call(.orders(query()), generation: 0), "back to all time")
        #expect(OrderDateRange.day(Date(timeIntervalSince1970: 1_771_631_999)) == "2026-02-20", "23:59:59Z is still the 20th")
        #expect(OrderDateRange.day(Date(timeIntervalSince1970: 1_771_632_000)) == "2026-02-21")
    }

    @Test func sortTogglesOldestFirstAndTheListFollowsIt() {
        var state = state
        _ = AppReducer.reduce(into: &state, action: .orders(.opened))
        var ascending = query()
        ascending.sortType = "asc"
        #expect(AppReducer.reduce(into: &state, action: .orders(.sortToggled)) == .call(.orders(ascending), generation: 0))
        let older = Samples.order(guid: "a", at: Samples.start.addingTimeInterval(-3600))
        let newer = Samples.order(guid: "b", at: Samples.start)
        loaded(&state, ascending, [newer, older])
        #expect(state.orders.orders.map(\.guid) == ["a", "b"], "oldest first")
        #expect(state.orders.filterTitle == "oldest")
        #expect(AppReducer.reduce(into: &state, action: .orders(.sortToggled)) == .call(.orders(query()), generation: 0))
    }

    @Test func filtersCombineAndOutsideTheListDoNothing() {
        var state = state
        #expect(AppReducer.reduce(into: &state, action: .orders(.statusCycled)) == .none, "not in the order list")
        _ = AppReducer.reduce(into: &state, action: .orders(.opened))
        _ = AppReducer.reduce(into: &state, action: .orders(.typeToggled(.delivery)))
        _ = AppReducer.reduce(into: &state, action: .orders(.statusCycled))
        _ = AppReducer.reduce(into: &state, action: .orders(.statusCycled))
        _ = AppReducer.reduce(into: &state, action: .orders(.rangeCycled))
        _ = AppReducer.reduce(into: &state, action: .orders(.rangeCycled))
        let effect = AppReducer.reduce(into: &state, action: .orders(.sortToggled))
        let expected = OrderQuery(page: 1, perPage: OrdersView.pageSize, sortBy: "order_at", sortType: "asc", statusIds: [6],
                                  startDate: "2026-02-13", endDate: "2026-02-20", types: [.delivery], customerExternalId: Samples.customerId)
        #expect(effect == .call(.orders(expected), generation: 0))
        #expect(state.orders.filterTitle == "Preparing · 7 days · oldest")
        // Reopening keeps the filters.
        _ = AppReducer.reduce(into: &state, action: .modalDismissed)
        #expect(AppReducer.reduce(into: &state, action: .orders(.opened)) == .call(.orders(expected), generation: 0))
    }

    @Test func vFetchesTheInvoiceIntoTheReceipt() throws {
        var state = state
        _ = AppReducer.reduce(into: &state, action: .orders(.opened))
        let order = Samples.order()
        loaded(&state, query(), [order])
        _ = AppReducer.reduce(into: &state, action: .modalConfirmed)
        let orderId = try #require(Receipt(order: order).orderId)
        #expect(AppReducer.reduce(into: &state, action: .invoiceRequested) == .call(.invoice(customer: Samples.customerId, orderId: orderId), generation: 0))
        #expect(AppReducer.reduce(into: &state, action: .invoiceRequested) == .none, "one at a time")
        let invoice = Invoice(guid: "inv-1", orderCode: orderId, url: "https://example.test/inv-1.pdf")
        _ = AppReducer.reduce(into: &state, action: .invoiceLoaded(orderId: orderId, .success(invoice)))
        guard case .receipt(let view) = state.modal else { Issue.record("the receipt stays open"); return }
        #expect(view.invoice == invoice)
        #expect(!view.invoiceLoading)
        // An error goes to the footer and the receipt stays.
        _ = AppReducer.reduce(into: &state, action: .invoiceRequested)
        let error = APIError.http(status: 404, message: "order not found")
        _ = AppReducer.reduce(into: &state, action: .invoiceLoaded(orderId: orderId, .failure(error)))
        #expect(state.notice == .failure("invoice", error))
        if case .receipt(let view) = state.modal { #expect(!view.invoiceLoading) } else { Issue.record("the receipt stays open") }
        // An answer for another receipt is dropped.
        _ = AppReducer.reduce(into: &state, action: .invoiceLoaded(orderId: "other", .success(Invoice(guid: "x", orderCode: "other"))))
        if case .receipt(let view) = state.modal { #expect(view.invoice == invoice) }
    }

    @Test func theInvoiceClosureIsCalledWithTheOrderId() async {
        let api = WalletAPI { $0.invoice = { Invoice(guid: "g-\($0)", orderCode: $0) } }
        let action = await api.perform(.invoice(customer: Samples.customerId, orderId: "100000042"), generation: 0)
        #expect(action == .invoiceLoaded(orderId: "100000042", .success(Invoice(guid: "g-100000042", orderCode: "100000042"))))
        let unsupported = await WalletAPI().perform(.invoice(customer: Samples.customerId, orderId: "1"), generation: 0)
        #expect(unsupported == .invoiceLoaded(orderId: "1", .failure(WalletAPI.unsupported)))
    }
}
