import Foundation

/// The footer's message and the log of every message: what the footer shows is ranked, nothing posted is lost.
///
/// The person's own error stays on the footer until the person's next message replaces it (or Esc dismisses it): a
/// background poll's failure or the app's follow-up (a re-price) goes to the log only. A success of the same topic
/// clears an error from the footer.
public struct MessageBoard: Sendable, Equatable {
    /// One logged message; consecutive repeats are counted, not listed.
    public struct Entry: Sendable, Equatable {
        public var at: Date
        public var notice: Notice
        public var repeats: Int
    }

    /// How many entries the log keeps (the oldest go first).
    public static let capacity = 500

    /// What the footer shows.
    public private(set) var current: Notice?
    /// Oldest first.
    public private(set) var log: [Entry] = []

    public init() {}

    /// Logs `notice`; it takes the footer unless that would hide the person's own error behind the app's chatter.
    public mutating func post(_ notice: Notice, at now: Date) {
        if let last = log.last, last.notice == notice {
            log[log.count - 1].repeats += 1
            log[log.count - 1].at = now
        } else {
            log.append(Entry(at: now, notice: notice, repeats: 1))
            if log.count > Self.capacity { log.removeFirst(log.count - Self.capacity) }
        }
        if let current, current.kind == .error, current.origin == .person, notice.origin == .background { return }
        current = notice
    }

    /// Clears the footer; the log keeps the message.
    public mutating func dismiss() {
        current = nil
    }

    /// `topic` succeeded: an error about it leaves the footer.
    public mutating func resolve(_ topic: String) {
        guard let current, current.kind == .error, current.topic == topic else { return }
        self.current = nil
    }

    /// The log's scroll offset after moving `delta` rows over `entries` entries.
    public static func offset(_ offset: Int, movedBy delta: Int, entries: Int) -> Int {
        let moved = delta >= 0 ? (offset > Int.max - delta ? Int.max : offset + delta) : (offset < Int.min - delta ? 0 : offset + delta)
        return min(max(0, moved), max(0, entries - 1))
    }

    /// Failures in the log, repeats included.
    public var failureCount: Int { log.reduce(0) { $0 + ($1.notice.kind == .error ? $1.repeats : 0) } }
}
