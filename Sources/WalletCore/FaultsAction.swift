import Foundation
import MintedAPI

/// Everything that happens in the fault panel (`f`, sandbox only), as past events; its key table sends these.
public enum FaultsAction: Sendable, Equatable {
    /// `f`: the panel opened (the plan is read).
    case opened
    /// ↑ ↓: another row.
    case moved(by: Int)
    /// ← →: the row's next or previous value, sent to the sandbox at once.
    case adjusted(by: Int)
    /// Enter: a scenario row runs, a value row moves on.
    case rowConfirmed
    /// `0`: every fault off.
    case cleared
    /// The sandbox's plan, as read.
    case loaded(Result<FaultPlan, APIError>)
    /// The sandbox's plan, as read on the rate poll's clock (a failure is a background message).
    case polled(Result<FaultPlan, APIError>)
    /// The sandbox's answer to a plan sent: the plan now in force.
    case set(Result<FaultPlan, APIError>)
    /// Scenario: end the basket's price lock now.
    case lockExpiryRequested
    /// The sandbox ended the lock (nil) or refused.
    case lockExpiryForced(APIError?)
    /// Scenario: move the charted market's rate by `percent`.
    case spikeRequested(percent: Decimal)
    case spiked(Result<CurrencyRate, APIError>)

    /// True for answers from the sandbox. Every case is decided here.
    public var isAnswer: Bool {
        switch self {
        case .loaded, .polled, .set, .lockExpiryForced, .spiked: true
        case .opened, .moved, .adjusted, .rowConfirmed, .cleared, .lockExpiryRequested, .spikeRequested: false
        }
    }

    /// True for what changes the sandbox; `--readonly` refuses these. Every case is decided here.
    public var changesAnything: Bool {
        switch self {
        case .adjusted, .rowConfirmed, .cleared, .lockExpiryRequested, .spikeRequested: true
        case .opened, .moved, .loaded, .polled, .set, .lockExpiryForced, .spiked: false
        }
    }
}
