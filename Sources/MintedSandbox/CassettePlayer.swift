import Foundation

/// Answers walletable requests from a cassette: the recorded exchange with the same method, path, query and body
/// (JSON compared whatever its key order or whitespace). Identical requests get their recordings in order, the last
/// one again once they run out; a request nothing matches gets a 404 naming the nearest recorded one.
public actor CassettePlayer: CassetteDeck {
    /// The cassette played.
    public nonisolated let cassette: Cassette
    /// Per group of identical recordings (keyed by its first entry's index): how many were answered.
    private var served: [Int: Int] = [:]

    public init(cassette: Cassette) {
        self.cassette = cassette
    }

    public func answer(_ request: CassetteRequest) throws -> CassetteAnswer {
        let asked = CassetteKey(request)
        let matches = cassette.entries.indices.filter { asked == CassetteKey(cassette.entries[$0]) }
        guard let first = matches.first else {
            throw CassetteRefusal(status: 404, message: .notRecorded(request: asked.description, nearest: nearest(to: asked)))
        }
        let count = served[first] ?? 0
        served[first] = count + 1
        return cassette.entries[matches[min(count, matches.count - 1)]].answer
    }

    /// The recorded request closest to `asked`, as `METHOD /path?query body (file)`: one with the same method and path
    /// (the same query, then the same body, counting for more), else the same path with another method; nil when the
    /// cassette has nothing at that path.
    private func nearest(to asked: CassetteKey) -> String? {
        let samePath = cassette.entries.filter { $0.path == asked.path }
        let candidates = samePath.filter { $0.method == asked.method }
        let pool = candidates.isEmpty ? samePath : candidates
        var best: (entry: CassetteEntry, score: Int)?
        for entry in pool {
            let key = CassetteKey(entry)
            let score = (key.query == asked.query ? 2 : 0) + (key.body == asked.body ? 1 : 0)
            if best == nil || score > best!.score { best = (entry, score) }
        }
        return best.map { "\(CassetteKey($0.entry).description) (\($0.entry.fileName))" }
    }
}
