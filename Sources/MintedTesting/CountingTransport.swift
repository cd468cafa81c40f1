import MintedAPI
import Synchronization

/// Wraps a transport (`HTTPClientTransport` by default), counting every HTTP exchange and remembering each response.
public final class CountingTransport: HTTPTransport {
    private let base: any HTTPTransport
    private let responses = Mutex<[HTTPResponse]>([])
    private let requests = Mutex<[HTTPRequest]>([])

    public init(_ base: any HTTPTransport = HTTPClientTransport()) { self.base = base }

    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        requests.withLock { $0.append(request) }
        let response = try await base.send(request)
        responses.withLock { $0.append(response) }
        return response
    }

    /// Exchanges so far.
    public var exchanges: Int { responses.withLock { $0.count } }

    /// Each exchange's status, in order.
    public var seen: [Int] { responses.withLock { $0.map(\.status) } }

    /// Every request as it went on the wire, credentials included: what must never reach the screen.
    public var sent: [HTTPRequest] { requests.withLock { $0 } }

    /// Each exchange's response, in order.
    public var all: [HTTPResponse] { responses.withLock { $0 } }
}
