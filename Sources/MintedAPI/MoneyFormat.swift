import Foundation

/// Formats exact amounts with grouping, per currency and language, without passing through `Double`.
public struct MoneyFormat: Sendable, Equatable {
    public var groupingSeparator: String
    public var decimalSeparator: String

    public init(groupingSeparator: String = ",", decimalSeparator: String = ".") {
        self.groupingSeparator = groupingSeparator
        self.decimalSeparator = decimalSeparator
    }

    /// English-style `1,777.02`.
    public static let english = MoneyFormat()
    /// Turkish-style `1.777,02`.
    public static let turkish = MoneyFormat(groupingSeparator: ".", decimalSeparator: ",")

    /// The separators for an `Accept-Language` code.
    public static func forLanguage(_ code: String) -> MoneyFormat {
        code.lowercased().hasPrefix("tr") ? .turkish : .english
    }

    /// Decimals shown for a currency's minor unit.
    public static func scale(for currencyCode: String?) -> Int {
        switch currencyCode?.uppercased() {
        case "JPY", "KRW": 0
        case "KWD", "BHD", "OMR": 3
        default: 2
        }
    }

    /// `amount` rounded to `scale` decimals, grouped by thousands.
    public func string(_ amount: Decimal, scale: Int = 2) -> String {
        var value = amount
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, scale, .plain)
        let negative = rounded < 0
        // The digits as `Decimal` writes them (`1777.1`, `0.5`, `1200`), regrouped byte by byte.
        let plain = (negative ? -rounded : rounded).description.utf8
        let dot = plain.firstIndex(of: UInt8(ascii: ".")) ?? plain.endIndex
        let whole = plain[..<dot]
        let fraction = dot == plain.endIndex ? plain[dot...] : plain[plain.index(after: dot)...]
        let digits = max(whole.count, 1)
        let grouping = groupingSeparator.utf8
        var bytes: [UInt8] = []
        bytes.reserveCapacity(1 + digits + (digits - 1) / 3 * grouping.count + decimalSeparator.utf8.count + max(scale, fraction.count))
        if negative { bytes.append(UInt8(ascii: "-")) }
        if whole.isEmpty { bytes.append(UInt8(ascii: "0")) }
        var remaining = whole.count
        for digit in whole {
            bytes.append(digit)
            remaining -= 1
            if remaining > 0, remaining % 3 == 0 { bytes.append(contentsOf: grouping) }
        }
        if scale > 0 {
            bytes.append(contentsOf: decimalSeparator.utf8)
            bytes.append(contentsOf: fraction)
            if fraction.count < scale { bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: scale - fraction.count)) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// An amount in its currency's scale.
    public func money(_ amount: Decimal, _ currencyCode: String?) -> String {
        string(amount, scale: Self.scale(for: currencyCode))
    }

    /// Grams with three decimals: `12.000 g`.
    public func grams(_ weight: Decimal) -> String {
        string(weight, scale: 3) + " g"
    }

    /// A rate such as `1.75%`, with no trailing zeros.
    public func percent(_ rate: Decimal) -> String {
        var text = rate.description
        if decimalSeparator != "." { text = text.replacingOccurrences(of: ".", with: decimalSeparator) }
        return text + "%"
    }
}
