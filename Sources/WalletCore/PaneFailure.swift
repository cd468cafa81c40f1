import Foundation

/// Why a pane has nothing to show yet, and when it asks again: products and the wallet retry with backoff, like rates.
public struct PaneFailure: Sendable, Equatable {
    /// The error as the footer says it.
    public var reason: String
    /// Failures in a row; the next wait doubles with each, up to `maximumDelay`.
    public var attempts: Int
    /// When the retry is due (the clock's time).
    public var retryAt: Date

    /// The first retry waits this long; each failure after doubles it.
    public static let firstDelay = 2
    public static let maximumDelay = 60

    /// The failure after `previous`, at `now`.
    public init(reason: String, after previous: PaneFailure?, now: Date) {
        self.reason = reason
        attempts = min((previous?.attempts ?? 0) + 1, 16)
        retryAt = now.addingTimeInterval(TimeInterval(Self.delay(attempts: attempts)))
    }

    /// Seconds before the retry after `attempts` failures in a row.
    public static func delay(attempts: Int) -> Int {
        var delay = firstDelay
        for _ in 1..<max(1, min(attempts, 16)) { delay = min(maximumDelay, delay * 2) }
        return delay
    }

    /// `failed: 503 down · retry in 4 s`.
    public func line(at now: Date) -> String {
        let seconds = max(0, Int(retryAt.timeIntervalSince(now).rounded(.up)))
        return "failed: \(reason) · " + (seconds > 0 ? "retry in \(seconds) s" : "retrying…")
    }
}
