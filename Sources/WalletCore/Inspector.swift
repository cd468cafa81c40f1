import MintedAPI

/// The HTTP inspector (`i`): the exchanges kept, newest first on screen, and how the person is looking at them.
public struct Inspector: Sendable, Equatable {
    /// Exchanges kept; the oldest falls out when a newer one arrives.
    public static let capacity = 500

    /// Every exchange kept, oldest first.
    public private(set) var exchanges: [Exchange] = []
    /// The session's failures, oldest first, kept apart so that polls cannot push one out before a dump (up to 500).
    public private(set) var failures: [Exchange] = []
    /// While paused, only exchanges up to this id are listed; nil follows the newest.
    public var pausedAt: Int?
    /// What `/` typed: words that must all match the path, method or status (`422`, `4xx`, `post`, `fail`, `auth`,
    /// `poll`); a word after `-` or `!` must not (`-rates`, `!poll`).
    public var filter = ""
    /// `h`: the background polls (rates and the chart's history) are left out of the list.
    public var hidesPolls = false
    /// True while `/` is typing into the filter.
    public var editingFilter = false
    /// The cursor in the listed rows; 0 is the newest.
    public var selection = 0
    /// The exchange whose detail is open.
    public var detailId: Int?
    /// The first detail line shown.
    public var detailScroll = 0
    /// What `/` typed inside a detail: found case-blind in its lines, `n` / `N` going from one to the next.
    public var search = ""
    /// True while `/` is typing into the detail's search.
    public var editingSearch = false
    /// The detail line of the match in view; nil before the first jump.
    public var searchLine: Int?

    public init() {}

    /// Keeps `exchange`, dropping the oldest beyond `capacity`.
    mutating func record(_ exchange: Exchange) {
        exchanges.append(exchange)
        if exchanges.count > Self.capacity { exchanges.removeFirst(exchanges.count - Self.capacity) }
        if exchange.isFailure {
            failures.append(exchange)
            if failures.count > Self.capacity { failures.removeFirst(failures.count - Self.capacity) }
        }
    }

    /// True while the list shows each new exchange as it arrives.
    public var isFollowing: Bool { pausedAt == nil }

    /// The rows listed: newest first, up to the pause, matching the filter.
    public var listed: [Exchange] {
        let words = filter.lowercased().split(separator: " ").map(String.init)
        return exchanges.reversed().filter { exchange in
            if let pausedAt, exchange.id > pausedAt { return false }
            if hidesPolls, exchange.isPoll { return false }
            return words.allSatisfy { word in
                if word.count > 1, let first = word.first, first == "-" || first == "!" {
                    return !Self.word(String(word.dropFirst()), matches: exchange)
                }
                return Self.word(word, matches: exchange)
            }
        }
    }

    /// Exchanges that arrived since the pause.
    public var arrivedSincePause: Int {
        guard let pausedAt else { return 0 }
        return exchanges.reduce(0) { $0 + ($1.id > pausedAt ? 1 : 0) }
    }

    /// The exchange under the cursor.
    public var selected: Exchange? {
        let rows = listed
        return rows.indices.contains(selection) ? rows[selection] : nil
    }

    /// The exchange whose detail is open, while it is still kept.
    public var detail: Exchange? {
        guard let detailId else { return nil }
        return exchanges.last { $0.id == detailId }
    }

    /// The last `count` exchanges, oldest first: what a screen dump carries.
    public func last(_ count: Int) -> ArraySlice<Exchange> { exchanges.suffix(count) }

    /// One filter word against one exchange: `fail` (failures), `4xx` (a status class), a status prefix, a method,
    /// or any part of the path and query.
    static func word(_ word: String, matches exchange: Exchange) -> Bool {
        if word == "fail" || word == "failed" || word == "!" { return exchange.isFailure }
        if word == "auth" { return exchange.isChallenge }
        if word == "poll" || word == "polls" { return exchange.isPoll }
        // A Digest challenge is handshake, not an answer: `4xx` and `40` leave it out, `401` and `auth` find it.
        if exchange.isChallenge && word != "401" && (word.allSatisfy(\.isNumber) || word.hasSuffix("xx")) { return false }
        let status = exchange.status.map(String.init) ?? exchange.statusLabel
        if word.count == 3, word.hasSuffix("xx"), let first = word.first { return status.first == first }
        if word.allSatisfy(\.isNumber) { return status.hasPrefix(word) }
        if word == exchange.method.lowercased() { return true }
        return exchange.pathAndQuery.lowercased().contains(word)
    }
}

extension Exchange {
    /// True for the calls the app repeats on its own clock: Currency Rates, Rate History and the sandbox's fault plan reads.
    public var isPoll: Bool {
        guard method == "GET" else { return false }
        let path = pathAndQuery
        return path.contains(Endpoint.currencyRatesPath) || path.contains(Endpoint.rateHistoryPath)
            || path.hasPrefix(Endpoint.sandboxFaultsPath)
    }
}
