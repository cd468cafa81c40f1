import Foundation

/// A session's exchanges as an HTTP Archive (HAR 1.2): the file browsers' dev tools and Postman import.
///
/// Each `Exchange` is one entry, in the order given. Nothing secret can be in it: `Authorization` and
/// `Proxy-Authorization` keep only their scheme (`Digest ***`) and credential keys in bodies are `***`. The exchanges
/// are redacted when recorded; both are applied again here, so an exchange built by hand is safe too. Bodies stay the
/// text they were (money keeps its digits). An exchange that got no response has status 0, its failure in
/// `response._error` and the entry's `comment`.
public struct HARLog: Sendable, Equatable {
    /// The exchanges, oldest first: one entry each.
    public var exchanges: [Exchange]
    /// `log.creator.version`.
    public var creatorVersion: String

    public init(_ exchanges: [Exchange], creatorVersion: String = MintedRelease.version) {
        self.exchanges = exchanges
        self.creatorVersion = creatorVersion
    }

    /// `log.version`.
    public static let version = "1.2"
    /// The HTTP version given for requests and for responses that arrived (the transport speaks HTTP/1.1).
    public static let httpVersion = "HTTP/1.1"

    /// The archive as pretty-printed JSON with sorted keys.
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(Document(log: Log(version: Self.version, creator: Creator(name: "minted", version: creatorVersion),
                                                    entries: exchanges.map(Entry.init))))
    }

    /// The archive as text, with a final newline.
    public func text() throws -> String {
        String(decoding: try encoded(), as: UTF8.self) + "\n"
    }

    /// `name=value` pairs of `url`'s query, percent-decoded, in order; a name without `=` has an empty value.
    static func queryString(_ url: String) -> [NameValue] {
        guard let question = url.firstIndex(of: "?") else { return [] }
        var query = url[url.index(after: question)...]
        if let hash = query.firstIndex(of: "#") { query = query[..<hash] }
        return query.split(separator: "&").map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            func decoded(_ text: String) -> String { text.removingPercentEncoding ?? text }
            return NameValue(name: decoded(parts[0]), value: parts.count > 1 ? decoded(parts[1]) : "")
        }
    }

    /// Headers redacted again and sorted by name, as HAR's list of `{name, value}`.
    static func headers(_ headers: [String: String]) -> [NameValue] {
        Exchange.redacted(headers).map { NameValue(name: $0.key, value: $0.value) }
            .sorted { ($0.name.lowercased(), $0.name) < ($1.name.lowercased(), $1.name) }
    }

    /// The value of header `name` in any case.
    static func header(_ name: String, in headers: [String: String]) -> String? {
        headers.first { $0.key.lowercased() == name }?.value
    }

    /// Milliseconds, to the microsecond.
    static func milliseconds(_ duration: Duration) -> Double {
        let millis = Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
        return (millis * 1000).rounded() / 1000
    }

    // MARK: The HAR 1.2 objects, as they are encoded

    struct Document: Encodable {
        var log: Log
    }

    struct Log: Encodable {
        var version: String
        var creator: Creator
        var entries: [Entry]
    }

    struct Creator: Encodable {
        var name: String
        var version: String
    }

    struct NameValue: Encodable, Equatable {
        var name: String
        var value: String
    }

    struct Entry: Encodable {
        var startedDateTime: String
        var time: Double
        var request: Request
        var response: Response
        var cache = Cache()
        var timings: Timings
        var comment: String?

        init(_ exchange: Exchange) {
            startedDateTime = Date.ISO8601FormatStyle(includingFractionalSeconds: true).format(exchange.startedAt)
            time = max(0, HARLog.milliseconds(exchange.duration))
            request = Request(exchange)
            response = Response(exchange)
            timings = Timings(send: 0, wait: time, receive: 0)
            if exchange.wasCancelled {
                comment = "cancelled by minted before an answer came"
            } else if let failure = exchange.failure {
                comment = "no response: \(failure)"
            } else if exchange.isChallenge {
                comment = "Digest challenge, answered by the next request"
            }
        }
    }

    struct Request: Encodable {
        var method: String
        var url: String
        var httpVersion = HARLog.httpVersion
        var cookies: [NameValue] = []
        var headers: [NameValue]
        var queryString: [NameValue]
        var postData: PostData?
        var headersSize = -1
        var bodySize: Int

        init(_ exchange: Exchange) {
            method = exchange.method
            url = exchange.url
            headers = HARLog.headers(exchange.requestHeaders)
            queryString = HARLog.queryString(exchange.url)
            if !exchange.requestBody.isEmpty {
                postData = PostData(mimeType: HARLog.header("content-type", in: exchange.requestHeaders) ?? "application/json",
                                    text: Exchange.redactedBody(exchange.requestBody))
            }
            bodySize = exchange.requestBytes
        }
    }

    struct PostData: Encodable {
        var mimeType: String
        var text: String
    }

    struct Response: Encodable {
        var status: Int
        var statusText: String
        var httpVersion: String
        var cookies: [NameValue] = []
        var headers: [NameValue]
        var content: Content
        var redirectURL: String
        var headersSize = -1
        var bodySize: Int
        var error: String?

        enum CodingKeys: String, CodingKey {
            case status, statusText, httpVersion, cookies, headers, content, redirectURL, headersSize, bodySize
            case error = "_error"
        }

        init(_ exchange: Exchange) {
            status = exchange.status ?? 0
            statusText = exchange.status.map(HTTPStatus.reason) ?? ""
            httpVersion = exchange.status == nil ? "" : HARLog.httpVersion
            headers = HARLog.headers(exchange.responseHeaders)
            let text = Exchange.redactedBody(exchange.responseBody)
            content = Content(size: exchange.responseBytes, mimeType: HARLog.header("content-type", in: exchange.responseHeaders) ?? "x-unknown",
                              text: text.isEmpty ? nil : text,
                              comment: exchange.responseBytes > Exchange.bodyLimit ? "text cut at \(Exchange.bodyLimit) bytes; size is the whole body" : nil)
            redirectURL = HARLog.header("location", in: exchange.responseHeaders) ?? ""
            bodySize = exchange.status == nil ? -1 : exchange.responseBytes
            error = exchange.failure
        }
    }

    struct Content: Encodable {
        var size: Int
        var mimeType: String
        var text: String?
        var comment: String?
    }

    /// Always empty: the client keeps no cache.
    struct Cache: Encodable {}

    struct Timings: Encodable {
        var send: Double
        var wait: Double
        var receive: Double
    }
}
