/// A market's rate in cents at each minute, oldest first: the generated past (computed on demand) followed by the
/// minutes lived since the start (stored, 4 bytes a minute). Reads and writes like an array of `Int32`.
struct MarketHistory: RandomAccessCollection, MutableCollection, Sendable {
    /// The generated year; index `i` below `past.count` is step `past.count - 1 - i` of its walk.
    private(set) var past: MarketPast
    /// Minutes recorded after the past, oldest first.
    private(set) var live: [Int32]
    /// Past minutes whose rate was set afterwards (a spike in the start minute), by index.
    private var pastOverrides: [Int: Int32] = [:]

    /// No minutes at all.
    init() {
        past = MarketPast()
        live = []
    }

    /// `past`, then nothing lived yet.
    init(past: MarketPast) {
        self.past = past
        live = []
    }

    var startIndex: Int { 0 }
    var endIndex: Int { past.count + live.count }

    subscript(position: Int) -> Int32 {
        get {
            precondition(position >= 0 && position < endIndex, "minute \(position) outside the history")
            if position >= past.count { return live[position - past.count] }
            return pastOverrides[position] ?? past.cents(step: past.count - 1 - position)
        }
        set {
            precondition(position >= 0 && position < endIndex, "minute \(position) outside the history")
            if position >= past.count {
                live[position - past.count] = newValue
            } else {
                pastOverrides[position] = newValue
            }
        }
    }

    /// Iterates in one pass: each day of the past is replayed once into a buffer, not once per minute.
    func makeIterator() -> Iterator {
        Iterator(history: self)
    }

    /// Minutes oldest first, the past replayed a checkpoint's span at a time.
    struct Iterator: IteratorProtocol {
        let history: MarketHistory
        var index = 0
        /// Rates of the past indices `bufferStart ..< bufferStart + buffer.count`.
        var buffer: [Int32] = []
        var bufferStart = 0

        init(history: MarketHistory) {
            self.history = history
        }

        mutating func next() -> Int32? {
            guard index < history.endIndex else { return nil }
            defer { index += 1 }
            let past = history.past
            guard index < past.count else { return history.live[index - past.count] }
            if index - bufferStart >= buffer.count || index < bufferStart {
                // The steps of this index's checkpoint span, newest to oldest, give indices in descending order.
                let step = past.count - 1 - index
                let firstStep = step / MarketPast.checkpointSpacing * MarketPast.checkpointSpacing
                let lastStep = Swift.min(past.count - 1, firstStep + MarketPast.checkpointSpacing - 1)
                buffer = past.cents(steps: firstStep...lastStep).reversed()
                bufferStart = past.count - 1 - lastStep
            }
            return history.pastOverrides[index] ?? buffer[index - bufferStart]
        }
    }

    /// Adds minutes after the last one.
    mutating func append<Rates: Sequence<Int32>>(contentsOf rates: Rates) {
        live.append(contentsOf: rates)
    }

    /// The rates at `count` minutes spaced `stride` apart and ending at index `last`, oldest first; the past ones
    /// are replayed in one walk.
    func rates(endingAt last: Int, stride: Int, count: Int) -> [Int32] {
        guard count > 0 else { return [] }
        precondition(stride > 0 && last < endIndex && last - (count - 1) * stride >= 0, "minutes outside the history")
        let indices = (0..<count).reversed().map { last - $0 * stride }
        let pastIndices = indices.prefix { $0 < past.count }
        // Past indices ascend, so their steps descend: replay them newest first, then put them back in order.
        var rates = Array(past.cents(steps: pastIndices.reversed().map { past.count - 1 - $0 }).reversed())
        for (offset, index) in pastIndices.enumerated() {
            if let override = pastOverrides[index] { rates[offset] = override }
        }
        rates.reserveCapacity(count)
        for index in indices.dropFirst(pastIndices.count) { rates.append(live[index - past.count]) }
        return rates
    }
}
