import Foundation
import MintedAPI

/// Forwards each walletable request to the real host with `upstream`'s own Digest credentials, answers with what the
/// host said, and writes the exchange, secrets removed, as the next file of the cassette directory.
public actor CassetteRecorder: CassetteDeck {
    /// The cassette being written.
    public nonisolated let directory: URL
    private let upstream: MintedClient
    /// Told when an exchange could not be written (the client still gets the host's answer).
    private let report: @Sendable (String) -> Void
    private var nextSequence: Int
    /// Exchanges written so far.
    public private(set) var recorded = 0

    /// A recorder writing to `directory` (created 0700 when missing); a cassette already there is continued after its
    /// last exchange.
    public init(upstream: MintedClient, directory: URL, report: @escaping @Sendable (String) -> Void = { _ in }) throws {
        self.upstream = upstream
        self.directory = directory
        self.report = report
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw CassetteFailure(path: directory.path, reason: "cannot create the directory: \(error.localizedDescription)")
        }
        nextSequence = (try Cassette.sequences(in: directory).max() ?? 0) + 1
    }

    /// The first sequence this recorder writes: 1 for a new cassette.
    public var firstSequence: Int { nextSequence - recorded }

    public func answer(_ request: CassetteRequest) async throws -> CassetteAnswer {
        let components = URLComponents(string: "?" + request.query)
        let auth: Endpoint.Auth = request.bearerToken.map { .bearer($0) } ?? .digest
        let endpoint = Endpoint(method: request.method, path: request.path, query: components?.queryItems ?? [],
                                body: request.body.isEmpty ? nil : request.body, auth: auth, headers: request.vendorHeaders)
        let response: HTTPResponse
        do {
            response = try await upstream.forward(endpoint)
        } catch let error as APIError {
            throw CassetteRefusal(status: 502, message: .hostUnreachable(error.message.isEmpty ? "\(error)" : error.message))
        }
        guard nextSequence < 1_000_000 else {
            report("cassette \(directory.path): full at 999999 exchanges; not recorded: \(request.line)")
            return Self.answer(response)
        }
        let entry = CassetteEntry(
            sequence: nextSequence, method: request.method, path: request.path, query: request.query,
            requestBody: CassetteEntry.recordedRequestBody(request.body), status: response.status,
            responseHeaders: CassetteEntry.keptHeaders(response.headers),
            responseBody: CassetteEntry.recordedResponseBody(response.body, path: request.path), recordedAt: Date()
        )
        nextSequence += 1
        do {
            try PrivateFile(url: directory.appendingPathComponent(entry.fileName)).write(try Cassette.encoded(entry))
            recorded += 1
        } catch {
            report("cassette: \(entry.fileName) not written: \(error)")
        }
        return Self.answer(response)
    }

    /// The host's answer as the client gets it: the body untouched, the headers worth keeping.
    private static func answer(_ response: HTTPResponse) -> CassetteAnswer {
        CassetteAnswer(status: response.status, headers: CassetteEntry.keptHeaders(response.headers), body: response.body)
    }
}
