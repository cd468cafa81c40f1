/// The dialog over the main screen, if any; while one is open, keys go to it.
public enum Modal: Sendable, Equatable {
    /// How many of a product to add.
    case quantity(QuantityEntry)
    /// "Clear the basket?" — yes or no.
    case clearConfirmation
    /// The complete confirmation: type, fees, what is paid or received, the lock; drawn live from the state.
    case confirmation
    /// The delivery's shipping address, asked before the confirmation.
    case address(AddressForm)
    /// A completed order's receipt.
    case receipt(ReceiptView)
    /// The order list; its contents live in `AppState.orders`.
    case orders
    /// The customers used before; its contents live in `AppState.knownCustomers`.
    case customers
    /// Create or edit a customer.
    case customerForm(CustomerForm)
    /// "Remove this customer?" — yes or no.
    case customerRemoval(KnownCustomer)
    /// The HTTP inspector; its contents live in `AppState.inspector`.
    case inspector
    /// The sandbox's faults and scenarios; the plan lives in `AppState.faults`.
    case faults
    /// The embedded webview; its contents live in `AppState.webview`.
    case webview
    /// The message log, newest first, scrolled `offset` entries down; the log lives in `AppState.messages`.
    case messages(offset: Int)
}

extension Modal {
    /// The message log's scroll offset, nil for every other modal.
    public var messagesOffset: Int? {
        if case .messages(let offset) = self { return offset }
        return nil
    }
}

/// Which key table is in force, from the state.
public enum InputMode: Sendable, Equatable, CaseIterable {
    case main, help, quantity, clearConfirmation, confirmation, address, receipt, orders, customers, customerForm, customerRemoval
    case inspector, inspectorFilter, exchangeDetail, exchangeSearch, faults, messages, customerLookup
    case webview, webviewConfirmation
}

extension AppState {
    /// The key table in force: help over everything, else the open modal's, else the main screen's.
    public var inputMode: InputMode {
        if showsHelp { return .help }
        switch modal {
        case nil: return .main
        case .quantity: return .quantity
        case .clearConfirmation: return .clearConfirmation
        case .confirmation: return .confirmation
        case .address: return .address
        case .receipt: return .receipt
        case .orders: return .orders
        case .customers: return roster.lookup == nil ? .customers : .customerLookup
        case .customerForm: return .customerForm
        case .customerRemoval: return .customerRemoval
        case .inspector:
            if inspector.editingFilter { return .inspectorFilter }
            if inspector.detailId != nil { return inspector.editingSearch ? .exchangeSearch : .exchangeDetail }
            return .inspector
        case .faults: return .faults
        case .webview: return webview.confirming ? .webviewConfirmation : .webview
        case .messages: return .messages
        }
    }
}
