import Foundation

extension Decimal {
    /// This amount rounded half-up (away from zero) to `scale` decimal places, as every fee is.
    public func rounded(scale: Int = 2) -> Decimal {
        var value = self
        var result = Decimal()
        NSDecimalRound(&result, &value, scale, .plain)
        return result
    }

    /// `self × percent / 100`, rounded half-up to cents.
    public func percent(_ rate: Decimal) -> Decimal {
        (self * rate / 100).rounded()
    }

    /// The amount in minor units (cents); exact for amounts with at most two decimals.
    public var minorUnits: Int {
        NSDecimalNumber(decimal: (self * 100).rounded(scale: 0)).intValue
    }

    /// An amount from minor units (cents), exact.
    public init(minorUnits: Int) {
        self = Decimal(minorUnits) / 100
    }
}
