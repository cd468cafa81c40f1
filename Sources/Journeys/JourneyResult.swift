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
    public var passed: Bool { steps.allSatisfy { $0.failure == nil } }
    public var duration: Duration { steps.reduce(.zero) { $0 + $1.duration } }
    /// The first failing step.
    public var firstFailure: StepResult? { steps.first { $0.failure != nil } }
}

/// One step's outcome: nil `failure` means it passed.
public struct StepResult: Sendable, Equatable {
    public var index: Int
    public var label: String
    public var duration: Duration
    public var failure: String?

    public init(index: Int, label: String, duration: Duration, failure: String?) {
        self.index = index
        self.label = label
        self.duration = duration
        self.failure = failure
    }
}
