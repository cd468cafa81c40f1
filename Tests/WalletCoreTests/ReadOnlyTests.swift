import Foundation
import MintedAPI
import MintedTesting
import Testing
@testable import WalletCore

/// `--readonly`, exhaustively: every action, from every modal, lets only reads out of the reducer.
struct ReadOnlyTests {
    /// Every case of `AppAction`, without its payload. `kind(of:)` and `sample(_:)` switch with no `default`, so a new
    /// action does not compile until this test has a sample of it.
    enum Kind: CaseIterable {
        case started, ticked, viewportChanged, receiptLoaded, invoiceLoaded, focusAdvanced, focusRetreated, paneChosen
        case selectionMoved, focusedRowChosen, refreshRequested, privacyToggled, themeCycled, helpToggled, messagesOpened, quitRequested, modalConfirmed
        case modalDismissed, characterTyped, characterDeleted, textErased, addressSentAnyway, fieldMoved, caretMoved, playbackAdvanced, orders, market, invoiceRequested, receiptCopyRequested, inspector
        case screenDumpRequested, reportWritten, faults, webview
        case basketLoaded, basketMoved, basketAddRequested, basketQuantityEntered, basketQuantityStepped
        case basketLineRemovalRequested, basketClearRequested, basketClearConfirmed, basketTypeChosen
        case basketCompletionRequested, basketAddressGiven, basketCompletionConfirmed, basketCompletionAnswered
        case customersLoaded, customersCreated, customersUpdated, customersRemoved, customersBookLoaded
        case customersBookSaveFailed, customersListRequested, customersMoved, customersChosen
        case customersCreationRequested, customersEditRequested, customersRemovalRequested, customersRemovalConfirmed
        case customersFormSubmitted, customersLookupStarted, customersLookupTyped, customersLookupErased
        case customersLookupSubmitted, customersLookupCancelled
    }

    static func kind(of action: AppAction) -> Kind {
        switch action {
        case .started: .started
        case .ticked: .ticked
        case .viewportChanged: .viewportChanged
        case .basket(.loaded): .basketLoaded
        case .basket(.moved): .basketMoved
        case .basket(.addRequested): .basketAddRequested
        case .basket(.quantityEntered): .basketQuantityEntered
        case .basket(.quantityStepped): .basketQuantityStepped
        case .basket(.lineRemovalRequested): .basketLineRemovalRequested
        case .basket(.clearRequested): .basketClearRequested
        case .basket(.clearConfirmed): .basketClearConfirmed
        case .basket(.typeChosen): .basketTypeChosen
        case .basket(.completionRequested): .basketCompletionRequested
        case .basket(.addressGiven): .basketAddressGiven
        case .basket(.completionConfirmed): .basketCompletionConfirmed
        case .basket(.completionAnswered): .basketCompletionAnswered
        case .customers(.loaded): .customersLoaded
        case .customers(.created): .customersCreated
        case .customers(.updated): .customersUpdated
        case .customers(.removed): .customersRemoved
        case .customers(.bookLoaded): .customersBookLoaded
        case .customers(.bookSaveFailed): .customersBookSaveFailed
        case .customers(.listRequested): .customersListRequested
        case .customers(.moved): .customersMoved
        case .customers(.chosen): .customersChosen
        case .customers(.creationRequested): .customersCreationRequested
        case .customers(.editRequested): .customersEditRequested
        case .customers(.removalRequested): .customersRemovalRequested
        case .customers(.removalConfirmed): .customersRemovalConfirmed
        case .customers(.formSubmitted): .customersFormSubmitted
        case .customers(.lookupStarted): .customersLookupStarted
        case .customers(.lookupTyped): .customersLookupTyped
        case .customers(.lookupErased): .customersLookupErased
        case .customers(.lookupSubmitted): .customersLookupSubmitted
        case .customers(.lookupCancelled): .customersLookupCancelled
        case .receiptLoaded: .receiptLoaded
        case .invoiceLoaded: .invoiceLoaded
        case .focusAdvanced: .focusAdvanced
        case .focusRetreated: .focusRetreated
        case .paneChosen: .paneChosen
        case .selectionMoved: .selectionMoved
        case .focusedRowChosen: .focusedRowChosen
        case .refreshRequested: .refreshRequested
        case .privacyToggled: .privacyToggled
        case .themeCycled: .themeCycled
        case .helpToggled: .helpToggled
        case .messagesOpened: .messagesOpened
        case .quitRequested: .quitRequested
        case .modalConfirmed: .modalConfirmed
        case .modalDismissed: .modalDismissed
        case .characterTyped: .characterTyped
        case .characterDeleted: .characterDeleted
        case .textErased: .textErased
        case .addressSentAnyway: .addressSentAnyway
        case .fieldMoved: .fieldMoved
        case .caretMoved: .caretMoved
        case .playbackAdvanced: .playbackAdvanced
        case .orders: .orders
        case .market: .market
        case .invoiceRequested: .invoiceRequested
        case .receiptCopyRequested: .receiptCopyRequested
        case .inspector: .inspector
        case .screenDumpRequested: .screenDumpRequested
        case .reportWritten: .reportWritten
        case .faults: .faults
        case .webview: .webview
        }
    }

    static let start = Samples.start
    static let failure = APIError.server(status: 500, message: "down")

    static func sample(_ kind: Kind) -> AppAction {
        let basket = Samples.basket(lockedUntil: start.addingTimeInterval(240))
        switch kind {
        case .started: return .started
        case .ticked: return .ticked(start.addingTimeInterval(300))
        case .viewportChanged: return .viewportChanged(columns: 120, rows: 40)
        case .basketLoaded: return .basket(.loaded(generation: 0, .success(basket)))
        case .basketMoved: return .basket(.moved(by: 1))
        case .basketAddRequested: return .basket(.addRequested)
        case .basketQuantityEntered: return .basket(.quantityEntered(sku: Samples.goldBar.sku, qty: 2))
        case .basketQuantityStepped: return .basket(.quantityStepped(by: 1))
        case .basketLineRemovalRequested: return .basket(.lineRemovalRequested)
        case .basketClearRequested: return .basket(.clearRequested)
        case .basketClearConfirmed: return .basket(.clearConfirmed)
        case .basketTypeChosen: return .basket(.typeChosen(.sell))
        case .basketCompletionRequested: return .basket(.completionRequested)
        case .basketAddressGiven: return .basket(.addressGiven)
        case .basketCompletionConfirmed: return .basket(.completionConfirmed)
        case .basketCompletionAnswered: return .basket(.completionAnswered(.success(Samples.order())))
        case .customersLoaded: return .customers(.loaded(id: Samples.customerId, .success(Samples.customer)))
        case .customersCreated: return .customers(.created(.success(Samples.newCustomer)))
        case .customersUpdated: return .customers(.updated(id: Samples.customerId, .success(Samples.customer)))
        case .customersRemoved: return .customers(.removed(id: "qa-ayse-001", nil))
        case .customersBookLoaded: return .customers(.bookLoaded(.success(CustomerBook(customers: Samples.knownCustomers))))
        case .customersBookSaveFailed: return .customers(.bookSaveFailed("disk full"))
        case .customersListRequested: return .customers(.listRequested)
        case .customersMoved: return .customers(.moved(by: 1))
        case .customersChosen: return .customers(.chosen)
        case .customersCreationRequested: return .customers(.creationRequested)
        case .customersEditRequested: return .customers(.editRequested)
        case .customersRemovalRequested: return .customers(.removalRequested)
        case .customersRemovalConfirmed: return .customers(.removalConfirmed(Samples.knownCustomers[1]))
        case .customersFormSubmitted: return .customers(.formSubmitted(CustomerForm(purpose: .create, customer: Samples.newCustomer)))
        case .customersLookupStarted: return .customers(.lookupStarted)
        case .customersLookupTyped: return .customers(.lookupTyped("a"))
        case .customersLookupErased: return .customers(.lookupErased(.word))
        case .customersLookupSubmitted: return .customers(.lookupSubmitted)
        case .customersLookupCancelled: return .customers(.lookupCancelled)
        case .receiptLoaded: return .receiptLoaded(guid: "g", .failure(failure))
        case .invoiceLoaded: return .invoiceLoaded(orderId: "1", .success(Invoice(guid: "g", orderCode: "c")))
        case .focusAdvanced: return .focusAdvanced
        case .focusRetreated: return .focusRetreated
        case .paneChosen: return .paneChosen(.basket)
        case .selectionMoved: return .selectionMoved(by: 1)
        case .focusedRowChosen: return .focusedRowChosen
        case .refreshRequested: return .refreshRequested
        case .privacyToggled: return .privacyToggled
        case .themeCycled: return .themeCycled
        case .helpToggled: return .helpToggled
        case .messagesOpened: return .messagesOpened
        case .quitRequested: return .quitRequested
        case .modalConfirmed: return .modalConfirmed
        case .modalDismissed: return .modalDismissed
        case .characterTyped: return .characterTyped("7")
        case .characterDeleted: return .characterDeleted
        case .textErased: return .textErased(.word)
        case .addressSentAnyway: return .addressSentAnyway
        case .fieldMoved: return .fieldMoved(by: 1)
        case .caretMoved: return .caretMoved(.home)
        case .playbackAdvanced: return .playbackAdvanced(step: "a step", key: "a")
        case .orders: return .orders(.typeToggled(.sell))
        case .market: return .market(.ratesLoaded(.success([Samples.goldRate])))
        case .invoiceRequested: return .invoiceRequested
        case .receiptCopyRequested: return .receiptCopyRequested
        case .inspector: return .inspector(.copyRequested)
        case .screenDumpRequested: return .screenDumpRequested
        case .reportWritten: return .reportWritten(.screenDump, .success("/tmp/dump.txt"))
        case .faults: return .faults(.adjusted(by: 1))
        case .webview: return .webview(.scenarioRequested)
        }
    }

    /// A live session with an expired lock (a tick would re-price), a known customer list, and `modal` open.
    static func state(readOnly: Bool, modal: Modal?) -> AppState {
        var state = Samples.liveState()
        state.checkout.basket = Samples.basket(lockedUntil: start.addingTimeInterval(20))
        state.roster.customers = Samples.knownCustomers
        state.roster.selection = 1
        state.faults = FaultPlan()
        state.readOnly = readOnly
        state.modal = modal
        return state
    }

    static let modals: [Modal?] = [
        nil, .quantity(QuantityEntry(sku: Samples.goldBar.sku, productName: Samples.goldBar.name)), .clearConfirmation, .confirmation,
        .address(AddressForm(address: Samples.address)), .receipt(ReceiptView(receipt: Receipt(order: Samples.order()), returnsToOrders: false)),
        .orders, .customers, .customerForm(CustomerForm(purpose: .create, customer: Samples.newCustomer)),
        .customerRemoval(Samples.knownCustomers[1]), .inspector, .faults, .webview,
    ]

    @Test func everyKindHasASampleOfItsOwn() {
        for kind in Kind.allCases { #expect(Self.kind(of: Self.sample(kind)) == kind) }
    }

    @Test(arguments: Kind.allCases)
    func underReadOnlyOnlyReadsLeaveTheReducer(_ kind: Kind) {
        let action = Self.sample(kind)
        var writesWithoutReadOnly = 0
        for modal in Self.modals {
            var state = Self.state(readOnly: true, modal: modal)
            let effect = AppReducer.reduce(into: &state, action: action)
            let writes = effect.calls.filter(\.isWrite)
            #expect(writes.isEmpty, "\(action) from \(String(describing: modal)) sent \(writes)")
            if action.changesAnything {
                #expect(effect == .none, "\(action) is a change: refused outright")
                #expect(state.notice == AppReducer.readOnlyNotice)
            }
            var open = Self.state(readOnly: false, modal: modal)
            writesWithoutReadOnly += AppReducer.reduce(into: &open, action: action).calls.filter(\.isWrite).count
            // The sample's lock has ended; a completion writes only while it holds.
            var live = Self.state(readOnly: false, modal: modal)
            live.checkout.basket = Samples.basket(lockedUntil: Self.start.addingTimeInterval(240))
            writesWithoutReadOnly += AppReducer.reduce(into: &live, action: action).calls.filter(\.isWrite).count
        }
        // Each change this test refuses is one the reducer would otherwise send (or open a dialog for), so the check
        // above can fail.
        if action.changesAnything && !Self.opensADialog.contains(kind) {
            #expect(writesWithoutReadOnly > 0, "\(action) never writes: is it a change?")
        }
    }

    /// Changes that first open a dialog; its `modalConfirmed` sends the write.
    static let opensADialog: Set<Kind> = [.focusedRowChosen, .basketAddRequested, .basketClearRequested, .basketCompletionRequested, .basketAddressGiven,
                                          .customersCreationRequested, .customersEditRequested, .customersRemovalRequested]

    @Test func aConfirmationThatWouldWriteIsRefusedAndTheStateKept() {
        var state = Self.state(readOnly: true, modal: .confirmation)
        state.checkout.basket = Samples.basket(lockedUntil: Self.start.addingTimeInterval(240))
        let before = state
        #expect(AppReducer.reduce(into: &state, action: .modalConfirmed) == .none)
        var expected = before
        expected.notice = AppReducer.readOnlyNotice
        #expect(state == expected)
        var open = before
        open.readOnly = false
        let calls = AppReducer.reduce(into: &open, action: .modalConfirmed).calls
        #expect(calls.contains { $0.isWrite })
    }
}
