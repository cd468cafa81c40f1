import Foundation
import MintedAPI

/// What rendering needs besides the state: themes, how to draw charts, and how to show time and money.
public struct RenderContext: Sendable {
    /// The theme in use when `themes` is empty; otherwise `themes[state.themeIndex]` replaces it.
    public var theme: Theme
    /// The themes `t` cycles through, in order; may be empty.
    public var themes: [Theme]
    public var chart: ChartStyle
    public var timeZone: TimeZone
    public var money: MoneyFormat
    /// The lock length the gauge measures against; 240 s on the vendor and the sandbox [ours].
    public var lockSeconds: Int

    public init(theme: Theme = .fallback, themes: [Theme] = [], chart: ChartStyle = .braille, timeZone: TimeZone = .current,
                money: MoneyFormat = .english, lockSeconds: Int = 240) {
        self.theme = theme
        self.themes = themes
        self.chart = chart
        self.timeZone = timeZone
        self.money = money
        self.lockSeconds = lockSeconds
    }

    /// This context with the theme the state picked.
    public func themed(index: Int) -> RenderContext {
        guard !themes.isEmpty else { return self }
        var context = self
        context.theme = themes[((index % themes.count) + themes.count) % themes.count]
        return context
    }

    /// `12:03:41` in the context's time zone.
    func clock(_ date: Date) -> String {
        let parts = calendar.dateComponents([.hour, .minute, .second], from: date)
        return "\(two(parts.hour)):\(two(parts.minute)):\(two(parts.second))"
    }

    /// `2026-02-20 12:03` in the context's time zone.
    /// The context's time zone at `date`, as people read it (`UTC`, `GMT+3`, `CET`).
    func zoneName(_ date: Date) -> String {
        if timeZone.secondsFromGMT(for: date) == 0, timeZone.abbreviation(for: date) == "GMT" { return "UTC" }
        return timeZone.abbreviation(for: date) ?? timeZone.identifier
    }

    func dateTime(_ date: Date) -> String {
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return "\(parts.year ?? 0)-\(two(parts.month))-\(two(parts.day)) \(two(parts.hour)):\(two(parts.minute))"
    }

    /// A rate chart's time-axis label for a history of `period`: `14:05` for a day, `03 Dec` for a week or a month,
    /// `Dec 2026` for a year, in the context's time zone.
    /// A day that spans midnight names the day too (`02 Dec 15:08`), or its two ends read the same.
    func axisLabel(_ date: Date, period: RatePeriod, spansDays: Bool = false) -> String {
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let month = months[min(max((parts.month ?? 1) - 1, 0), 11)]
        switch period {
        case .day:
            let time = "\(two(parts.hour)):\(two(parts.minute))"
            return spansDays ? "\(two(parts.day)) \(month) \(time)" : time
        case .week, .month: return "\(two(parts.day)) \(month)"
        case .year: return "\(month) \(parts.year ?? 0)"
        }
    }

    /// Whether two moments fall on the same day in the context's time zone.
    func isSameDay(_ one: Date, _ other: Date) -> Bool {
        calendar.isDate(one, inSameDayAs: other)
    }

    private var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }

    private func two(_ value: Int?) -> String {
        let v = value ?? 0
        return v < 10 ? "0\(v)" : "\(v)"
    }
}
