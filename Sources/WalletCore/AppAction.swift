import Foundation
import MintedAPI

/// What a written report holds.
public enum ReportKind: String, Sendable, Equatable {
    case screenDump = "screen dump"
    case exchange = "exchange"
    /// Every exchange kept, as a HAR 1.2 file.
    case har = "HAR file"
    /// The theme `t` picked, kept in the config file.
    case theme = "theme choice"
}

/// Everything that can happen to the app, named as past events.
public enum AppAction: Sendable, Equatable {
    // Lifecycle and time
    case started
    case ticked(Date)
    case viewportChanged(columns: Int, rows: Int)

    // Answers from the API that belong to no feature
    /// Get Receipt of `guid`, asked for after a completion or from the order list.
    case receiptLoaded(guid: String, Result<Receipt, APIError>)
    /// Get Order Invoice of `orderId`, asked for from a receipt.
    case invoiceLoaded(orderId: String, Result<Invoice, APIError>)

    // The person, on the main screen
    case focusAdvanced
    case focusRetreated
    case paneChosen(Pane)
    case selectionMoved(by: Int)
    /// Enter on the main screen: what it means depends on the focused pane (products: add the selected one).
    case focusedRowChosen
    case refreshRequested
    case privacyToggled
    case themeCycled
    case helpToggled
    /// `m`: the message log.
    case messagesOpened
    case quitRequested

    // The person, in a modal
    case modalConfirmed
    case modalDismissed
    case characterTyped(Character)
    case characterDeleted
    /// `Ctrl-W` / `Ctrl-U` in a form: the focused field's last word, or all of it.
    case textErased(TextErase)
    /// `Ctrl-X` in the address form: on to the confirmation with the address as typed, even one minted would refuse,
    /// so that a QA tester sees the host's own 422.
    case addressSentAnyway
    case fieldMoved(by: Int)
    /// `--play`: the player pressed `key` (its label) during `step`; nil step: the playback ended.
    case playbackAdvanced(step: String?, key: String?)
    /// ← → Home End in a form's field.
    case caretMoved(CaretMove)
    /// `v` in a receipt: fetch the order's invoice.
    case invoiceRequested
    /// `y` in a receipt: copy it as text.
    case receiptCopyRequested

    /// The open basket: its keys, its answers, its completion (`BasketFeature`).
    case basket(BasketAction)
    /// The customer list, the customer forms and the customer book (`CustomersFeature`).
    case customers(CustomersAction)

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
    /// The embedded webview: token, basket, completion (`WebviewFeature`).
    case webview(WebviewAction)

    /// True for answers from the API (as opposed to keys, time and files). Every case is decided here: no `default`.
    public var isAnswer: Bool {
        switch self {
        case .receiptLoaded, .invoiceLoaded:
            true
        case .basket(let action):
            action.isAnswer
        case .customers(let action):
            action.isAnswer
        case .faults(let action):
            action.isAnswer
        case .webview(let action):
            action.isAnswer
        case .orders(let action):
            action.isAnswer
        case .market(let action):
            action.isAnswer
        case .inspector(let action):
            action.isAnswer
        case .started, .ticked, .viewportChanged, .focusAdvanced, .focusRetreated, .paneChosen, .selectionMoved,
             .focusedRowChosen, .refreshRequested, .privacyToggled, .themeCycled, .helpToggled, .messagesOpened, .quitRequested, .modalConfirmed,
             .modalDismissed,
             .characterTyped, .characterDeleted, .textErased, .addressSentAnyway, .fieldMoved, .caretMoved, .invoiceRequested, .receiptCopyRequested,
             .screenDumpRequested, .reportWritten, .playbackAdvanced:
            false
        }
    }

    /// True for the person's actions that change something on the server; `--readonly` refuses them. Every case is
    /// decided here (no `default`), so a new action cannot slip past `--readonly` without someone choosing.
    public var changesAnything: Bool {
        switch self {
        case .basket(let action):
            action.changesAnything
        case .customers(let action):
            action.changesAnything
        // In the products pane it opens the quantity dialog for an add.
        case .focusedRowChosen:
            true
        case .inspector(let action):
            action.changesAnything
        case .faults(let action):
            action.changesAnything
        case .webview(let action):
            action.changesAnything
        case .orders, .market:
            false
        // Reads, navigation and answers. `modalConfirmed` confirms only what an action above opened; should one
        // still lead to a write, the reducer's effect check refuses it (`AppReducer.reduce`).
        case .started, .ticked, .viewportChanged, .receiptLoaded, .invoiceLoaded, .focusAdvanced, .focusRetreated,
             .paneChosen, .selectionMoved, .refreshRequested, .privacyToggled, .themeCycled, .helpToggled, .messagesOpened, .quitRequested,
             .modalConfirmed, .modalDismissed, .characterTyped, .characterDeleted, .textErased, .addressSentAnyway, .fieldMoved, .caretMoved,
             .invoiceRequested, .receiptCopyRequested, .screenDumpRequested, .reportWritten, .playbackAdvanced:
            false
        }
    }
}
