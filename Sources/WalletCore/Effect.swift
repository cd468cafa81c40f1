/// Identifies a long-lived or delayed effect so that a newer one replaces it.
public enum EffectID: String, Sendable, Hashable {
    case ratePoll, ticker, productsRetry, holdingsRetry
}

/// What the reducer asks the outside world to do; the store runs it.
public indirect enum Effect: Sendable, Equatable {
    case none
    case batch([Effect])
    /// An API call tagged with the generation it belongs to; the answer comes back as an action.
    case call(APICall, generation: Int)
    /// Sends `action` after `delay` (plus jitter when asked), replacing any pending effect with the same id.
    case schedule(AppAction, after: Duration, jitter: Bool, id: EffectID)
    /// Sends `ticked(now)` every second until cancelled.
    case tick(every: Duration, id: EffectID)
    case cancel(EffectID)
    /// Cancels the calls in flight for `customer`'s session; their answers still arrive (as failures) and are dropped.
    case cancelCalls(customer: String)
    /// Reads the customer book; answered with `customerBookLoaded`.
    case loadCustomerBook
    /// Writes the customer book; a failure is answered with `customerBookSaveFailed`.
    case saveCustomerBook(CustomerBook)
    /// Puts `text` on the clipboard (OSC 52 through the terminal, so it works over SSH).
    case copy(String)
    /// Writes `contents` as `name` under the data directory's `folder`; answered with `reportWritten`.
    case writeReport(ReportKind, folder: String, name: String, contents: String)
    /// Writes the screen as text, with the state's last exchanges, as `name`; answered with `reportWritten`.
    case dumpScreen(name: String)
    /// Keeps `name` as the theme in the config file; a failure is answered with `reportWritten(.theme, …)`.
    case saveTheme(String)
    /// Opens `text` (exchange `id`'s request body) in the person's editor; answered with `inspector(.bodyEdited)`.
    case editBody(id: Int, text: String)
    /// Ends the program.
    case quit

    /// Every API call in the effect, in order.
    public var calls: [APICall] {
        switch self {
        case .call(let call, _): [call]
        case .batch(let effects): effects.flatMap(\.calls)
        case .none, .schedule, .tick, .cancel, .cancelCalls, .loadCustomerBook, .saveCustomerBook, .copy, .writeReport,
             .dumpScreen, .saveTheme, .editBody, .quit:
            []
        }
    }

    /// Both effects, flattened.
    public static func + (lhs: Effect, rhs: Effect) -> Effect {
        switch (lhs, rhs) {
        case (.none, _): rhs
        case (_, .none): lhs
        case (.batch(let a), .batch(let b)): .batch(a + b)
        case (.batch(let a), _): .batch(a + [rhs])
        case (_, .batch(let b)): .batch([lhs] + b)
        default: .batch([lhs, rhs])
        }
    }
}
