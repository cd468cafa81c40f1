import TerminalKit
import WalletCore

/// One key binding: the keys, what they do, and how help and the footer describe them.
public struct KeyBinding: Sendable, Equatable {
    public var keys: [Key]
    public var action: AppAction
    /// What the footer shows, for example `a add`; nil keeps it out of the footer.
    public var hint: String?
    /// What the help overlay shows.
    public var summary: String

    public init(_ keys: [Key], _ action: AppAction, hint: String? = nil, summary: String) {
        self.keys = keys
        self.action = action
        self.hint = hint
        self.summary = summary
    }

    /// The keys as the help overlay lists them: `Tab`, `↑ / k`.
    public var keyLabel: String { keys.map(\.label).joined(separator: " / ") }
}

/// The one table that drives the keys, the help overlay and the footer hints; one table per input mode.
public struct Keymap: Sendable, Equatable {
    public var title: String
    public var bindings: [KeyBinding]
    /// Printable characters no binding claims are typed into the focused field.
    public var acceptsText: Bool

    public init(title: String = "main screen", bindings: [KeyBinding], acceptsText: Bool = false) {
        self.title = title
        self.bindings = bindings
        self.acceptsText = acceptsText
    }

    /// The action for `key`, if any: a binding's, else typing when the table takes text.
    public func action(for key: Key) -> AppAction? {
        if let action = bindings.first(where: { $0.keys.contains(key) })?.action { return action }
        if acceptsText, case .character(let character) = key { return .characterTyped(character) }
        return nil
    }

    /// The footer's hints in table order; under `--readonly`, not those of keys that would be refused.
    public func hints(readOnly: Bool = false) -> [String] {
        bindings.filter { !(readOnly && $0.action.changesAnything) }.compactMap(\.hint)
    }

    /// The table in force in `mode`.
    public static func forMode(_ mode: InputMode) -> Keymap {
        switch mode {
        case .main: .standard
        case .help: .help
        case .quantity: .quantity
        case .clearConfirmation: .clearConfirmation
        case .confirmation: .confirmation
        case .address: .address
        case .receipt: .receipt
        case .orders: .orders
        case .customers: .customers
        case .customerForm: .customerForm
        case .customerRemoval: .customerRemoval
        case .inspector: .inspector
        case .inspectorFilter: .inspectorFilter
        case .exchangeDetail: .exchangeDetail
        case .exchangeSearch: .exchangeSearch
        case .faults: .faults
        case .messages: .messages
        case .customerLookup: .customerLookup
        case .webview: .webview
        case .webviewConfirmation: .webviewConfirmation
        }
    }
}
