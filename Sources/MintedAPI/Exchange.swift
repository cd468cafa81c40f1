import Foundation

/// One HTTP exchange as the inspector shows it: secrets redacted, bodies capped.
public struct Exchange: Sendable, Equatable, Identifiable {
    public var id: Int
    public var method: String
    public var url: String
    /// Nil when no response arrived.
    public var status: Int?
    public var startedAt: Date
    public var duration: Duration
    public var requestHeaders: [String: String]
    public var responseHeaders: [String: String]
    public var requestBody: String
    public var responseBody: String
    public var requestBytes: Int
    public var responseBytes: Int
    /// What went wrong when there was no response.
    public var failure: String?
    /// True for a 401 Digest challenge the client answered by retrying: part of the handshake, not a failure.
    public var isChallenge = false
    /// True when the app itself cancelled the call (a customer switch, quitting): not the API's failure.
    public var wasCancelled = false

    public init(id: Int, method: String, url: String, status: Int?, startedAt: Date, duration: Duration,
                requestHeaders: [String: String], responseHeaders: [String: String], requestBody: String, responseBody: String,
                requestBytes: Int, responseBytes: Int, failure: String?) {
        self.id = id
        self.method = method
        self.url = url
        self.status = status
        self.startedAt = startedAt
        self.duration = duration
        self.requestHeaders = requestHeaders
        self.responseHeaders = responseHeaders
        self.requestBody = requestBody
        self.responseBody = responseBody
        self.requestBytes = requestBytes
        self.responseBytes = responseBytes
        self.failure = failure
    }

    /// Bodies longer than this are cut, with a note of the full size.
    public static let bodyLimit = 16_384

    /// True for transport failures and 4xx / 5xx answers, except the Digest challenge that precedes a retry.
    public var isFailure: Bool { (failure != nil && !wasCancelled) || ((status ?? 0) >= 400 && !isChallenge) }

    /// The URL's path, without host or query.
    public var path: String { URLComponents(string: url)?.path ?? url }

    /// Header values with every credential removed: `Authorization` keeps only its scheme.
    public static func redacted(_ headers: [String: String]) -> [String: String] {
        var out: [String: String] = [:]
        for (name, value) in headers {
            switch name.lowercased() {
            case "authorization", "proxy-authorization":
                let scheme = value.split(separator: " ", maxSplits: 1).first.map(String.init) ?? ""
                out[name] = scheme.isEmpty ? "***" : scheme + " ***"
            case "cookie", "set-cookie":
                out[name] = "***"
            default:
                out[name] = value
            }
        }
        return out
    }

    /// A body as text, cut at `bodyLimit`, with credential values (`token`, `password`, …) replaced by `***`.
    public static func capped(_ data: Data?) -> String {
        guard let data, !data.isEmpty else { return "" }
        // Redacted whole, then cut: a credential split by the cut would escape the pattern.
        let text = redactedBody(String(decoding: data, as: UTF8.self))
        guard text.utf8.count > bodyLimit else { return text }
        return String(decoding: Data(text.utf8).prefix(bodyLimit), as: UTF8.self) + "\n… (\(data.count) bytes in all)"
    }

    /// JSON keys whose string values are credentials: a webview bearer token, a password.
    public static let credentialKeys = ["token", "access_token", "refresh_token", "password", "secret", "api_key"]

    private static let credentialRedaction = StringValueRedaction(keys: credentialKeys)

    /// `text` with the string value of every credential key replaced by `***`.
    public static func redactedBody(_ text: String) -> String {
        credentialRedaction.apply(to: text, replacement: "***")
    }
}

/// The last exchanges, newest last, in a bounded ring.
public actor ExchangeLog {
    public let capacity: Int
    private var entries: [Exchange] = []
    private var nextId = 1
    private var observers: [UUID: AsyncStream<Exchange>.Continuation] = [:]

    public init(capacity: Int = 500) { self.capacity = max(1, capacity) }

    /// Every exchange kept, oldest first.
    public var all: [Exchange] { entries }

    /// Records an exchange, assigning its id; the oldest falls out when full.
    @discardableResult
    public func record(_ exchange: Exchange) -> Exchange {
        var entry = exchange
        entry.id = nextId
        nextId += 1
        entries.append(entry)
        if entries.count > capacity { entries.removeFirst(entries.count - capacity) }
        for observer in observers.values { observer.yield(entry) }
        return entry
    }

    /// New exchanges as they are recorded.
    public func updates() -> AsyncStream<Exchange> {
        let (stream, continuation) = AsyncStream<Exchange>.makeStream(bufferingPolicy: .bufferingNewest(100))
        let id = UUID()
        observers[id] = continuation
        continuation.onTermination = { [weak self] _ in Task { await self?.removeObserver(id) } }
        return stream
    }

    private func removeObserver(_ id: UUID) { observers[id] = nil }
}
