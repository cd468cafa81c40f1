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

    /// Reduces `values`, evenly spaced and the first at slot `firstSlot` of their time grid, to `count` samples with
    /// buckets fixed on that grid: each sample is the last value of its bucket, the newest bucket (possibly partial)
    /// ends with the very last value. Sliding the window by one slot changes only the newest sample, until a bucket
    /// boundary passes; `resample(_:to:)` instead moves every bucket with the window.
    public static func resample(_ values: [Double], firstSlot: Int, to count: Int) -> [Double] {
        let total = values.count
        guard count > 0, total > count else { return values }
        // Bucket of slot s: ⌊s × count / total⌋; the window spans count or count + 1 of them, the oldest is dropped.
        let lastSlot = firstSlot + total - 1
        let lastBucket = floorDivide(lastSlot * count, total)
        var out = [Double]()
        out.reserveCapacity(count)
        for bucket in (lastBucket - count + 1)...lastBucket {
            // The last slot of a bucket: the largest s with ⌊s × count / total⌋ = bucket.
            let end = min(lastSlot, ceilingDivide((bucket + 1) * total, count) - 1)
            out.append(values[max(0, end - firstSlot)])
        }
        return out
    }

    private static func floorDivide(_ numerator: Int, _ denominator: Int) -> Int {
        let quotient = numerator / denominator
        return numerator % denominator != 0 && (numerator < 0) != (denominator < 0) ? quotient - 1 : quotient
    }

    private static func ceilingDivide(_ numerator: Int, _ denominator: Int) -> Int {
        -floorDivide(-numerator, denominator)
    }

    /// Rows of braille text, top row first, `width` cells wide and `height` cells tall.
    public func rows(width: Int, height: Int) -> [String] {
        guard width > 0, height > 0 else { return [] }
        let samples = Self.resample(values, to: width * 2)
        // The dots of each cell as the low byte of its braille scalar (U+2800 + dots), row-major.
        var cells = [UInt8](repeating: 0, count: width * height)
        if let low = samples.min(), let high = samples.max() {
            let span = high - low
            let levels = height * 4 - 1
            func level(_ value: Double) -> Int {
                span == 0 ? levels / 2 : Int(((value - low) / span * Double(levels)).rounded())
            }
            // Dot (dx, dy) of a cell, dy counted from its top row.
            let bits: [[UInt8]] = [[0x01, 0x08], [0x02, 0x10], [0x04, 0x20], [0x40, 0x80]]
            var previous: Int?
            for (x, value) in samples.enumerated() {
                let y = level(value)
                let from = max(0, previous.map { min($0, y) } ?? y)
                let to = min(levels, previous.map { max($0, y) } ?? y)
                let column = x / 2
                let bitsOfColumn = x % 2
                if from <= to {
                    for step in from...to {
                        let dotRow = levels - step
                        cells[(dotRow / 4) * width + column] |= bits[dotRow % 4][bitsOfColumn]
                    }
                }
                previous = y
            }
        }
        var rows = [String]()
        rows.reserveCapacity(height)
        var bytes = [UInt8](repeating: 0, count: width * 3)
        for row in 0..<height {
            for column in 0..<width {
                // U+2800 + dots in UTF-8: E2, A0 + high two bits, 80 + low six bits.
                let dots = cells[row * width + column]
                bytes[column * 3] = 0xE2
                bytes[column * 3 + 1] = 0xA0 + (dots >> 6)
                bytes[column * 3 + 2] = 0x80 + (dots & 0x3F)
            }
            rows.append(String(decoding: bytes, as: UTF8.self))
        }
        return rows
    }
}
