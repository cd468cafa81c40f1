import Foundation
import MintedAPI
import MintedTesting
import Testing
@testable import WalletCore

/// Completing a basket: every refusal, exactly one complete call, the refresh and the receipt.
struct CompletionTests {
    let start = Samples.start
    let token = "SKTHzfR4HnKXmcM4XeHfFRUPq6n3jJGL"
    let complete = APICall.complete(.buy, customer: Samples.customerId, cartToken: "SKTHzfR4HnKXmcM4XeHfFRUPq6n3jJGL", shippingAddress: nil)
    /// The re-price of the sample basket: its one line's quantity sent again.
    let reprice = APICall.updateItem(customer: Samples.customerId, cartToken: "SKTHzfR4HnKXmcM4XeHfFRUPq6n3jJGL", sku: "MNTBAE0001", qty: 3)

    /// A buy basket with 200 s on the lock, on a roomy terminal.
    var state: AppState {
        var state = AppState(connection: .sandbox, customerId: Samples.customerId, now: start)
        state.checkout.basket = Samples.basket(lockedUntil: start.addingTimeInterval(200))
        state.checkout.lockLength = 240
        state.viewport = Viewport(columns: 120, rows: 40)
        return state
    }

    @Test func cOpensTheConfirmationAndEnterSendsOneComplete() {
        let store = TestStore(state: state)
        confirm(store)
        #expect(store.pending.map(\.call) == [complete])
        #expect(store.pending.map(\.generation) == [0])
        // Its answer here is a failure; a success and its refresh are the tests below.
        let failed = AppAction.basket(.completionAnswered(.failure(.server(status: 500, message: "boom"))))
        store.respond(to: complete, with: failed)
        store.receive(failed) {
            $0.checkout.completing = false
            $0.modal = nil
            $0.notice = Notice(.error, "buy order NOT placed — 500 boom", topic: "complete", status: 500)
            $0.requestsInFlight = 0
            $0.checkout.requestsInFlight = 0
            $0.busySince = nil
        }
        store.finish()
    }

    @Test func aSecondCompleteIsImpossibleWhileTheFirstIsInFlight() {
        let store = TestStore(state: state)
        let refused = Notice(.error, "complete refused: already completing — waiting for the answer")
        store.openConfirmation()
        store.send(.modalConfirmed) {
            $0.checkout.completing = true
            $0.notice = Notice(.info, "completing the buy basket…")
            $0.requestsInFlight = 1
            $0.checkout.requestsInFlight = 1
            $0.busySince = start
        }
        // Key repeat: Enter again, then Esc and c and Enter again.
        store.send(.modalConfirmed) { $0.notice = refused }
        store.send(.modalDismissed) { $0.modal = nil }
        store.send(.basket(.completionRequested)) { $0.notice = refused }  // the log counts the repeat
        store.send(.modalConfirmed)
        #expect(store.pending.map(\.call) == [complete], "exactly one complete")
        let order = Samples.order()
        store.respond(to: complete, with: .basket(.completionAnswered(.success(order))))
        store.receive(.basket(.completionAnswered(.success(order)))) {
            $0.checkout.completing = false
            $0.modal = .receipt(ReceiptView(receipt: Receipt(order: order), returnsToOrders: false))
            $0.notice = Notice(.info, "buy completed")
            $0.requestsInFlight = 3
            $0.checkout.requestsInFlight = 1
        }
        #expect(store.pending.map(\.call) == [.balance(customer: Samples.customerId), .activeBasket(customer: Samples.customerId, type: .buy),
                                              .receipt(customer: Samples.customerId, guid: order.guid ?? "")])
        answerWalletAndBasket(store, inFlightAfter: 1)
        answerReceipt(store, of: order)
        store.finish()
    }

    @Test func refusedWhileTheLockHasExpired() {
        let store = TestStore(state: state)
        let expiry = start.addingTimeInterval(200)
        store.send(.ticked(expiry)) {
            $0.now = expiry
            $0.checkout.repricing = true
            $0.checkout.repriceAttemptedAt = expiry
            $0.requestsInFlight = 1
            $0.checkout.requestsInFlight = 1
            $0.busySince = expiry
        }
        store.send(.basket(.completionRequested)) {
            $0.notice = Notice(.error, "complete refused: the price lock has expired — re-pricing, try again")
        }
        #expect(store.pending.map(\.call) == [reprice], "no complete")
        answerReprice(store)
        store.finish()
    }

    @Test func refusedAtEnterWhenTheLockExpiredWhileTheConfirmationWasOpen() {
        let store = TestStore(state: state)
        store.openConfirmation()
        let expiry = start.addingTimeInterval(201)
        store.send(.ticked(expiry)) {
            $0.now = expiry
            $0.checkout.repricing = true
            $0.checkout.repriceAttemptedAt = expiry
            $0.requestsInFlight = 1
            $0.checkout.requestsInFlight = 1
            $0.busySince = expiry
        }
        // Not completing, and the confirmation stays open.
        store.send(.modalConfirmed) {
            $0.notice = Notice(.error, "complete refused: the price lock has expired — re-pricing, try again")
        }
        #expect(store.pending.map(\.call) == [reprice], "no complete")
        answerReprice(store)
        store.finish()
    }

    @Test func refusedWhileABasketRequestIsInFlight() {
        let store = TestStore(state: state)
        let step = APICall.updateItem(customer: Samples.customerId, cartToken: token, sku: "MNTBAE0001", qty: 4)
        store.send(.basket(.quantityStepped(by: 1))) {
            $0.checkout.wantedQuantities = ["MNTBAE0001": 4]
            $0.requestsInFlight = 1
            $0.checkout.requestsInFlight = 1
            $0.busySince = start
        }
        store.send(.basket(.completionRequested)) {
            $0.notice = Notice(.error, "complete refused: a basket request is in flight — try again in a moment")
        }
        #expect(store.pending.map(\.call) == [step], "no complete")
        let four = Samples.basket(lockedUntil: start.addingTimeInterval(200), quantity: 4)
        store.respond(to: step, with: .basket(.loaded(generation: 0, .success(four))))
        store.receive(.basket(.loaded(generation: 0, .success(four)))) {
            $0.requestsInFlight = 0
            $0.checkout.requestsInFlight = 0
            $0.busySince = nil
            $0.checkout.basket = four
            $0.checkout.wantedQuantities = [:]
        }
        store.finish()
    }

    @Test func refusedWhileTheTerminalIsTooSmallForTheConfirmation() {
        let store = TestStore(state: state)
        let rows = ConfirmationSheet.height(for: Samples.basket(lockedUntil: start), type: .buy) + 2
        #expect(rows > 15 && rows <= 24, "the sizes below sit either side of it")
        let tooSmall = Notice(.error, "complete refused: terminal too small for the confirmation: need 60×\(rows)")
        store.send(.viewportChanged(columns: 59, rows: 40)) { $0.viewport = Viewport(columns: 59, rows: 40) }
        store.send(.basket(.completionRequested)) { $0.notice = tooSmall }
        store.send(.viewportChanged(columns: 80, rows: 15)) { $0.viewport = Viewport(columns: 80, rows: 15) }
        store.send(.basket(.completionRequested)) { $0.notice = tooSmall }  // refused again: the same notice (counted in the log), no sheet
        store.send(.viewportChanged(columns: 80, rows: 24)) { $0.viewport = Viewport(columns: 80, rows: 24) }
        store.openConfirmation()
        store.send(.viewportChanged(columns: 60, rows: 12)) { $0.viewport = Viewport(columns: 60, rows: 12) }
        store.send(.modalConfirmed) { $0.notice = tooSmall }  // shrunk after opening: refused with the same notice, not completing, nothing sent
        #expect(store.state.notice == tooSmall)
        #expect(store.pending.isEmpty)
        store.finish()
    }

    @Test func completionRefreshesWalletAndBasketAndOpensTheReceipt() {
        let store = TestStore(state: state)
        confirm(store)
        let order = Samples.order()
        store.respond(to: complete, with: .basket(.completionAnswered(.success(order))))
        store.receive(.basket(.completionAnswered(.success(order)))) {
            $0.checkout.completing = false
            $0.modal = .receipt(ReceiptView(receipt: Receipt(order: order), returnsToOrders: false))
            $0.notice = Notice(.info, "buy completed")
            $0.requestsInFlight = 3
            $0.checkout.requestsInFlight = 1
        }
        #expect(store.pending.map(\.call) == [.balance(customer: Samples.customerId), .activeBasket(customer: Samples.customerId, type: .buy),
                                              .receipt(customer: Samples.customerId, guid: order.guid!)])
        #expect(store.pending.map(\.generation) == [0, 0, 0])
        answerWalletAndBasket(store, inFlightAfter: 1)
        answerReceipt(store, of: order)
        store.send(.modalDismissed) { $0.modal = nil }
        store.finish()
    }

    @Test func aRefusedCompleteClosesTheConfirmationAndRepricesOnConflict() {
        let store = TestStore(state: state)
        confirm(store)
        let conflict = AppAction.basket(.completionAnswered(.failure(.conflict(message: "price lock expired"))))
        store.respond(to: complete, with: conflict)
        // The complete's answer ends its count and the re-price starts another: the counts are where they were.
        store.receive(conflict) {
            $0.checkout.completing = false
            $0.modal = nil
            $0.notice = Notice(.error, "buy order NOT placed — 409 price lock expired", topic: "complete", status: 409)
            $0.checkout.repricing = true
            $0.checkout.repriceAttemptedAt = start
        }
        #expect(store.pending.map(\.call) == [reprice])
        #expect(store.pending.map(\.generation) == [0])
        answerReprice(store)
        // Issue 15 item 1: the re-price that follows is logged, but the footer still says the order was NOT placed.
        #expect(store.state.notice?.text == "buy order NOT placed — 409 price lock expired")
        #expect(store.state.messages.log.map(\.notice.text).suffix(2) == ["buy order NOT placed — 409 price lock expired", "lock expired: basket re-priced"])
        store.finish()
    }

    @Test func deliveryAsksForAValidAddressFirstAndRemembersIt() {
        let store = TestStore(state: state)
        var delivery = Samples.basket(lockedUntil: start.addingTimeInterval(200), quantity: 1)
        delivery.type = "delivery"
        openDelivery(store, delivery)
        store.send(.basket(.completionRequested)) { $0.modal = .address(AddressForm()) }  // empty, the focus on the full name

        // Enter on the empty form: every required field is named, focus goes to the first.
        store.send(.modalConfirmed) {
            var form = AddressForm()
            form.problems = [.fullname: "Full name is required", .phone: "Phone is required", .city: "City is required",
                             .address: "Address is required"]
            $0.modal = .address(form)
            $0.notice = Notice(.error, "address: Full name is required")
        }

        type("Brant Ankunding", store)
        moveField(by: 1, to: .phone, store)
        type("+90 5111", store)
        moveField(by: 1, to: .city, store)
        type("İstanbul", store)
        moveField(by: 2, to: .address, store)
        type("Moda Cd. 12", store)
        store.send(.modalConfirmed) {
            guard case .address(var form) = $0.modal else { return }
            form.problems = [.phone: "phone must be + and 10–15 digits"]
            form.focus = .phone
            $0.modal = .address(form)
            $0.notice = Notice(.error, "address: phone must be + and 10–15 digits")
        }

        for _ in 0..<8 {
            store.send(.characterDeleted) {
                guard case .address(var form) = $0.modal else { return }
                form[.phone].removeLast()
                form.problems = [:]
                $0.modal = .address(form)
            }
        }
        type("+905111111111", store)
        let remembered = Address(fullname: "Brant Ankunding", phone: "+905111111111", city: "İstanbul", address: "Moda Cd. 12")
        // Remembered for the customer (the book is not read in this test, so nothing is saved), then the confirmation.
        store.openConfirmation(by: .modalConfirmed) { $0.roster.addresses[Samples.customerId] = remembered }
        store.send(.modalConfirmed) {
            $0.checkout.completing = true
            $0.notice = Notice(.info, "completing the delivery basket…")
            $0.requestsInFlight = 1
            $0.checkout.requestsInFlight = 1
            $0.busySince = start
        }
        let complete = APICall.complete(.delivery, customer: Samples.customerId, cartToken: token, shippingAddress: remembered)
        #expect(store.pending.map(\.call) == [complete])
        #expect(store.pending.map(\.generation) == [1])

        let order = Samples.order(type: .delivery)
        store.respond(to: complete, with: .basket(.completionAnswered(.success(order))))
        store.receive(.basket(.completionAnswered(.success(order)))) {
            $0.checkout.completing = false
            $0.modal = .receipt(ReceiptView(receipt: Receipt(order: order), returnsToOrders: false))
            $0.notice = Notice(.info, "delivery completed")
            $0.requestsInFlight = 3
            $0.checkout.requestsInFlight = 1
        }
        // A new delivery basket is open after the refresh.
        answerWalletAndBasket(store, type: .delivery, generation: 1, basket: delivery, inFlightAfter: 1)
        answerReceipt(store, of: order)
        store.send(.modalDismissed) { $0.modal = nil }

        // Next time the form opens filled in.
        store.send(.basket(.completionRequested)) { $0.modal = .address(AddressForm(address: remembered)) }
        store.finish()
    }

    @Test func phoneRule() {
        #expect(AddressField.phone.problem(with: "+905111111111") == nil)
        #expect(AddressField.phone.problem(with: "+1234567890") == nil)
        #expect(AddressField.phone.problem(with: "+123456789012345") == nil)
        #expect(AddressField.phone.problem(with: "+123456789") != nil, "9 digits")
        #expect(AddressField.phone.problem(with: "+1234567890123456") != nil, "16 digits")
        #expect(AddressField.phone.problem(with: "905111111111") != nil, "no +")
        #expect(AddressField.phone.problem(with: "+90 511 111 1111") != nil, "spaces")
        #expect(AddressField.phone.problem(with: "") == "Phone is required")
        #expect(AddressField.zipcode.problem(with: "") == nil)
    }

    @Test func theAPIsAddressMessagesGoNextToTheirFields() {
        var remembered = state
        remembered.roster.addresses[Samples.customerId] = Samples.address
        let store = TestStore(state: remembered)
        var delivery = Samples.basket(lockedUntil: start.addingTimeInterval(200), quantity: 1)
        delivery.type = "delivery"
        openDelivery(store, delivery)
        store.send(.basket(.completionRequested)) { $0.modal = .address(AddressForm(address: Samples.address)) }
        store.openConfirmation(by: .modalConfirmed)  // the address is the remembered one: nothing new to keep
        store.send(.modalConfirmed) {
            $0.checkout.completing = true
            $0.notice = Notice(.info, "completing the delivery basket…")
            $0.requestsInFlight = 1
            $0.checkout.requestsInFlight = 1
            $0.busySince = start
        }
        let complete = APICall.complete(.delivery, customer: Samples.customerId, cartToken: token, shippingAddress: Samples.address)
        #expect(store.pending.map(\.call) == [complete])
        let error = APIError.validation(message: "The given data was invalid.", fields: ["shipping_address.city": ["The city is not served."]])
        store.respond(to: complete, with: .basket(.completionAnswered(.failure(error))))
        store.receive(.basket(.completionAnswered(.failure(error)))) {
            var form = AddressForm(address: Samples.address)
            form.problems = [.city: "The city is not served."]
            form.focus = .city
            $0.modal = .address(form)
            $0.checkout.completing = false
            $0.notice = Notice(.error, "delivery order NOT placed — 422 The given data was invalid. — shipping_address.city: The city is not served.",
                               topic: "complete", status: 422)
            $0.requestsInFlight = 0
            $0.checkout.requestsInFlight = 0
            $0.busySince = nil
        }
        store.finish()
    }

    // MARK: - Steps several tests take

    /// `c` and Enter on the buy basket: the confirmation opens and one complete is sent.
    func confirm(_ store: TestStore, sourceLocation: SourceLocation = #_sourceLocation) {
        store.openConfirmation(sourceLocation: sourceLocation)
        store.send(.modalConfirmed, {
            $0.checkout.completing = true
            $0.notice = Notice(.info, "completing the buy basket…")
            $0.requestsInFlight = 1
            $0.checkout.requestsInFlight = 1
            $0.busySince = start
        }, sourceLocation: sourceLocation)
    }

    /// `d`: the delivery basket is read (a new generation) and answers `basket`.
    func openDelivery(_ store: TestStore, _ basket: Basket, sourceLocation: SourceLocation = #_sourceLocation) {
        store.send(.basket(.typeChosen(.delivery)), {
            $0.checkout.type = .delivery
            $0.checkout.generation = 1
            $0.checkout.basket = nil
            $0.checkout.lockLength = nil
            $0.requestsInFlight = 1
            $0.checkout.requestsInFlight = 1
            $0.busySince = start
        }, sourceLocation: sourceLocation)
        let read = APICall.activeBasket(customer: Samples.customerId, type: .delivery)
        store.respond(to: read, with: .basket(.loaded(generation: 1, .success(basket))), sourceLocation: sourceLocation)
        store.receive(.basket(.loaded(generation: 1, .success(basket))), {
            $0.requestsInFlight = 0
            $0.checkout.requestsInFlight = 0
            $0.busySince = nil
            $0.checkout.basket = basket
            $0.checkout.lockLength = basket.pricefix.map { max(1, $0.secondsLeft(at: start)) }
        }, sourceLocation: sourceLocation)
    }

    /// Answers the wallet and basket reads a completion sends, the receipt's read still in flight: the wallet, and
    /// `basket` (none: the completed basket is gone).
    func answerWalletAndBasket(_ store: TestStore, type: BasketType = .buy, generation: Int = 0, basket: Basket? = nil,
                               inFlightAfter left: Int, sourceLocation: SourceLocation = #_sourceLocation) {
        let id = Samples.customerId
        store.respond(to: .balance(customer: id), with: .market(.holdingsLoaded(customer: id, .success(Samples.holdings))),
                      sourceLocation: sourceLocation)
        store.receive(.market(.holdingsLoaded(customer: id, .success(Samples.holdings))), {
            $0.requestsInFlight = left + 1
            $0.market.holdings = Samples.holdings
            $0.market.holdingsLoaded = true
        }, sourceLocation: sourceLocation)
        store.respond(to: .activeBasket(customer: id, type: type), with: .basket(.loaded(generation: generation, .success(basket))),
                      sourceLocation: sourceLocation)
        store.receive(.basket(.loaded(generation: generation, .success(basket))), {
            $0.requestsInFlight = left
            $0.checkout.requestsInFlight = 0
            $0.checkout.basket = basket
            if basket == nil { $0.checkout.lockLength = nil }
        }, sourceLocation: sourceLocation)
    }

    /// Answers the receipt's read, the last call in flight, while the receipt is shown: the server's receipt replaces it.
    func answerReceipt(_ store: TestStore, of order: Basket, sourceLocation: SourceLocation = #_sourceLocation) {
        var server = Receipt(order: order)
        server.orderId = "ORD-42"
        store.respond(to: .receipt(customer: Samples.customerId, guid: order.guid!), with: .receiptLoaded(guid: order.guid!, .success(server)),
                      sourceLocation: sourceLocation)
        store.receive(.receiptLoaded(guid: order.guid!, .success(server)), {
            $0.requestsInFlight = 0
            $0.busySince = nil
            $0.modal = .receipt(ReceiptView(receipt: server, returnsToOrders: false, isFromServer: true))
        }, sourceLocation: sourceLocation)
    }

    /// Answers the re-price of the sample basket, the only call in flight: the same figures under a fresh lock.
    func answerReprice(_ store: TestStore, sourceLocation: SourceLocation = #_sourceLocation) {
        var repriced = Samples.basket(lockedUntil: start.addingTimeInterval(440))
        repriced.pricefix?.updated = true
        store.respond(to: reprice, with: .basket(.loaded(generation: 0, .success(repriced))), sourceLocation: sourceLocation)
        store.receive(.basket(.loaded(generation: 0, .success(repriced))), {
            $0.requestsInFlight = 0
            $0.checkout.requestsInFlight = 0
            $0.busySince = nil
            $0.checkout.repricing = false
            $0.checkout.basket = repriced
            $0.checkout.lockLength = max(1, repriced.pricefix!.secondsLeft(at: $0.now))  // a new lock: its own length
            // Logged; on the footer only if the person's own error is not there.
            $0.notice = Notice(.info, "lock expired: basket re-priced", topic: "basket").background
        }, sourceLocation: sourceLocation)
    }

    /// Types `text` into the address form's focused field, one key at a time; each clears that field's problem.
    func type(_ text: String, _ store: TestStore, sourceLocation: SourceLocation = #_sourceLocation) {
        for character in text {
            store.send(.characterTyped(character), {
                guard case .address(var form) = $0.modal else { return }
                form[form.focus].append(character)
                form.problems[form.focus] = nil
                $0.modal = .address(form)
            }, sourceLocation: sourceLocation)
        }
    }

    /// Tab through the address form: `by` fields on, landing on `field`.
    func moveField(by delta: Int, to field: AddressField, _ store: TestStore, sourceLocation: SourceLocation = #_sourceLocation) {
        store.send(.fieldMoved(by: delta), {
            guard case .address(var form) = $0.modal else { return }
            form.focus = field
            $0.modal = .address(form)
        }, sourceLocation: sourceLocation)
    }
}

extension CompletionTests {
    /// Issue 15 item 1: a lock ended elsewhere shows as expired in the confirmation (its read of the basket), and
    /// Enter is refused instead of sending a complete the host would refuse.
    @Test func theConfirmationReadsTheBasketAndNeverShowsAnEndedLockAsLive() {
        let store = TestStore(state: state)
        var ended = Samples.basket(lockedUntil: start.addingTimeInterval(-1))
        ended.pricefix?.remaining = -1
        store.openConfirmation(answer: .some(ended)) {
            _ = $0  // nothing else changes when it opens
        }
        #expect(store.state.lockSecondsLeft == 0, "the confirmation draws the lock as expired")
        store.send(.modalConfirmed) {
            $0.notice = Notice(.error, "complete refused: the price lock has expired — re-pricing, try again")
        }
        #expect(store.pending.isEmpty, "no complete was sent")
        store.finish()
    }
}

extension CompletionTests {
    /// Issue 16 item 7: `Ctrl-X` sends an address the client would refuse, so that the host's own 422 can be seen;
    /// `Ctrl-W` and `Ctrl-U` erase a word and a field.
    @Test func homeEndAndArrowsMoveTheCursorAndTypingGoesThere() {
        var state = state
        state.checkout.type = .delivery
        var form = AddressForm()
        form[.fullname] = "Ayse Yilmaz"
        state.modal = .address(form)
        let store = TestStore(state: state)
        store.send(.caretMoved(.home)) { form.caret = 11; $0.modal = .address(form) }
        store.send(.characterTyped("D")) { form[.fullname] = "DAyse Yilmaz"; $0.modal = .address(form) }
        store.send(.textErased(.forward)) { form[.fullname] = "Dyse Yilmaz"; form.caret = 10; $0.modal = .address(form) }
        store.send(.caretMoved(.right)) { form.caret = 9; $0.modal = .address(form) }
        store.send(.characterDeleted) { form[.fullname] = "Dse Yilmaz"; $0.modal = .address(form) }
        store.send(.caretMoved(.end)) { form.caret = 0; $0.modal = .address(form) }
        store.send(.caretMoved(.right)) // already at the end
        store.send(.caretMoved(.left)) { form.caret = 1; $0.modal = .address(form) }
        store.send(.textErased(.word)) { form[.fullname] = "Dse z"; $0.modal = .address(form) }
        store.send(.textErased(.field)) { form[.fullname] = "z"; $0.modal = .address(form) }
        store.send(.fieldMoved(by: 1)) { form.focus = .phone; form.caret = 0; $0.modal = .address(form) }
        store.send(.caretMoved(.left)) // an empty field has nowhere to go
        store.finish()
    }

    @Test func anAddressCanBeSentAnywayAndFieldsEraseByWordOrWhole() {
        var state = state
        state.checkout.type = .delivery
        state.checkout.basket?.type = "delivery"
        var form = AddressForm()
        form[.fullname] = "Ayşe Yılmaz"
        state.modal = .address(form)
        let store = TestStore(state: state)
        store.send(.textErased(.word)) {
            var erased = form
            erased[.fullname] = "Ayşe "
            $0.modal = .address(erased)
        }
        store.send(.textErased(.field)) { $0.modal = .address(AddressForm()) }
        store.send(.modalConfirmed) {
            var refused = AddressForm()
            refused.problems = refused.validated()
            $0.modal = .address(refused)
            $0.notice = Notice(.error, "address: " + (refused.problems[.fullname] ?? ""))
        }
        store.openConfirmation(by: .addressSentAnyway) { $0.roster.addresses[Samples.customerId] = AddressForm().address }
        store.send(.modalConfirmed) {
            $0.checkout.completing = true
            $0.notice = Notice(.info, "completing the delivery basket…")
            $0.requestsInFlight = 1
            $0.checkout.requestsInFlight = 1
            $0.busySince = start
        }
        #expect(store.pending.map(\.call) == [.complete(.delivery, customer: Samples.customerId, cartToken: token, shippingAddress: AddressForm().address)],
                "the empty address goes to the host as typed")
        let refused = AppAction.basket(.completionAnswered(.failure(.validation(message: "The given data was invalid.",
                                                                                  fields: ["shipping_address.fullname": ["The fullname field is required."]]))))
        store.respond(to: .complete(.delivery, customer: Samples.customerId, cartToken: token, shippingAddress: AddressForm().address), with: refused)
        store.receive(refused) {
            var placed = AddressForm(address: AddressForm().address)
            placed.problems[.fullname] = "The fullname field is required."
            placed.focus = .fullname
            $0.checkout.completing = false
            $0.modal = .address(placed)
            $0.notice = Notice(.error, "delivery order NOT placed — 422 The given data was invalid. — shipping_address.fullname: The fullname field is required.",
                               topic: "complete", status: 422)
            $0.requestsInFlight = 0
            $0.checkout.requestsInFlight = 0
            $0.busySince = nil
        }
        store.finish()
        #expect(TextErase.word.applied(to: "Moda Cd.  ") == "Moda ")
        #expect(TextErase.word.applied(to: "") == "" && TextErase.character.applied(to: "") == "")
    }
}

extension CompletionTests {
    /// Issue 15 item 3: Enter pressed while the confirmation's read of the basket is out is not refused: the complete
    /// leaves when the answer is in (once), and says so meanwhile.
    @Test func enterDuringTheConfirmationsReadCompletesWhenItAnswers() {
        let store = TestStore(state: state)
        store.send(.basket(.completionRequested)) {
            $0.modal = .confirmation
            $0.requestsInFlight = 1
            $0.checkout.requestsInFlight = 1
            $0.busySince = start
        }
        store.send(.modalConfirmed) {
            $0.checkout.completesWhenAnswered = true
            $0.notice = Notice(.info, "busy: reading the basket — completing when it answers", topic: "basket")
        }
        store.send(.modalConfirmed) { $0.notice = Notice(.info, "busy: reading the basket — completing when it answers", topic: "basket") }
        #expect(store.pending.map(\.call) == [.activeBasket(customer: Samples.customerId, type: .buy)], "nothing else yet")
        let basket = store.state.checkout.basket
        store.respond(to: .activeBasket(customer: Samples.customerId, type: .buy), with: .basket(.loaded(generation: 0, .success(basket))))
        store.receive(.basket(.loaded(generation: 0, .success(basket)))) {
            $0.checkout.completesWhenAnswered = false
            $0.checkout.completing = true
            $0.notice = Notice(.info, "completing the buy basket…")
            // The read's count ends and the complete's begins.
        }
        #expect(store.pending.map(\.call) == [complete], "exactly one complete")
        let order = Samples.order()
        store.respond(to: complete, with: .basket(.completionAnswered(.success(order))))
        store.receive(.basket(.completionAnswered(.success(order)))) {
            $0.checkout.completing = false
            $0.modal = .receipt(ReceiptView(receipt: Receipt(order: order), returnsToOrders: false, shippingAddress: order.shippingaddress))
            $0.notice = Notice(.info, "buy completed")
            $0.requestsInFlight = 3
            $0.checkout.requestsInFlight = 1
        }
        answerWalletAndBasket(store, inFlightAfter: 1)
        answerReceipt(store, of: order)
        store.finish()
    }
}
