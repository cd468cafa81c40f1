/// The rate poller's schedule: a fixed interval while healthy, exponential backoff after failures.
public struct RatePolling: Sendable, Equatable {
    public var interval: Duration
    public var maximumDelay: Duration
    /// Consecutive failures since the last success.
    public var failures: Int = 0

    public init(interval: Duration = .seconds(5), maximumDelay: Duration = .seconds(60)) {
        self.interval = interval
        self.maximumDelay = maximumDelay
    }

    /// The wait before the next poll: the interval, doubled for each consecutive failure, capped.
    public var nextDelay: Duration {
        guard failures > 0 else { return interval }
        var delay = interval
        for _ in 0..<min(failures, 16) {
            delay = delay * 2
            if delay >= maximumDelay { return maximumDelay }
        }
        return delay
    }
}
