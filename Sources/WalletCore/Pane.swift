/// The four panes of the main screen, in focus order.
public enum Pane: Int, Sendable, CaseIterable, Equatable {
    case products, basket, wallet, rates

    /// The pane after this one, wrapping around.
    public var next: Pane { Pane(rawValue: (rawValue + 1) % Pane.allCases.count)! }
    /// The pane before this one, wrapping around.
    public var previous: Pane { Pane(rawValue: (rawValue + Pane.allCases.count - 1) % Pane.allCases.count)! }
}
