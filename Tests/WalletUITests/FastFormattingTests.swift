import Foundation
import MintedAPI
import Testing
import WalletUI

/// The faster money formatting and braille chart give exactly what their first, plainer versions gave.
@Suite struct FastFormattingTests {
    @Test(arguments: [MoneyFormat.english, .turkish, MoneyFormat(groupingSeparator: "\u{202F}", decimalSeparator: "٫")])
    func moneyMatchesTheReference(format: MoneyFormat) {
        var random = UInt64(11)
        func next() -> UInt64 {
            random = random &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return random >> 11
        }
        var amounts: [Decimal] = [0, -0, 1, -1, Decimal(string: "0.005")!, Decimal(string: "-0.005")!, Decimal(string: "999.995")!,
                                  Decimal(string: "1e20")!, Decimal(string: "123456789012345678901234567.891")!, Decimal(string: "-1000")!]
        for _ in 0..<5_000 {
            let mantissa = Decimal(Int64(next() % 10_000_000_000_000)) * (next() % 2 == 0 ? 1 : -1)
            amounts.append(mantissa * Decimal(sign: .plus, exponent: -Int(next() % 9), significand: 1))
        }
        for amount in amounts {
            for scale in 0...4 {
                #expect(format.string(amount, scale: scale) == Self.referenceString(format, amount, scale: scale), "\(amount) scale \(scale)")
            }
        }
    }

    @Test func brailleMatchesTheReference() {
        var walk = 592.34
        var seed = UInt64(3)
        let values = (0..<3_000).map { _ -> Double in
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            walk *= 1 + (Double(seed >> 11) / Double(1 << 53) - 0.5) / 50
            return walk
        }
        for (width, height) in [(1, 1), (3, 2), (40, 8), (120, 16), (1_600, 3), (2_000, 1)] {
            for count in [0, 1, 2, 7, 240, 3_000] {
                let chart = BrailleChart(values: Array(values.prefix(count)))
                #expect(chart.rows(width: width, height: height) == Self.referenceRows(chart, width: width, height: height), "\(count) in \(width)×\(height)")
            }
        }
        let flat = BrailleChart(values: Array(repeating: 5, count: 100))
        #expect(flat.rows(width: 3, height: 2) == Self.referenceRows(flat, width: 3, height: 2))
    }

    /// `MoneyFormat.string` as it was first written.
    static func referenceString(_ format: MoneyFormat, _ amount: Decimal, scale: Int) -> String {
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
            if index > 0 && index % 3 == 0 { grouped.append(contentsOf: format.groupingSeparator.reversed()) }
            grouped.append(digit)
        }
        let integer = String(grouped.reversed())
        return (negative ? "-" : "") + integer + (scale > 0 ? format.decimalSeparator + fraction : "")
    }

    /// `BrailleChart.rows` as it was first written.
    static func referenceRows(_ chart: BrailleChart, width: Int, height: Int) -> [String] {
        guard width > 0, height > 0 else { return [] }
        let samples = BrailleChart.resample(chart.values, to: width * 2)
        var dots = [[Bool]](repeating: [Bool](repeating: false, count: width * 2), count: height * 4)
        if let low = samples.min(), let high = samples.max() {
            let span = high - low
            let levels = height * 4 - 1
            func level(_ value: Double) -> Int {
                span == 0 ? levels / 2 : Int(((value - low) / span * Double(levels)).rounded())
            }
            var previous: Int?
            for (x, value) in samples.enumerated() {
                let y = level(value)
                let from = previous.map { min($0, y) } ?? y
                let to = previous.map { max($0, y) } ?? y
                for step in from...to where step >= 0 && step <= levels {
                    dots[levels - step][x] = true
                }
                previous = y
            }
        }
        let bits: [[UInt32]] = [[0x01, 0x08], [0x02, 0x10], [0x04, 0x20], [0x40, 0x80]]
        var rows = [String]()
        for row in 0..<height {
            var text = String.UnicodeScalarView()
            for column in 0..<width {
                var code: UInt32 = 0x2800
                for dy in 0..<4 {
                    for dx in 0..<2 where dots[row * 4 + dy][column * 2 + dx] { code |= bits[dy][dx] }
                }
                text.append(Unicode.Scalar(code)!)
            }
            rows.append(String(text))
        }
        return rows
    }
}
