import Foundation
import MintedAPI
import Synchronization

/// A transport that answers from a script and records every request, for tests without a server.
public final class FakeTransport: HTTPTransport {
    private let state: Mutex<(requests: [HTTPRequest], respond: @Sendable (HTTPRequest) throws -> HTTPResponse)>

    public init(respond: @escaping @Sendable (HTTPRequest) throws -> HTTPResponse) {
        state = Mutex((requests: [], respond: respond))
    }

    /// Every request sent so far, oldest first.
    public var requests: [HTTPRequest] { state.withLock { $0.requests } }

    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let respond = state.withLock { state in
            state.requests.append(request)
            return state.respond
        }
        return try respond(request)
    }

    /// A JSON response with `status`.
    public static func json(_ text: String, status: Int = 200, headers: [String: String] = [:]) -> HTTPResponse {
        var all = headers
        all["content-type"] = "application/json"
        return HTTPResponse(status: status, headers: all, body: Data(text.utf8))
    }
}
