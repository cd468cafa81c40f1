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
        let plain = (negative ? -rounded : rounded).description
        let parts = plain.split(separator: ".", maxSplits: 1).map(String.init)
        let whole = parts.first ?? "0"
        var fraction = parts.count > 1 ? parts[1] : ""
        if fraction.count < scale { fraction += String(repeating: "0", count: scale - fraction.count) }
        var grouped = ""
        for (index, digit) in whole.reversed().enumerated() {
            if index > 0 && index % 3 == 0 { grouped.append(contentsOf: groupingSeparator.reversed()) }
            grouped.append(digit)
        }
        let integer = String(grouped.reversed())
        return (negative ? "-" : "") + integer + (scale > 0 ? decimalSeparator + fraction : "")
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
