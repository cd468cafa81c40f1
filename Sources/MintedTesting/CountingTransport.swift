import MintedAPI
import Synchronization

/// Wraps a transport and counts the HTTP exchanges that pass through it.
public final class CountingTransport: HTTPTransport {
    private let base: any HTTPTransport
    private let counter = Mutex(0)

    public init(_ base: any HTTPTransport) { self.base = base }

    /// Exchanges so far.
    public var count: Int { counter.withLock { $0 } }

    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        counter.withLock { $0 += 1 }
        return try await base.send(request)
    }
}
