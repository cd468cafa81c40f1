import Foundation
import MintedAPI
import MintedTesting
import Testing
@testable import WalletCore

/// Customers (`u`): switching, the create / edit form, removal and the customer book, through the reducer alone.
struct CustomerReducerTests {
    let start = Samples.start
    let other = Samples.newCustomer.externalId

    /// A running session of the demo customer: basket, wallet and the customer list loaded, the book read.
    var session: AppState {
        var state = AppState(connection: .sandbox, customerId: Samples.customerId, now: start)
        state.customer = Samples.customer
        state.checkout.basket = Samples.basket(lockedUntil: start.addingTimeInterval(200))
        state.market.holdings = Samples.holdings
        state.market.holdingsLoaded = true
        state.roster.customers = Samples.knownCustomers
        state.roster.bookWritable = true
        return state
    }

    @Test func uListsTheCustomersWithTheCurrentOneSelected() {
        var state = session
        state.roster.customers = [Samples.knownCustomers[1], Samples.knownCustomers[0]]
        _ = AppReducer.reduce(into: &state, action: .customers(.listRequested))
        #expect(state.modal == .customers)
        #expect(state.inputMode == .customers)
        #expect(state.roster.selection == 1)
        _ = AppReducer.reduce(into: &state, action: .selectionMoved(by: -5))
        #expect(state.roster.selected?.externalId == other)
        _ = AppReducer.reduce(into: &state, action: .modalDismissed)
        #expect(state.modal == nil)
    }

    @Test func switchingReloadsTheNewCustomerAndDropsTheOldCustomersLateAnswers() {
        var state = session
        _ = AppReducer.reduce(into: &state, action: .customers(.listRequested))
        _ = AppReducer.reduce(into: &state, action: .selectionMoved(by: 1))
        let effect = AppReducer.reduce(into: &state, action: .modalConfirmed)
        #expect(effect == .batch([
            .cancelCalls(customer: Samples.customerId),
            .call(.customer(other), generation: 1),
            .call(.activeBasket(customer: other, type: .buy), generation: 1),
            .call(.balance(customer: other), generation: 1),
        ]))
        #expect(state.modal == nil)
        #expect(state.customerId == other)
        #expect(state.checkout.generation == 1)
        #expect(state.customer == nil && state.checkout.basket == nil && state.market.holdings.isEmpty && !state.market.holdingsLoaded)

        // The old customer's answers, arriving late (or cancelled), change nothing (the store ends their counts).
        let switched = state
        _ = AppReducer.reduce(into: &state, action: .customers(.loaded(id: Samples.customerId, .success(Samples.customer))))
        _ = AppReducer.reduce(into: &state, action: .basket(.loaded(generation: 0, .success(Samples.basket(lockedUntil: start)))))
        _ = AppReducer.reduce(into: &state, action: .market(.holdingsLoaded(customer: Samples.customerId, .success(Samples.holdings))))
        _ = AppReducer.reduce(into: &state, action: .market(.holdingsLoaded(customer: Samples.customerId, .failure(.cancelled))))
        #expect(state.customer == nil)
        #expect(state.checkout.basket == nil)
        #expect(state.market.holdings.isEmpty && !state.market.holdingsLoaded)
        #expect(state.notice == Notice(.info, "customer: Ayşe Yılmaz"), "a cancelled old call is no error")
        #expect(state == switched)

        // The new customer's answers land.
        _ = AppReducer.reduce(into: &state, action: .customers(.loaded(id: other, .success(Samples.newCustomer))))
        _ = AppReducer.reduce(into: &state, action: .basket(.loaded(generation: 1, .success(nil))))
        _ = AppReducer.reduce(into: &state, action: .market(.holdingsLoaded(customer: other, .success([]))))
        #expect(state.customer == Samples.newCustomer)
        #expect(state.market.holdingsLoaded && state.market.holdings.isEmpty)
    }

    @Test func switchingIsRefusedWhileACompleteIsInFlightAndEnterOnTheCurrentOneJustCloses() {
        var state = session
        state.checkout.completing = true
        state.roster.selection = 1
        state.modal = .customers
        #expect(AppReducer.reduce(into: &state, action: .modalConfirmed) == .none)
        #expect(state.customerId == Samples.customerId)
        #expect(state.notice?.kind == .error)
        state.checkout.completing = false
        state.roster.selection = 0
        #expect(AppReducer.reduce(into: &state, action: .modalConfirmed) == .none)
        #expect(state.modal == nil)
        #expect(state.checkout.generation == 0)
    }

    @Test func theCreateFormSendsOnePostAndThe422MessagesLandOnTheirFields() throws {
        var state = session
        state.modal = .customers
        _ = AppReducer.reduce(into: &state, action: .customers(.creationRequested))
        #expect(state.inputMode == .customerForm)
        for character in "qa-ayse-001" { _ = AppReducer.reduce(into: &state, action: .characterTyped(character)) }
        _ = AppReducer.reduce(into: &state, action: .fieldMoved(by: 1))
        for character in "Ay" { _ = AppReducer.reduce(into: &state, action: .characterTyped(character)) }
        _ = AppReducer.reduce(into: &state, action: .fieldMoved(by: 1))
        for character in "Yılmaz" { _ = AppReducer.reduce(into: &state, action: .characterTyped(character)) }
        _ = AppReducer.reduce(into: &state, action: .fieldMoved(by: 2))
        for character in "+905551112233" { _ = AppReducer.reduce(into: &state, action: .characterTyped(character)) }
        _ = AppReducer.reduce(into: &state, action: .fieldMoved(by: 1))
        for character in "12345678901" { _ = AppReducer.reduce(into: &state, action: .characterTyped(character)) }

        let effect = AppReducer.reduce(into: &state, action: .modalConfirmed)
        let profile = CustomerProfile(externalId: "qa-ayse-001", firstname: "Ay", lastname: "Yılmaz", phone: "+905551112233",
                                      identityNumber: "12345678901")
        #expect(effect == .call(.createCustomer(profile), generation: 0))
        guard case .customerForm(let saving) = state.modal else { Issue.record("the form closed"); return }
        #expect(saving.saving)
        #expect(AppReducer.reduce(into: &state, action: .modalConfirmed) == .none, "Enter again while saving sends nothing")

        let refusal = APIError.validation(message: "The given data was invalid.", fields: [
            "external_id": ["The external id has already been taken."],
            "firstname": ["The firstname field must be between 3 and 40 characters."],
        ])
        _ = AppReducer.reduce(into: &state, action: .customers(.created(.failure(refusal))))
        guard case .customerForm(let form) = state.modal else { Issue.record("the form closed on a 422"); return }
        #expect(form.problems == [
            .externalId: "The external id has already been taken.",
            .firstname: "The firstname field must be between 3 and 40 characters.",
        ])
        #expect(form.focus == .externalId)
        #expect(!form.saving)
        #expect(form[.lastname] == "Yılmaz", "what was typed stays")
        #expect(state.notice?.text.contains("422") == true)
        #expect(state.requestsInFlight == 0)

        // Fixing a field clears its message; the answer adds the customer and selects them in the list.
        _ = AppReducer.reduce(into: &state, action: .characterDeleted)
        guard case .customerForm(let fixed) = state.modal else { return }
        #expect(fixed.problems[.externalId] == nil)
        state.requestsInFlight = 1
        let created = Customer(externalId: "qa-ayse-002", firstname: "Ayşe", lastname: "Yılmaz", fullname: "Ayşe Yılmaz")
        let saved = AppReducer.reduce(into: &state, action: .customers(.created(.success(created))))
        #expect(state.modal == .customers)
        #expect(state.roster.selected == KnownCustomer(externalId: "qa-ayse-002", name: "Ayşe Yılmaz"))
        #expect(saved == .saveCustomerBook(CustomerBook(customers: state.roster.customers, addresses: [:])))
        #expect(state.customerId == Samples.customerId, "creating does not switch; Enter does")
    }

    @Test func missingRequiredFieldsAreNamedWithoutACall() {
        var state = session
        state.modal = .customerForm(CustomerForm(purpose: .create))
        #expect(AppReducer.reduce(into: &state, action: .modalConfirmed) == .none)
        guard case .customerForm(let form) = state.modal else { Issue.record("the form closed"); return }
        #expect(Set(form.problems.keys) == [.externalId, .firstname, .lastname, .phone, .identityNumber])
        #expect(state.requestsInFlight == 0)
        _ = AppReducer.reduce(into: &state, action: .modalDismissed)
        #expect(state.modal == .customers, "Esc goes back to the list")
    }

    @Test func editReadsTheCustomerAndPatchesOnlyWhatChanged() {
        var state = session
        state.modal = .customers
        state.roster.selection = 1
        let effect = AppReducer.reduce(into: &state, action: .customers(.editRequested))
        #expect(effect == .call(.customer(other), generation: 0))
        guard case .customerForm(let loading) = state.modal else { Issue.record("no form"); return }
        #expect(loading.loading)
        _ = AppReducer.reduce(into: &state, action: .customers(.loaded(id: other, .success(Samples.newCustomer))))
        guard case .customerForm(var form) = state.modal else { Issue.record("no form"); return }
        #expect(!form.loading)
        #expect(form[.email] == "ayse@example.com")
        #expect(form.focus == .firstname, "the external id cannot be edited")
        #expect(state.customer == Samples.customer, "another customer's read does not touch the current one")

        #expect(AppReducer.reduce(into: &state, action: .modalConfirmed) == .none)
        #expect(state.modal == .customers)
        #expect(state.notice == Notice(.info, "nothing changed"))

        form.focus = .lastname
        form[.lastname] = "Yıldız"
        state.modal = .customerForm(form)
        let patch = AppReducer.reduce(into: &state, action: .modalConfirmed)
        #expect(patch == .call(.updateCustomer(other, CustomerProfile(lastname: "Yıldız")), generation: 0))
        var updated = Samples.newCustomer
        updated.fullname = "Ayşe Yıldız"
        _ = AppReducer.reduce(into: &state, action: .customers(.updated(id: other, .success(updated))))
        #expect(state.modal == .customers)
        #expect(state.roster.customers[1].name == "Ayşe Yıldız")
    }

    @Test func editingTheCurrentCustomerUsesWhatIsShownAndUpdatesTheHeader() {
        var state = session
        state.modal = .customers
        #expect(AppReducer.reduce(into: &state, action: .customers(.editRequested)) == .none)
        guard case .customerForm(let form) = state.modal else { Issue.record("no form"); return }
        #expect(form.purpose == .edit(Samples.customerId))
        #expect(form[.firstname] == "Brant")
        var renamed = Samples.customer
        renamed.fullname = "Brant A. Ankunding"
        _ = AppReducer.reduce(into: &state, action: .customers(.updated(id: Samples.customerId, .success(renamed))))
        #expect(state.customer?.displayName == "Brant A. Ankunding")
    }

    @Test func removalAsksFirstAndNeverRemovesTheCurrentCustomer() {
        var state = session
        state.modal = .customers
        #expect(AppReducer.reduce(into: &state, action: .customers(.removalRequested)) == .none)
        #expect(state.modal == .customers)
        #expect(state.notice?.text.contains("in use") == true)

        state.roster.selection = 2
        _ = AppReducer.reduce(into: &state, action: .customers(.removalRequested))
        #expect(state.modal == .customerRemoval(KnownCustomer(externalId: "qa-002")))
        #expect(state.inputMode == .customerRemoval)
        #expect(AppReducer.reduce(into: &state, action: .modalDismissed) == .none, "n keeps them")
        #expect(state.modal == .customers)
        #expect(state.roster.customers.count == 3)

        _ = AppReducer.reduce(into: &state, action: .customers(.removalRequested))
        state.roster.addresses["qa-002"] = Samples.address
        let effect = AppReducer.reduce(into: &state, action: .modalConfirmed)
        #expect(effect == .call(.removeCustomer("qa-002"), generation: 0))
        #expect(state.modal == .customers)
        let saved = AppReducer.reduce(into: &state, action: .customers(.removed(id: "qa-002", nil)))
        #expect(state.roster.customers.map(\.externalId) == [Samples.customerId, other])
        #expect(state.roster.addresses["qa-002"] == nil)
        #expect(state.roster.selection == 1)
        #expect(saved == .saveCustomerBook(CustomerBook(customers: state.roster.customers, addresses: [:])))
        #expect(state.requestsInFlight == 0)
    }

    @Test func aFailedRemovalKeepsTheCustomerAndA404ForgetsThem() {
        var state = session
        _ = AppReducer.reduce(into: &state, action: .customers(.removed(id: other, .server(status: 500, message: "boom"))))
        #expect(state.roster.customers.count == 3)
        #expect(state.notice?.kind == .error)
        _ = AppReducer.reduce(into: &state, action: .customers(.removed(id: other, .notFound(message: "Customer not found."))))
        #expect(!state.roster.customers.contains { $0.externalId == other })
    }

    @Test func readOnlyRefusesCreateEditAndRemoveButStillSwitches() {
        var state = session
        state.readOnly = true
        state.modal = .customers
        for action in [AppAction.customers(.creationRequested), .customers(.editRequested), .customers(.removalRequested)] {
            #expect(AppReducer.reduce(into: &state, action: action) == .none)
            #expect(state.modal == .customers)
            #expect(state.notice?.text.hasPrefix("READ-ONLY") == true)
        }
        state.roster.selection = 1
        _ = AppReducer.reduce(into: &state, action: .modalConfirmed)
        #expect(state.customerId == other)
    }

    @Test func theBookIsReadAtStartMergedAndWrittenOnlyAfterARead() {
        var state = AppState(connection: .sandbox, customerId: Samples.customerId, now: start)
        let started = AppReducer.reduce(into: &state, action: .started)
        guard case .batch(let effects) = started else { Issue.record("no batch"); return }
        #expect(effects.last == .loadCustomerBook)
        #expect(state.roster.customers == [KnownCustomer(externalId: Samples.customerId)])
        #expect(!state.roster.bookWritable)
        // Nothing is written before the book was read.
        #expect(AppReducer.reduce(into: &state, action: .customers(.loaded(id: Samples.customerId, .success(Samples.customer)))) == .none)

        let onDisk = CustomerBook(customers: [KnownCustomer(externalId: other, name: "Ayşe Yılmaz")], addresses: [other: Samples.address])
        let merged = AppReducer.reduce(into: &state, action: .customers(.bookLoaded(.success(onDisk))))
        #expect(state.roster.customers == [KnownCustomer(externalId: other, name: "Ayşe Yılmaz"),
                                         KnownCustomer(externalId: Samples.customerId, name: "Brant Ankunding")])
        #expect(state.roster.addresses[other] == Samples.address)
        #expect(merged == .saveCustomerBook(CustomerBook(customers: state.roster.customers, addresses: [other: Samples.address])))

        // The last delivery address is remembered per customer through the same book.
        state.checkout.type = .delivery
        state.checkout.basket = Samples.basket(lockedUntil: start.addingTimeInterval(200))
        state.checkout.requestsInFlight = 0
        _ = AppReducer.reduce(into: &state, action: .basket(.completionRequested))
        guard case .address(var form) = state.modal else { Issue.record("no address form"); return }
        for field in AddressField.allCases { form[field] = AddressForm(address: Samples.address)[field] }
        state.modal = .address(form)
        let saved = AppReducer.reduce(into: &state, action: .modalConfirmed)
        #expect(state.modal == .confirmation)
        #expect(saved == .saveCustomerBook(CustomerBook(customers: state.roster.customers, addresses: state.roster.addresses)))
        #expect(state.roster.addresses[Samples.customerId] == AddressForm(address: Samples.address).address)
    }

    @Test func aDamagedBookIsReportedAndNeverWrittenOver() {
        var state = AppState(connection: .sandbox, customerId: Samples.customerId, now: start)
        _ = AppReducer.reduce(into: &state, action: .started)
        _ = AppReducer.reduce(into: &state, action: .customers(.bookLoaded(.failure(CustomerBookError(message: "customers.json is damaged")))))
        #expect(state.notice?.kind == .error)
        #expect(state.notice?.text.contains("customers.json is damaged") == true)
        #expect(AppReducer.reduce(into: &state, action: .customers(.created(.success(Samples.newCustomer)))) == .none)
        #expect(state.roster.customers.count == 2, "remembered for this session only")
    }
}
