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
        cancelPending(store)
        store.finish()
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
        let late = AppAction.receiptLoaded(guid: order.guid!, .failure(.cancelled))
        store.respond(to: .receipt(customer: Samples.customerId, guid: order.guid!), with: late)
        store.receive(late) {  // the receipt is no longer shown: only its count ends
            $0.requestsInFlight = 0
            $0.busySince = nil
        }
        store.finish()
    }

    /// The list opened; with `orders`, its first page answered with them (one order, or none, so the order is theirs).
    func opened(_ orders: [Basket]? = nil) -> TestStore {
        let store = TestStore(state: state)
        store.send(.orders(.opened)) {
            $0.modal = .orders
            $0.orders.loading = true
            $0.requestsInFlight = 1
            $0.busySince = Samples.start
        }
        guard let orders else { return store }
        let answer = AppAction.orders(.loaded(query(), .success(page(query(), orders))))
        store.respond(to: .orders(query()), with: answer)
        store.receive(answer) {
            $0.orders.loading = false
            $0.orders.orders = orders
            $0.orders.lastPage = 3
            $0.orders.total = 25
            $0.requestsInFlight = 0
            $0.busySince = nil
        }
        return store
    }

    /// Answers every page still asked for with a cancellation, oldest first: an answer for a query no longer in view
    /// ends its count and nothing else; one for the query in view ends the loading and says so in the footer.
    func cancelPending(_ store: TestStore, sourceLocation: SourceLocation = #_sourceLocation) {
        for (call, _) in store.pending {
            guard case .orders(let asked) = call else {
                Issue.record("not an order page: \(call)", sourceLocation: sourceLocation)
                return
            }
            let inView = asked == store.state.orders.query(customer: Samples.customerId)
            let answer = AppAction.orders(.loaded(asked, .failure(.cancelled)))
            store.respond(to: call, with: answer, sourceLocation: sourceLocation)
            store.receive(answer, {
                $0.requestsInFlight -= 1
                if $0.requestsInFlight == 0 { $0.busySince = nil }
                if inView {
                    $0.orders.loading = false
                    $0.notice = .failure("orders", .cancelled)
                }
            }, sourceLocation: sourceLocation)
        }
    }

    @Test func theStatusFilterCyclesAndGoesBackToPageOne() {
        let order = Samples.order()
        let store = opened([order])
        store.send(.orders(.pageStepped(by: 1))) {
            $0.orders.page = 2
            $0.orders.loading = true
            $0.requestsInFlight = 1
            $0.busySince = Samples.start
        }
        var expected = query()
        for status in [OrderStatusFilter.completed, .preparing, .packed, .shipped] {
            expected.statusIds = [status.rawValue]
            store.send(.orders(.statusCycled)) {
                $0.orders.status = status
                $0.orders.page = 1
                $0.requestsInFlight += 1
            }
            #expect(store.pending.last?.call == .orders(expected))
        }
        store.send(.orders(.statusCycled)) {
            $0.orders.status = .all
            $0.requestsInFlight += 1
        }
        #expect(store.pending.last?.call == .orders(query()), "back to any status")
        // The page-2 answer of the unfiltered list, asked for before the filter changed, is dropped.
        let stale = AppAction.orders(.loaded(query(page: 2), .success(page(query(page: 2), []))))
        store.respond(to: .orders(query(page: 2)), with: stale)
        store.receive(stale) { $0.requestsInFlight -= 1 }
        #expect(store.state.orders.orders == [order])
        cancelPending(store)
        store.finish()
    }

    @Test func theDateRangeIsWholeUTCDaysFromTheClock() {
        let store = opened()  // the clock: 2026-02-20T12:27:57Z
        var expected = query()
        expected.endDate = "2026-02-20"
        for (range, start) in [(OrderDateRange.lastDay, "2026-02-19"), (.lastWeek, "2026-02-13"), (.lastMonth, "2026-01-21")] {
            expected.startDate = start
            store.send(.orders(.rangeCycled)) {
                $0.orders.range = range
                $0.orders.startDate = start
                $0.orders.endDate = "2026-02-20"
                $0.requestsInFlight += 1
            }
            #expect(store.pending.last?.call == .orders(expected))
        }
        store.send(.orders(.rangeCycled)) {
            $0.orders.range = .allTime
            $0.orders.startDate = nil
            $0.orders.endDate = nil
            $0.requestsInFlight += 1
        }
        #expect(store.pending.last?.call == .orders(query()), "back to all time")
        cancelPending(store)
        store.finish()
        #expect(OrderDateRange.day(Date(timeIntervalSince1970: 1_771_631_999)) == "2026-02-20", "23:59:59Z is still the 20th")
        #expect(OrderDateRange.day(Date(timeIntervalSince1970: 1_771_632_000)) == "2026-02-21")
    }

    @Test func sortTogglesOldestFirstAndTheListFollowsIt() {
        let store = opened()
        var ascending = query()
        ascending.sortType = "asc"
        store.send(.orders(.sortToggled)) {
            $0.orders.oldestFirst = true
            $0.requestsInFlight = 2
        }
        #expect(store.pending.last?.call == .orders(ascending))
        let older = Samples.order(guid: "a", at: Samples.start.addingTimeInterval(-3600))
        let newer = Samples.order(guid: "b", at: Samples.start)
        let answer = AppAction.orders(.loaded(ascending, .success(page(ascending, [newer, older]))))
        store.respond(to: .orders(ascending), with: answer)
        store.receive(answer) {
            $0.orders.loading = false
            $0.orders.orders = [older, newer]  // oldest first
            $0.orders.lastPage = 3
            $0.orders.total = 25
            $0.requestsInFlight = 1
        }
        #expect(store.state.orders.filterTitle == "oldest")
        store.send(.orders(.sortToggled)) {
            $0.orders.oldestFirst = false
            $0.orders.loading = true
            $0.requestsInFlight = 2
        }
        #expect(store.pending.last?.call == .orders(query()))
        cancelPending(store)
        store.finish()
    }

    @Test func filtersCombineAndOutsideTheListDoNothing() {
        let closed = TestStore(state: state)
        closed.send(.orders(.statusCycled))  // not in the order list: nothing changes, nothing is sent
        closed.finish()
        let store = opened()
        store.send(.orders(.typeToggled(.delivery))) {
            $0.orders.types = [.delivery]
            $0.requestsInFlight += 1
        }
        for status in [OrderStatusFilter.completed, .preparing] {
            store.send(.orders(.statusCycled)) {
                $0.orders.status = status
                $0.requestsInFlight += 1
            }
        }
        for (range, start) in [(OrderDateRange.lastDay, "2026-02-19"), (.lastWeek, "2026-02-13")] {
            store.send(.orders(.rangeCycled)) {
                $0.orders.range = range
                $0.orders.startDate = start
                $0.orders.endDate = "2026-02-20"
                $0.requestsInFlight += 1
            }
        }
        store.send(.orders(.sortToggled)) {
            $0.orders.oldestFirst = true
            $0.requestsInFlight += 1
        }
        let expected = OrderQuery(page: 1, perPage: OrdersView.pageSize, sortBy: "order_at", sortType: "asc", statusIds: [6],
                                  startDate: "2026-02-13", endDate: "2026-02-20", types: [.delivery], customerExternalId: Samples.customerId)
        #expect(store.pending.last?.call == .orders(expected))
        #expect(store.state.orders.filterTitle == "Preparing · 7 days · oldest")
        // Reopening keeps the filters.
        store.send(.modalDismissed) { $0.modal = nil }
        store.send(.orders(.opened)) {
            $0.modal = .orders
            $0.requestsInFlight += 1
        }
        #expect(store.pending.last?.call == .orders(expected))
        cancelPending(store)
        store.finish()
    }

    @Test func vFetchesTheInvoiceIntoTheReceipt() throws {
        let order = Samples.order()
        let store = opened([order])
        var view = ReceiptView(receipt: Receipt(order: order), returnsToOrders: true)
        store.send(.modalConfirmed) {
            $0.modal = .receipt(view)
            $0.requestsInFlight = 1
            $0.busySince = Samples.start
        }
        let orderId = try #require(Receipt(order: order).orderId)
        view.invoiceLoading = true
        store.send(.invoiceRequested) {
            $0.modal = .receipt(view)
            $0.requestsInFlight = 2
        }
        #expect(store.pending.last?.call == .invoice(customer: Samples.customerId, orderId: orderId))
        store.send(.invoiceRequested)  // one at a time: nothing changes, nothing is sent
        let invoice = Invoice(guid: "inv-1", orderCode: orderId, url: "https://example.test/inv-1.pdf")
        store.respond(to: .invoice(customer: Samples.customerId, orderId: orderId), with: .invoiceLoaded(orderId: orderId, .success(invoice)))
        view.invoiceLoading = false
        view.invoice = invoice
        store.receive(.invoiceLoaded(orderId: orderId, .success(invoice))) {
            $0.modal = .receipt(view)
            $0.requestsInFlight = 1
        }
        // An error goes to the footer and the receipt stays.
        view.invoiceLoading = true
        store.send(.invoiceRequested) {
            $0.modal = .receipt(view)
            $0.requestsInFlight = 2
        }
        let error = APIError.http(status: 404, message: "order not found")
        store.respond(to: .invoice(customer: Samples.customerId, orderId: orderId), with: .invoiceLoaded(orderId: orderId, .failure(error)))
        view.invoiceLoading = false
        store.receive(.invoiceLoaded(orderId: orderId, .failure(error))) {
            $0.modal = .receipt(view)
            $0.notice = .failure("invoice", error)
            $0.requestsInFlight = 1
        }
        // An answer for another receipt is dropped.
        store.send(.invoiceLoaded(orderId: "other", .success(Invoice(guid: "x", orderCode: "other"))))
        let receipt = AppAction.receiptLoaded(guid: order.guid!, .failure(.cancelled))
        store.respond(to: .receipt(customer: Samples.customerId, guid: order.guid!), with: receipt)
        store.receive(receipt) {
            $0.notice = .failure("receipt", .cancelled)
            $0.requestsInFlight = 0
            $0.busySince = nil
        }
        store.finish()
    }

    @Test func theInvoiceCallSendsTheOrderIdInItsPath() async {
        let host = SampleHost(answers: ["invoice": { sent in
            let id = String(sent.path.split(separator: "/").dropLast().last ?? "")
            return Invoice(guid: "g-" + id, orderCode: id)
        }])
        let action = await APICall.invoice(customer: Samples.customerId, orderId: "100000042").perform(on: host, generation: 0)
        #expect(action == .invoiceLoaded(orderId: "100000042", .success(Invoice(guid: "g-100000042", orderCode: "100000042"))))
        let unsupported = await APICall.invoice(customer: Samples.customerId, orderId: "1").perform(on: SampleHost(), generation: 0)
        #expect(unsupported == .invoiceLoaded(orderId: "1", .failure(SampleHost.unsupported)))
    }
}

/// Issue 16 item 6: a receipt can be copied as text, with its address and the sign of what a sell pays out.
struct ReceiptCopyTests {
    @Test func yCopiesTheReceiptAsText() {
        var order = Samples.order(type: .sell)
        order.shippingaddress = Samples.address
        var state = AppState(connection: .sandbox, customerId: Samples.customerId, now: Samples.start)
        let view = ReceiptView(receipt: Receipt(order: order), returnsToOrders: false, shippingAddress: order.shippingaddress)
        state.modal = .receipt(view)
        let store = TestStore(state: state)
        store.send(.receiptCopyRequested) { $0.notice = Notice(.info, "receipt copied to the clipboard (OSC 52)") }
        store.expectEffects([.copy(view.text)])
        store.finish()
        #expect(view.text.contains("received +\(order.paidTotal)"), "\(view.text)")
        #expect(view.text.contains("ship to " + Samples.address.oneLine), "\(view.text)")
        #expect(view.text.contains("receipt \(view.receipt.guid)"))
        #expect(view.text.split(separator: "\n").contains { $0.hasPrefix("  charge fee ") }, "\(view.text)")
    }
}
