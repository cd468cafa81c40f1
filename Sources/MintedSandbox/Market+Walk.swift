/// The random walk of a market's rate.
extension Market {
    /// One step: buy cents × (1 + volatility × r), r uniform in [-1, 1], rounded to whole cents (at random, up
    /// with probability equal to the fraction, so cheap rates move too). Volatility 0 leaves the rate exactly.
    mutating func step(volatility: Double, using random: inout SplitMix64) {
        let r = random.signedUnit()
        guard volatility != 0 else { return }
        buyCents = min(Market.maximumBuyCents, max(1, random.stochasticRound(Double(buyCents) * (1 + volatility * r))))
    }

    /// Records the live rate for every minute after the last recorded one up to and including `minute`.
    mutating func record(throughMinute minute: Int) {
        let last = historyStartMinute + history.count - 1
        guard minute > last else { return }
        history.append(contentsOf: repeatElement(Int32(clamping: buyCents), count: minute - last))
    }
}
