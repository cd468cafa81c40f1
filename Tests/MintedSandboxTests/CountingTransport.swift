import Foundation
import MintedAPI
import Synchronization

/// URLSession underneath, counting every HTTP exchange and remembering each status.
final class CountingTransport: HTTPTransport {
    private let base = URLSessionTransport()
    private let statuses = Mutex<[Int]>([])

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let response = try await base.send(request)
        statuses.withLock { $0.append(response.status) }
        return response
    }

    /// Exchanges so far.
    var exchanges: Int { statuses.withLock { $0.count } }

    /// Each exchange's status, in order.
    var seen: [Int] { statuses.withLock { $0 } }
}
