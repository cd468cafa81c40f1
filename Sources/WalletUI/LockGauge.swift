import TerminalKit

/// The price-lock gauge: a bar that empties as the lock runs down, and `mm:ss`.
public struct LockGauge: Sendable, Equatable {
    public var secondsLeft: Int
    public var totalSeconds: Int

    public init(secondsLeft: Int, totalSeconds: Int) {
        self.secondsLeft = max(0, secondsLeft)
        self.totalSeconds = max(1, totalSeconds)
    }

    /// `03:21`.
    public var clock: String {
        let minutes = secondsLeft / 60
        let seconds = secondsLeft % 60
        return (minutes < 10 ? "0" : "") + "\(minutes):" + (seconds < 10 ? "0" : "") + "\(seconds)"
    }

    /// Amber under 30 s, red under 10 s.
    public var role: ThemeRole {
        if secondsLeft < 10 { return .danger }
        if secondsLeft < 30 { return .warning }
        return .positive
    }

    /// `▕██████░░░▏` with `cells` cells inside.
    public func bar(cells: Int) -> String {
        guard cells > 0 else { return "" }
        let filled = min(cells, (min(secondsLeft, totalSeconds) * cells + totalSeconds - 1) / totalSeconds)
        return "▕" + String(repeating: "█", count: filled) + String(repeating: "░", count: cells - filled) + "▏"
    }

    /// The whole label: `lock ▕██████░░░▏ 03:21`, or `lock expired`.
    public func label(cells: Int = 9) -> String {
        secondsLeft == 0 ? "lock expired · re-pricing" : "lock " + bar(cells: cells) + " " + clock
    }
}
