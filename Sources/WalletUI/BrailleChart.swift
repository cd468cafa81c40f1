/// A line chart drawn with braille dots: each cell holds 2 × 4 dots.
public struct BrailleChart: Sendable, Equatable {
    public var values: [Double]

    public init(values: [Double]) { self.values = values }

    /// Reduces `values` to at most `count` samples, each the last value of its bucket, keeping the very last value.
    public static func resample(_ values: [Double], to count: Int) -> [Double] {
        guard count > 0, values.count > count else { return values }
        var out = [Double]()
        out.reserveCapacity(count)
        for index in 0..<count {
            let end = (index + 1) * values.count / count
            out.append(values[max(0, end - 1)])
        }
        return out
    }

    /// Rows of braille text, top row first, `width` cells wide and `height` cells tall.
    public func rows(width: Int, height: Int) -> [String] {
        guard width > 0, height > 0 else { return [] }
        let samples = Self.resample(values, to: width * 2)
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
