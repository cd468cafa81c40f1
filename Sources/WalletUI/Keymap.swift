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

/// The one table that drives the keys, the help overlay and the footer hints.
public struct Keymap: Sendable, Equatable {
    public var bindings: [KeyBinding]

    public init(bindings: [KeyBinding]) { self.bindings = bindings }

    /// The action for `key`, if any.
    public func action(for key: Key) -> AppAction? {
        bindings.first { $0.keys.contains(key) }?.action
    }

    /// The footer's hints in table order.
    public var hints: [String] { bindings.compactMap(\.hint) }

    /// The walking skeleton's keys; see `design/experience.md`.
    public static let standard = Keymap(bindings: [
        KeyBinding([.character("?")], .helpToggled, hint: "? help", summary: "help (this overlay)"),
        KeyBinding([.character("a"), .enter], .addRequested, hint: "a add", summary: "add the selected product to the basket"),
        KeyBinding([.character("+"), .character("=")], .quantityStepped(by: 1), hint: "+/- qty", summary: "one more of the selected basket line"),
        KeyBinding([.character("-")], .quantityStepped(by: -1), summary: "one less of the selected basket line (0 removes it)"),
        KeyBinding([.tab], .focusAdvanced, hint: "Tab pane", summary: "focus the next pane"),
        KeyBinding([.backTab], .focusRetreated, summary: "focus the previous pane"),
        KeyBinding([.character("1")], .paneChosen(.products), summary: "products pane"),
        KeyBinding([.character("2")], .paneChosen(.basket), summary: "basket pane"),
        KeyBinding([.character("3")], .paneChosen(.wallet), summary: "wallet pane"),
        KeyBinding([.character("4")], .paneChosen(.rates), summary: "rates pane"),
        KeyBinding([.up, .character("k")], .selectionMoved(by: -1), hint: "↑↓ move", summary: "move up in the focused list"),
        KeyBinding([.down, .character("j")], .selectionMoved(by: 1), summary: "move down in the focused list"),
        KeyBinding([.pageUp], .selectionMoved(by: -10), summary: "ten up"),
        KeyBinding([.pageDown], .selectionMoved(by: 10), summary: "ten down"),
        KeyBinding([.character("[")], .rangeStepped(by: -1), hint: "[ ] range", summary: "shorter rate history range"),
        KeyBinding([.character("]")], .rangeStepped(by: 1), summary: "longer rate history range"),
        KeyBinding([.character("R"), .character("r")], .refreshRequested, hint: "r refresh", summary: "refresh everything"),
        KeyBinding([.character("q"), .control("c")], .quitRequested, hint: "q quit", summary: "quit (the terminal is restored)"),
    ])
}
