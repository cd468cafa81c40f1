import ArgumentParser

/// The ranges every numeric flag is checked against before any arithmetic: a flag is a usage error, never a trap
/// (`--timeout inf` or `1e16` used to overflow converting to milliseconds and take the program down).
enum FlagBounds {
    /// Longest per-request timeout: an hour.
    static let timeout: ClosedRange<Double> = 0.001...3_600
    /// Longest price lock: a week, longer than any demo and far inside what `Date` arithmetic holds.
    static let pricefixTTL: ClosedRange<Double> = 0.001...604_800
    /// Rate poll interval, in whole seconds.
    static let pollInterval: ClosedRange<Int> = 1...3_600

    /// Throws a usage error naming `flag` unless `value` is a finite number within `range`.
    static func check(_ value: Double, _ flag: String, within range: ClosedRange<Double>) throws {
        guard value.isFinite, range.contains(value) else {
            throw ValidationError("\(flag) must be a number of seconds from \(range.lowerBound) to \(Int(range.upperBound))")
        }
    }

    /// Throws a usage error naming `flag` unless `value` is within `range`.
    static func check(_ value: Int, _ flag: String, within range: ClosedRange<Int>) throws {
        guard range.contains(value) else { throw ValidationError("\(flag) must be from \(range.lowerBound) to \(range.upperBound)") }
    }
}
