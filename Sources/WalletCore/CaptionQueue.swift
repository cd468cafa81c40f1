import Foundation

/// The `--demo` captions: the one on screen and those waiting their turn, so that a burst of steps (add, answer,
/// re-price) is read one by one, each for long enough, and none is skipped.
public struct CaptionQueue: Sendable, Equatable {
    /// The caption on screen.
    public private(set) var shown: Caption?
    /// When `shown` appeared.
    public private(set) var shownAt: Date?
    /// Captions not yet shown, oldest first.
    public private(set) var waiting: [Caption] = []

    public init() {}

    /// Seconds a caption stays before the next replaces it: three, plus a second for every four words past twelve
    /// (reading aloud pace), at most eight.
    public static func holdSeconds(for caption: Caption) -> Double {
        let words = caption.text.split(separator: " ").count
        return min(8, 3 + Double(max(0, words - 12)) / 4)
    }

    /// Adds the next step's caption: shown at once when the screen is free (nothing shown, or shown long enough and
    /// nothing waiting), else queued.
    public mutating func post(_ text: String, at now: Date) {
        let step = (waiting.last ?? shown).map { $0.step + 1 } ?? 1
        let caption = Caption(step: step, text: text)
        if waiting.isEmpty, isDue(at: now) {
            show(caption, at: now)
        } else {
            waiting.append(caption)
        }
    }

    /// Moves on to the next waiting caption when the one shown has had its time; true when the caption changed.
    @discardableResult
    public mutating func advance(at now: Date) -> Bool {
        guard !waiting.isEmpty, isDue(at: now) else { return false }
        show(waiting.removeFirst(), at: now)
        return true
    }

    /// True when nothing waits and the caption shown has had its time: the audience has read everything.
    public func isRead(at now: Date) -> Bool {
        waiting.isEmpty && isDue(at: now)
    }

    private func isDue(at now: Date) -> Bool {
        guard let shown, let shownAt else { return true }
        // A clock that went back (a test clock, a changed system time) frees the line rather than holding it for ever.
        let elapsed = now.timeIntervalSince(shownAt)
        return elapsed < 0 || elapsed >= Self.holdSeconds(for: shown)
    }

    private mutating func show(_ caption: Caption, at now: Date) {
        shown = caption
        shownAt = now
    }
}
