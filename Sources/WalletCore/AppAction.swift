import Foundation
import MintedAPI

/// What a written report holds.
public enum ReportKind: String, Sendable, Equatable {
    case screenDump = "screen dump"
    case exchange = "exchange"
}

/// Everything that can happen to the app, named as past events.
public enum AppAction: Sendable, Equatable {
    // Lifecycle and time
    case started
    case ticked(Date)
    case viewportChanged(columns: Int, rows: Int)

    // Answers from the API
    /// Get Customer of `id` (the current customer, or one opened for editing).
    case customerLoaded(id: String, Result<Customer, APIError>)
    case basketLoaded(generation: Int, Result<Basket?, APIError>)
    case completionAnswered(Result<Basket, APIError>)
    case receiptLoaded(guid: String, Result<Receipt, APIError>)
    /// Get Order Invoice of `orderId`, asked for from a receipt.
    case invoiceLoaded(orderId: String, Result<Invoice, APIError>)
    case customerCreated(Result<Customer, APIError>)
    case customerUpdated(id: String, Result<Customer, APIError>)
    /// Remove Customer answered: nil on success.
    case customerRemoved(id: String, APIError?)

    // The customer book on disk
    case customerBookLoaded(Result<CustomerBook, CustomerBookError>)
    case customerBookSaveFailed(String)

    // The person, on the main screen
    case focusAdvanced
    case focusRetreated
    case paneChosen(Pane)
    case selectionMoved(by: Int)
    case addRequested
    case quantityStepped(by: Int)
    case lineRemovalRequested
    case clearRequested
    case basketTypeChosen(BasketType)
    case completionRequested
    case customersRequested
    case refreshRequested
    case privacyToggled
    case themeCycled
    case helpToggled
    case quitRequested

    // The person, in a modal
    case modalConfirmed
    case modalDismissed
    case characterTyped(Character)
    case characterDeleted
    case fieldMoved(by: Int)
    /// `v` in a receipt: fetch the order's invoice.
    case invoiceRequested
    case customerCreationRequested
    case customerEditRequested
    case customerRemovalRequested

    // The HTTP inspector, fault panel and reports
    /// The HTTP inspector's own actions (`InspectorFeature`).
    case inspector(InspectorAction)
    /// `Ctrl-S`: the screen as text and the last 50 exchanges, to a file.
    case screenDumpRequested
    /// A report was written (or not): the path, for the footer.
    case reportWritten(ReportKind, Result<String, ReportError>)
    /// The market panes: products, wallet, rates, chart (`MarketFeature`).
    case market(MarketAction)
    /// The order list (`OrdersFeature`).
    case orders(OrdersAction)
    /// The sandbox's fault panel and scenarios (`FaultsFeature`).
    case faults(FaultsAction)

    /// True for answers from the API (as opposed to keys, time and files). Every case is decided here: no `default`.
    public var isAnswer: Bool {
        switch self {
        case .customerLoaded, .basketLoaded, .completionAnswered, .receiptLoaded, .invoiceLoaded, .customerCreated, .customerUpdated, .customerRemoved:
            true
        case .faults(let action):
            action.isAnswer
        case .orders(let action):
            action.isAnswer
        case .market(let action):
            action.isAnswer
        case .started, .ticked, .viewportChanged, .customerBookLoaded, .customerBookSaveFailed, .focusAdvanced,
             .focusRetreated, .paneChosen, .selectionMoved, .addRequested, .quantityStepped, .lineRemovalRequested, .clearRequested,
             .basketTypeChosen, .completionRequested, .customersRequested, .refreshRequested,
             .privacyToggled, .themeCycled, .helpToggled, .quitRequested, .modalConfirmed, .modalDismissed, .characterTyped,
             .characterDeleted, .fieldMoved, .invoiceRequested, .customerCreationRequested, .customerEditRequested, .customerRemovalRequested,
             .inspector, .screenDumpRequested, .reportWritten:
            false
        }
    }

    /// True for the person's actions that change something on the server; `--readonly` refuses them. Every case is
    /// decided here (no `default`), so a new action cannot slip past `--readonly` without someone choosing.
    public var changesAnything: Bool {
        switch self {
        case .addRequested, .quantityStepped, .lineRemovalRequested, .clearRequested, .completionRequested,
             .customerCreationRequested, .customerEditRequested, .customerRemovalRequested:
            true
        case .inspector(let action):
            action.changesAnything
        case .faults(let action):
            action.changesAnything
        case .orders, .market:
            false
        // Reads, navigation and answers. `modalConfirmed` confirms only what an action above opened; should one
        // still lead to a write, the reducer's effect check refuses it (`AppReducer.reduce`).
        case .started, .ticked, .viewportChanged, .customerLoaded, .basketLoaded,
             .completionAnswered, .receiptLoaded, .invoiceLoaded, .customerCreated,
             .customerUpdated, .customerRemoved, .customerBookLoaded, .customerBookSaveFailed,
             .focusAdvanced, .focusRetreated, .paneChosen, .selectionMoved, .basketTypeChosen,
             .customersRequested, .refreshRequested, .privacyToggled, .themeCycled, .helpToggled, .quitRequested,
             .modalConfirmed, .modalDismissed, .characterTyped, .characterDeleted, .fieldMoved, .invoiceRequested,
             .screenDumpRequested, .reportWritten:
            false
        }
    }
}
