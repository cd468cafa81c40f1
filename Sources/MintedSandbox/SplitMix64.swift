/// The sandbox's deterministic random source: SplitMix64, so one seed replays one market and one set of tokens.
struct SplitMix64: RandomNumberGenerator, Sendable, Equatable, Codable {
    private var state: UInt64

    /// A generator whose sequence is fixed by `seed`.
    init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform value in [-1, 1], the random walk's step.
    mutating func signedUnit() -> Double {
        Double(next() >> 11) / Double(1 << 52) - 1
    }

    /// `value` rounded down or up at random, up with probability equal to its fraction, so small relative
    /// moves of a cheap rate (silver at 7.35) still drift instead of rounding back to where they were.
    /// The value is first clamped to 0…10¹⁵, far beyond any rate in cents.
    mutating func stochasticRound(_ value: Double) -> Int {
        let value = value.isNaN ? 0 : min(max(value, 0), 1e15)
        let floor = value.rounded(.down)
        let fraction = value - floor
        guard fraction > 0 else { return Int(floor) }
        return Int(floor) + (Double(next() >> 11) / Double(1 << 53) < fraction ? 1 : 0)
    }
}
