import MintedAPI

/// What running a journey gave: each step's outcome.
public struct JourneyResult: Sendable, Equatable {
    public var journey: String
    public var file: String
    public var steps: [StepResult]

    public init(journey: String, file: String, steps: [StepResult]) {
        self.journey = journey
        self.file = file
        self.steps = steps
    }

    /// True when every step passed.
    public var passed: Bool { steps.allSatisfy(\.passed) }
    /// The steps' time added up.
    public var duration: Duration { steps.reduce(.zero) { $0 + $1.duration } }
    /// The first failing step.
    public var firstFailure: StepResult? { steps.first { $0.failure != nil } }
}

/// One step's outcome: nil `failure` and not `skipped` means it passed.
public struct StepResult: Sendable, Equatable {
    public var index: Int
    /// The step's action as written in the file: `add`, `complete`.
    public var action: String
    /// How the report names the step: its `name`, or the action and its inputs.
    public var label: String
    /// The step's `name`, or its inputs without the action (`buy MNTBAE0001 × 3`); may be empty.
    public var summary: String
    public var duration: Duration
    public var failure: String?
    /// True when the step did not run because an earlier one failed.
    public var skipped: Bool
    /// The HTTP exchanges the step made, Digest challenges left out: redacted and capped as the inspector shows them.
    public var exchanges: [Exchange]

    public init(index: Int, action: String = "", label: String, summary: String = "", duration: Duration, failure: String?,
                skipped: Bool = false, exchanges: [Exchange] = []) {
        self.index = index
        self.action = action
        self.label = label
        self.summary = summary
        self.duration = duration
        self.failure = failure
        self.skipped = skipped
        self.exchanges = exchanges
    }

    /// True when the step ran and did what it had to.
    public var passed: Bool { failure == nil && !skipped }
}
