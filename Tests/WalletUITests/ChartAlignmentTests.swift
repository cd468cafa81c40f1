import Testing
import WalletUI

/// Chart buckets fixed in time: a history one slot newer changes the newest sample only, until a bucket boundary passes.
@Suite struct ChartAlignmentTests {
    /// A walk over a long stretch of slots to slide windows along.
    static let series: [Double] = {
        var value = 590.0
        var seed = UInt64(5)
        return (0..<20_000).map { _ in
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            value += Double(Int(seed >> 59) - 16) / 100
            return value
        }
    }()

    @Test(arguments: [(1_440, 112), (1_440, 196), (1_008, 90), (365, 240), (720, 719), (50, 7)])
    func slidingByOneSlotChangesOnlyTheNewestSample(total: Int, count: Int) {
        let base = 29_612_000 // a minute in 2026
        var previous: [Double]?
        var shifts = 0
        for offset in 0..<(2 * total) {
            let window = Array(Self.series[offset..<offset + total])
            let samples = BrailleChart.resample(window, firstSlot: base + offset, to: count)
            #expect(samples.count == count)
            #expect(samples.last == window.last)
            if let previous {
                if Array(samples.dropLast()) == Array(previous.dropLast()) {
                    // Within a bucket: only the newest sample may move.
                } else {
                    shifts += 1
                    #expect(Array(samples.prefix(count - 1)) == Array(previous.suffix(count - 1)), "offset \(offset)")
                }
            }
            previous = samples
        }
        // One shift per bucket boundary passed: about count × slots moved / total.
        #expect(abs(shifts - 2 * count) <= 2, "\(shifts) shifts")
    }

    @Test func eachSampleIsTheLastValueOfItsBucket() {
        let values = Array(Self.series.prefix(1_440))
        let first = 29_612_345
        let samples = BrailleChart.resample(values, firstSlot: first, to: 100)
        let lastBucket = (first + 1_439) * 100 / 1_440
        for (offset, sample) in samples.enumerated() {
            let bucket = lastBucket - 99 + offset
            let slots = (first..<first + 1_440).filter { $0 * 100 / 1_440 == bucket }
            #expect(sample == values[slots.last! - first])
        }
    }

    @Test func fewValuesAreKeptAsTheyAre() {
        #expect(BrailleChart.resample([1, 2, 3], firstSlot: 10, to: 3) == [1, 2, 3])
        #expect(BrailleChart.resample([1, 2, 3], firstSlot: -7, to: 200) == [1, 2, 3])
        #expect(BrailleChart.resample([1, 2, 3], firstSlot: 0, to: 0) == [1, 2, 3])
    }
}
