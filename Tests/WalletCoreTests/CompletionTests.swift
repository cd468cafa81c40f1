import Foundation
import MintedAPI
import MintedTesting
import Testing
@testable import WalletCore

/// Completing a basket: every refusal, exactly one complete call, the refresh and the receipt.
struct CompletionTests {
    let start = Samples.start
    let token = "SKTHzfR4HnKXmcM4XeHfFRUPq6n3jJGL"

    /// A buy basket with 200 s on the lock, on a roomy terminal.
    var state: AppState {
        var state = AppState(connection: .sandbox, customerId: Samples.customerId, now: start)
        state.checkout.basket = Samples.basket(lockedUntil: start.addingTimeInterval(200))
        state.viewport = Viewport(columns: 120, rows: 40)
        return state
    }

    @Test func cOpensTheConfirmationAndEnterSendsOneComplete() {
        var state = state
        #expect(AppReducer.reduce(into: &state, action: .basket(.completionRequested)) == .none)
        #expect(state.modal == .confirmation)
        let effect = AppReducer.reduce(into: &state, action: .modalConfirmed)
        #expect(effect == .call(.complete(.buy, customer: Samples.customerId, cartToken: token, shippingAddress: nil), generation: 0))
        #expect(state.checkout.completing)
    }

    @Test func aSecondCompleteIsImpossibleWhileTheFirstIsInFlight() {
        let store = TestStore(state: state)
        let complete = APICall.complete(.buy, customer: Samples.customerId, cartToken: token, shippingAddress: nil)
        let refused = Notice(.error, "complete refused: already completing — waiting for the answer")
        store.send(.basket(.completionRequested)) { $0.modal = .confirmation }
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
        store.send(.basket(.completionRequested))
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
    }

    @Test func refusedWhileTheLockHasExpired() {
        var state = state
        _ = AppReducer.reduce(into: &state, action: .ticked(start.addingTimeInterval(200)))
        #expect(AppReducer.reduce(into: &state, action: .basket(.completionRequested)) == .none)
        #expect(state.modal == nil)
        #expect(state.notice?.text.contains("lock has expired") == true)
    }

    @Test func refusedAtEnterWhenTheLockExpiredWhileTheConfirmationWasOpen() {
        var state = state
        _ = AppReducer.reduce(into: &state, action: .basket(.completionRequested))
        _ = AppReducer.reduce(into: &state, action: .ticked(start.addingTimeInterval(201)))
        #expect(AppReducer.reduce(into: &state, action: .modalConfirmed) == .none)
        #expect(!state.checkout.completing)
        #expect(state.modal == .confirmation)
        #expect(state.notice?.text.contains("lock has expired") == true)
    }

    @Test func refusedWhileABasketRequestIsInFlight() {
        var state = state
        state.callSent(.updateItem(customer: Samples.customerId, cartToken: token, sku: "MNTBAE0001", qty: 4))  // as the store counts it
        #expect(AppReducer.reduce(into: &state, action: .basket(.completionRequested)) == .none)
        #expect(state.modal == nil)
        #expect(state.notice?.text.contains("in flight") == true)
    }

    @Test func refusedWhileTheTerminalIsTooSmallForTheConfirmation() {
        var state = state
        state.viewport = Viewport(columns: 59, rows: 40)
        #expect(AppReducer.reduce(into: &state, action: .basket(.completionRequested)) == .none)
        #expect(state.notice?.text.contains("too small") == true)
        state.viewport = Viewport(columns: 80, rows: 15)
        _ = AppReducer.reduce(into: &state, action: .basket(.completionRequested))
        #expect(state.modal == nil)
        state.viewport = Viewport(columns: 80, rows: 24)
        _ = AppReducer.reduce(into: &state, action: .basket(.completionRequested))
        #expect(state.modal == .confirmation)
        _ = AppReducer.reduce(into: &state, action: .viewportChanged(columns: 60, rows: 12))
        #expect(AppReducer.reduce(into: &state, action: .modalConfirmed) == .none, "shrunk after opening")
        #expect(!state.checkout.completing)
    }

    @Test func completionRefreshesWalletAndBasketAndOpensTheReceipt() {
        var state = state
        _ = AppReducer.reduce(into: &state, action: .basket(.completionRequested))
        _ = AppReducer.reduce(into: &state, action: .modalConfirmed)
        let order = Samples.order()
        let effect = AppReducer.reduce(into: &state, action: .basket(.completionAnswered(.success(order))))
        #expect(effect == .batch([
            .call(.balance(customer: Samples.customerId), generation: 0),
            .call(.activeBasket(customer: Samples.customerId, type: .buy), generation: 0),
            .call(.receipt(customer: Samples.customerId, guid: order.guid!), generation: 0),
        ]))
        #expect(!state.checkout.completing)
        #expect(state.modal == .receipt(ReceiptView(receipt: Receipt(order: order), returnsToOrders: false)))
        var server = Receipt(order: order)
        server.orderId = "ORD-42"
        _ = AppReducer.reduce(into: &state, action: .receiptLoaded(guid: order.guid!, .success(server)))
        #expect(state.modal == .receipt(ReceiptView(receipt: server, returnsToOrders: false, isFromServer: true)))
        _ = AppReducer.reduce(into: &state, action: .modalDismissed)
        #expect(state.modal == nil)
    }

    @Test func aRefusedCompleteClosesTheConfirmationAndRepricesOnConflict() {
        var state = state
        _ = AppReducer.reduce(into: &state, action: .basket(.completionRequested))
        _ = AppReducer.reduce(into: &state, action: .modalConfirmed)
        let effect = AppReducer.reduce(into: &state, action: .basket(.completionAnswered(.failure(.conflict(message: "price lock expired")))))
        #expect(effect == .call(.updateItem(customer: Samples.customerId, cartToken: "SKTHzfR4HnKXmcM4XeHfFRUPq6n3jJGL", sku: "MNTBAE0001", qty: 3), generation: 0))
        #expect(!state.checkout.completing)
        #expect(state.modal == nil)
        #expect(state.notice == Notice(.error, "complete: 409 price lock expired"))
    }

    @Test func deliveryAsksForAValidAddressFirstAndRemembersIt() {
        var state = state
        _ = AppReducer.reduce(into: &state, action: .basket(.typeChosen(.delivery)))
        var delivery = Samples.basket(lockedUntil: start.addingTimeInterval(200), quantity: 1)
        delivery.type = "delivery"
        _ = AppReducer.reduce(into: &state, action: .basket(.loaded(generation: 1, .success(delivery))))
        _ = AppReducer.reduce(into: &state, action: .basket(.completionRequested))
        guard case .address(let empty) = state.modal else { Issue.record("no address form"); return }
        #expect(empty.focus == .fullname)

        // Enter on the empty form: every required field is named, focus goes to the first.
        _ = AppReducer.reduce(into: &state, action: .modalConfirmed)
        guard case .address(let checked) = state.modal else { Issue.record("the form closed"); return }
        #expect(Set(checked.problems.keys) == [.fullname, .phone, .city, .address])
        #expect(checked.focus == .fullname)

        for character in "Brant Ankunding" { _ = AppReducer.reduce(into: &state, action: .characterTyped(character)) }
        _ = AppReducer.reduce(into: &state, action: .fieldMoved(by: 1))
        for character in "+90 5111" { _ = AppReducer.reduce(into: &state, action: .characterTyped(character)) }
        _ = AppReducer.reduce(into: &state, action: .fieldMoved(by: 1))
        for character in "İstanbul" { _ = AppReducer.reduce(into: &state, action: .characterTyped(character)) }
        _ = AppReducer.reduce(into: &state, action: .fieldMoved(by: 2))
        for character in "Moda Cd. 12" { _ = AppReducer.reduce(into: &state, action: .characterTyped(character)) }
        _ = AppReducer.reduce(into: &state, action: .modalConfirmed)
        guard case .address(let badPhone) = state.modal else { Issue.record("a bad phone passed"); return }
        #expect(badPhone.problems == [.phone: "phone must be + and 10–15 digits"])
        #expect(badPhone.focus == .phone)

        for _ in 0..<8 { _ = AppReducer.reduce(into: &state, action: .characterDeleted) }
        for character in "+905111111111" { _ = AppReducer.reduce(into: &state, action: .characterTyped(character)) }
        _ = AppReducer.reduce(into: &state, action: .modalConfirmed)
        #expect(state.modal == .confirmation)
        let remembered = Address(fullname: "Brant Ankunding", phone: "+905111111111", city: "İstanbul", address: "Moda Cd. 12")
        #expect(state.roster.addresses[Samples.customerId] == remembered)
        let effect = AppReducer.reduce(into: &state, action: .modalConfirmed)
        #expect(effect == .call(.complete(.delivery, customer: Samples.customerId, cartToken: token, shippingAddress: remembered), generation: 1))

        // Next time the form opens filled in.
        _ = AppReducer.reduce(into: &state, action: .basket(.completionAnswered(.success(Samples.order(type: .delivery)))))
        state.checkout.basket = delivery
        state.checkout.requestsInFlight = 0
        _ = AppReducer.reduce(into: &state, action: .basket(.completionRequested))
        #expect(state.modal == .address(AddressForm(address: remembered)))
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
        var state = state
        _ = AppReducer.reduce(into: &state, action: .basket(.typeChosen(.delivery)))
        state.checkout.basket = Samples.basket(lockedUntil: start.addingTimeInterval(200), quantity: 1)
        state.checkout.requestsInFlight = 0
        state.requestsInFlight = 0
        state.roster.addresses[Samples.customerId] = Samples.address
        state.modal = .confirmation
        _ = AppReducer.reduce(into: &state, action: .modalConfirmed)
        let error = APIError.validation(message: "The given data was invalid.", fields: ["shipping_address.city": ["The city is not served."]])
        _ = AppReducer.reduce(into: &state, action: .basket(.completionAnswered(.failure(error))))
        guard case .address(let form) = state.modal else { Issue.record("no form"); return }
        #expect(form.problems == [.city: "The city is not served."])
        #expect(form.focus == .city)
    }
}
