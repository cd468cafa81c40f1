import Foundation

/// What a request is matched on: method, path, query (pairs in order of name) and body (secrets redacted as recorded).
struct CassetteKey: Equatable, CustomStringConvertible {
    var method: String
    var path: String
    var query: [QueryPair]
    var body: CassetteBody?
    /// The query as sent, for messages.
    var rawQuery: String

    /// A name and value, percent-decoded.
    struct QueryPair: Equatable {
        var name: String
        var value: String
    }

    init(_ request: CassetteRequest) {
        self.init(method: request.method, path: request.path, query: request.query,
                  body: CassetteEntry.recordedRequestBody(request.body))
    }

    init(_ entry: CassetteEntry) {
        self.init(method: entry.method, path: entry.path, query: entry.query, body: entry.requestBody)
    }

    init(method: String, path: String, query: String, body: CassetteBody?) {
        self.method = method.uppercased()
        self.path = path
        self.body = body
        rawQuery = query
        let pairs = query.split(separator: "&").map { part -> QueryPair in
            let halves = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decoded(_ text: Substring?) -> String {
                let text = String(text ?? "").replacingOccurrences(of: "+", with: " ")
                return text.removingPercentEncoding ?? text
            }
            return QueryPair(name: decoded(halves.first), value: decoded(halves.count > 1 ? halves[1] : nil))
        }
        // Stable: pairs of one name (`metals[]=gold&metals[]=silver`) keep their order.
        self.query = pairs.enumerated().sorted { ($0.element.name, $0.offset) < ($1.element.name, $1.offset) }.map(\.element)
    }

    static func == (lhs: CassetteKey, rhs: CassetteKey) -> Bool {
        lhs.method == rhs.method && lhs.path == rhs.path && lhs.query == rhs.query && lhs.body == rhs.body
    }

    var description: String {
        "\(method) \(path)" + (rawQuery.isEmpty ? "" : "?\(rawQuery)") + (body.map { " " + $0.summary() } ?? "")
    }
}
