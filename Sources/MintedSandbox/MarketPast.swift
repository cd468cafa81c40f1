import Foundation

/// A market's generated past, computed on demand instead of stored: a mean-reverting walk of the rate's logarithm,
/// generated backwards from the start rate one minute per step (step 0 is the start minute, the newest). Only the
/// walk's state every `checkpointSpacing` steps is kept — a few kilobytes instead of 2 MB per market — and any
/// minute is replayed from the checkpoint before it, so every answer is exactly what a stored year would give.
struct MarketPast: Sendable {
    /// Steps between checkpoints: a day of minutes, so a replay never walks more than a day to reach a minute.
    static let checkpointSpacing = 1_440

    /// The walk's state before a step: its generator and the deviation (log of rate / start rate).
    struct WalkState: Sendable {
        var random: SplitMix64
        var deviation: Double
    }

    /// Minutes generated.
    let count: Int
    /// The start rate in cents, which the walk reverts to.
    let startCents: Int
    /// The walk's volatility over one minute.
    let perMinute: Double
    /// The walk's state before steps 0, spacing, 2 × spacing, …
    private let checkpoints: [WalkState]

    /// No past at all.
    init() {
        count = 0
        startCents = 0
        perMinute = 0
        checkpoints = []
    }

    /// `count` minutes walked back from `startCents` with `random`: each minute the deviation is pulled back toward 0
    /// by `reversion`, moved by `perMinute` × r (r uniform in [-1, 1]) and kept within ±2.
    init(count: Int, startCents: Int, perMinute: Double, random: SplitMix64) {
        self.count = max(0, count)
        self.startCents = startCents
        self.perMinute = perMinute
        var checkpoints: [WalkState] = []
        checkpoints.reserveCapacity(self.count / Self.checkpointSpacing + 1)
        var state = WalkState(random: random, deviation: 0)
        for step in 0..<self.count {
            if step % Self.checkpointSpacing == 0 { checkpoints.append(state) }
            Self.advance(&state, perMinute: perMinute)
        }
        self.checkpoints = checkpoints
    }

    /// How strongly the walk is pulled back toward the start rate each minute: about a month's memory, so a year
    /// wanders by some percent instead of drifting off.
    static let reversion = 1.0 / 43_200

    /// One step of the walk.
    @inline(__always)
    static func advance(_ state: inout WalkState, perMinute: Double) {
        state.deviation = min(2, max(-2, state.deviation * (1 - reversion) + perMinute * state.random.signedUnit()))
    }

    /// The rate in cents for a deviation: the start rate when it is 0, else start × e^deviation, at least 1 cent.
    @inline(__always)
    func cents(deviation: Double) -> Int32 {
        deviation == 0 ? Int32(clamping: startCents) : Int32(clamping: max(1, Int((Double(startCents) * exp(deviation)).rounded())))
    }

    /// The rate `steps` minutes before the start.
    func cents(step: Int) -> Int32 {
        precondition(step >= 0 && step < count, "step \(step) outside the generated past")
        var state = checkpoints[step / Self.checkpointSpacing]
        for _ in 0..<(step % Self.checkpointSpacing) { Self.advance(&state, perMinute: perMinute) }
        return cents(deviation: state.deviation)
    }

    /// The rates at `steps`, which must ascend (oldest minute last), walking forward once and jumping ahead to a
    /// checkpoint whenever one is nearer than the next step.
    func cents<Steps: Sequence<Int>>(steps: Steps) -> [Int32] {
        var rates: [Int32] = []
        rates.reserveCapacity(steps.underestimatedCount)
        var position = -1
        var state = WalkState(random: SplitMix64(seed: 0), deviation: 0)
        for step in steps {
            precondition(step >= 0 && step < count && step >= position, "steps must ascend within the generated past")
            let checkpoint = step / Self.checkpointSpacing * Self.checkpointSpacing
            if position < checkpoint {
                state = checkpoints[checkpoint / Self.checkpointSpacing]
                position = checkpoint
            }
            while position < step {
                Self.advance(&state, perMinute: perMinute)
                position += 1
            }
            rates.append(cents(deviation: state.deviation))
        }
        return rates
    }
}
