import Foundation

/// What rendering needs besides the state: theme, keys, and how to show time and money.
public struct RenderContext: Sendable {
    public var theme: Theme
    public var keymap: Keymap
    public var timeZone: TimeZone
    public var money: MoneyFormat
    /// The lock length the gauge measures against; 240 s on the vendor and the sandbox [ours].
    public var lockSeconds: Int

    public init(theme: Theme = .fallback, keymap: Keymap = .standard, timeZone: TimeZone = .current,
                money: MoneyFormat = .english, lockSeconds: Int = 240) {
        self.theme = theme
        self.keymap = keymap
        self.timeZone = timeZone
        self.money = money
        self.lockSeconds = lockSeconds
    }

    /// `12:03:41` in the context's time zone.
    func clock(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.hour, .minute, .second], from: date)
        func two(_ value: Int?) -> String { let v = value ?? 0; return v < 10 ? "0\(v)" : "\(v)" }
        return "\(two(parts.hour)):\(two(parts.minute)):\(two(parts.second))"
    }
}
