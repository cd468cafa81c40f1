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
        case started, ticked, viewportChanged, customerLoaded, basketLoaded, completionAnswered
        case receiptLoaded, invoiceLoaded, customerCreated, customerUpdated, customerRemoved
        case customerBookLoaded, customerBookSaveFailed, focusAdvanced, focusRetreated, paneChosen
        case selectionMoved, addRequested, quantityStepped, lineRemovalRequested, clearRequested, basketTypeChosen
        case completionRequested, customersRequested, refreshRequested, privacyToggled
        case themeCycled, helpToggled, quitRequested, modalConfirmed, modalDismissed, characterTyped, characterDeleted
        case fieldMoved, orders, market
        case invoiceRequested, customerCreationRequested, customerEditRequested, customerRemovalRequested, inspector
        case screenDumpRequested, reportWritten, faults
    }

    static func kind(of action: AppAction) -> Kind {
        switch action {
        case .started: .started
        case .ticked: .ticked
        case .viewportChanged: .viewportChanged
        case .customerLoaded: .customerLoaded
        case .basketLoaded: .basketLoaded
        case .completionAnswered: .completionAnswered
        case .receiptLoaded: .receiptLoaded
        case .invoiceLoaded: .invoiceLoaded
        case .customerCreated: .customerCreated
        case .customerUpdated: .customerUpdated
        case .customerRemoved: .customerRemoved
        case .customerBookLoaded: .customerBookLoaded
        case .customerBookSaveFailed: .customerBookSaveFailed
        case .focusAdvanced: .focusAdvanced
        case .focusRetreated: .focusRetreated
        case .paneChosen: .paneChosen
        case .selectionMoved: .selectionMoved
        case .addRequested: .addRequested
        case .quantityStepped: .quantityStepped
        case .lineRemovalRequested: .lineRemovalRequested
        case .clearRequested: .clearRequested
        case .basketTypeChosen: .basketTypeChosen
        case .completionRequested: .completionRequested
        case .customersRequested: .customersRequested
        case .refreshRequested: .refreshRequested
        case .privacyToggled: .privacyToggled
        case .themeCycled: .themeCycled
        case .helpToggled: .helpToggled
        case .quitRequested: .quitRequested
        case .modalConfirmed: .modalConfirmed
        case .modalDismissed: .modalDismissed
        case .characterTyped: .characterTyped
        case .characterDeleted: .characterDeleted
        case .fieldMoved: .fieldMoved
        case .orders: .orders
        case .market: .market
        case .invoiceRequested: .invoiceRequested
        case .customerCreationRequested: .customerCreationRequested
        case .customerEditRequested: .customerEditRequested
        case .customerRemovalRequested: .customerRemovalRequested
        case .inspector: .inspector
        case .screenDumpRequested: .screenDumpRequested
        case .reportWritten: .reportWritten
        case .faults: .faults
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
        case .customerLoaded: return .customerLoaded(id: Samples.customerId, .success(Samples.customer))
        case .basketLoaded: return .basketLoaded(generation: 0, .success(basket))
        case .completionAnswered: return .completionAnswered(.success(Samples.order()))
        case .receiptLoaded: return .receiptLoaded(guid: "g", .failure(failure))
        case .invoiceLoaded: return .invoiceLoaded(orderId: "1", .success(Invoice(guid: "g", orderCode: "c")))
        case .customerCreated: return .customerCreated(.success(Samples.newCustomer))
        case .customerUpdated: return .customerUpdated(id: Samples.customerId, .success(Samples.customer))
        case .customerRemoved: return .customerRemoved(id: "qa-ayse-001", nil)
        case .customerBookLoaded: return .customerBookLoaded(.success(CustomerBook(customers: Samples.knownCustomers)))
        case .customerBookSaveFailed: return .customerBookSaveFailed("disk full")
        case .focusAdvanced: return .focusAdvanced
        case .focusRetreated: return .focusRetreated
        case .paneChosen: return .paneChosen(.basket)
        case .selectionMoved: return .selectionMoved(by: 1)
        case .addRequested: return .addRequested
        case .quantityStepped: return .quantityStepped(by: 1)
        case .lineRemovalRequested: return .lineRemovalRequested
        case .clearRequested: return .clearRequested
        case .basketTypeChosen: return .basketTypeChosen(.sell)
        case .completionRequested: return .completionRequested
        case .customersRequested: return .customersRequested
        case .refreshRequested: return .refreshRequested
        case .privacyToggled: return .privacyToggled
        case .themeCycled: return .themeCycled
        case .helpToggled: return .helpToggled
        case .quitRequested: return .quitRequested
        case .modalConfirmed: return .modalConfirmed
        case .modalDismissed: return .modalDismissed
        case .characterTyped: return .characterTyped("7")
        case .characterDeleted: return .characterDeleted
        case .fieldMoved: return .fieldMoved(by: 1)
        case .orders: return .orders(.typeToggled(.sell))
        case .market: return .market(.ratesLoaded(.success([Samples.goldRate])))
        case .invoiceRequested: return .invoiceRequested
        case .customerCreationRequested: return .customerCreationRequested
        case .customerEditRequested: return .customerEditRequested
        case .customerRemovalRequested: return .customerRemovalRequested
        case .inspector: return .inspector(.copyRequested)
        case .screenDumpRequested: return .screenDumpRequested
        case .reportWritten: return .reportWritten(.screenDump, .success("/tmp/dump.txt"))
        case .faults: return .faults(.adjusted(by: 1))
        }
    }

    /// A live session with an expired lock (a tick would re-price), a known customer list, and `modal` open.
    static func state(readOnly: Bool, modal: Modal?) -> AppState {
        var state = Samples.liveState()
        state.basket = Samples.basket(lockedUntil: start.addingTimeInterval(20))
        state.knownCustomers = Samples.knownCustomers
        state.customerSelection = 1
        state.faults = FaultPlan()
        state.readOnly = readOnly
        state.modal = modal
        return state
    }

    static let modals: [Modal?] = [
        nil, .quantity(QuantityEntry(sku: Samples.goldBar.sku, productName: Samples.goldBar.name)), .clearConfirmation, .confirmation,
        .address(AddressForm(address: Samples.address)), .receipt(ReceiptView(receipt: Receipt(order: Samples.order()), returnsToOrders: false)),
        .orders, .customers, .customerForm(CustomerForm(purpose: .create, customer: Samples.newCustomer)),
        .customerRemoval(Samples.knownCustomers[1]), .inspector, .faults,
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
        }
        // Each change this test refuses is one the reducer would otherwise send (or open a dialog for), so the check
        // above can fail.
        if action.changesAnything && !Self.opensADialog.contains(kind) {
            #expect(writesWithoutReadOnly > 0, "\(action) never writes: is it a change?")
        }
    }

    /// Changes that first open a dialog; its `modalConfirmed` sends the write.
    static let opensADialog: Set<Kind> = [.addRequested, .clearRequested, .completionRequested, .customerCreationRequested,
                                          .customerEditRequested, .customerRemovalRequested]

    @Test func aConfirmationThatWouldWriteIsRefusedAndTheStateKept() {
        var state = Self.state(readOnly: true, modal: .confirmation)
        state.basket = Samples.basket(lockedUntil: Self.start.addingTimeInterval(240))
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
