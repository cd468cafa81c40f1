import Foundation
import MintedAPI
import MintedTesting
import Synchronization
import Testing

/// The client's Digest handshake and error mapping, against a scripted server.
struct ClientAuthTests {
    static let rates = #"{"data": [], "success": true, "code": 0, "message": ""}"#

    /// A minimal Digest verifier: one nonce, MD5, each nc accepted once.
    final class DigestServer: Sendable {
        let password: String
        let seen = Mutex<Set<String>>([])
        init(password: String) { self.password = password }

        func respond(_ request: HTTPRequest) -> HTTPResponse {
            let challenge = #"Digest realm="test", qop="auth", algorithm=MD5, nonce="n1", opaque="o1""#
            guard let header = request.headers["Authorization"] else {
                return HTTPResponse(status: 401, headers: ["WWW-Authenticate": challenge])
            }
            let fields = AuthChallenge.parseAll(header).first?.parameters ?? [:]
            let expected = DigestResponse.response(
                algorithm: .md5, username: fields["username"] ?? "", realm: "test", password: password, method: request.method,
                uri: request.requestURI, nonce: "n1", nc: fields["nc"], cnonce: fields["cnonce"], qop: fields["qop"]
            )
            let fresh = seen.withLock { $0.insert(fields["nc"] ?? "").inserted }
            guard fields["response"] == expected, fields["opaque"] == "o1", fresh else {
                return HTTPResponse(status: 401, headers: ["WWW-Authenticate": challenge], body: Data("<html>401</html>".utf8))
            }
            return FakeTransport.json(ClientAuthTests.rates)
        }
    }

    func client(_ transport: any HTTPTransport, password: String = "secret") -> MintedClient {
        MintedClient(configuration: ClientConfiguration(baseURL: URL(string: "http://127.0.0.1:9")!,
                                                        credentials: DigestCredentials(username: "qa", password: password)),
                     transport: transport)
    }

    @Test func tenCallsMakeElevenExchanges() async throws {
        let server = DigestServer(password: "secret")
        let transport = FakeTransport { server.respond($0) }
        let client = client(transport)
        for _ in 0..<10 { _ = try await client.send(.currencyRates()) }
        #expect(transport.requests.count == 11)
        let counts = transport.requests.compactMap { $0.headers["Authorization"] }.compactMap { AuthChallenge.parseAll($0).first?.parameters["nc"] }
        #expect(counts == (1...10).map { String(format: "%08x", $0) })
    }

    @Test func wrongPasswordEndsAsUnauthorizedAfterOneRetry() async throws {
        let server = DigestServer(password: "secret")
        let transport = FakeTransport { server.respond($0) }
        let client = client(transport, password: "wrong")
        await #expect {
            _ = try await client.send(.currencyRates())
        } throws: { error in
            guard case APIError.unauthorized = error else { return false }
            return true
        }
        #expect(transport.requests.count == 2)
        #expect(transport.requests.allSatisfy { !($0.headers["Authorization"] ?? "").contains("wrong") })
    }

    @Test func staleNonceIsRetriedOnceWithTheNewNonce() async throws {
        let calls = Mutex(0)
        let transport = FakeTransport { request in
            let call = calls.withLock { $0 += 1; return $0 }
            let nonce = call < 3 ? "old" : "new"
            let header = request.headers["Authorization"] ?? ""
            if header.contains("nonce=\"\(nonce)\"") { return FakeTransport.json(Self.rates) }
            return HTTPResponse(status: 401, headers: ["WWW-Authenticate": #"Digest realm="r", qop="auth", nonce="\#(nonce)", stale=\#(call > 1)"#])
        }
        let client = client(transport)
        _ = try await client.send(.currencyRates())
        _ = try await client.send(.currencyRates())
        #expect(calls.withLock { $0 } == 4)
    }

    @Test func validationErrorsKeepEveryFieldMessage() async throws {
        let transport = FakeTransport { _ in
            FakeTransport.json(#"{"data": null, "success": false, "code": 422, "message": "The given data was invalid.", "errors": {"qty": ["The qty must be at least 1."]}}"#, status: 422)
        }
        await #expect(throws: APIError.validation(message: "The given data was invalid.", fields: ["qty": ["The qty must be at least 1."]])) {
            _ = try await client(transport).send(.updateItem(customer: "c", cartToken: "t", sku: "s", qty: 0))
        }
    }

    @Test func anHTMLErrorPageStillGivesAStatusAndMessage() async throws {
        let transport = FakeTransport { _ in HTTPResponse(status: 502, headers: ["content-type": "text/html"], body: Data("<html>bad gateway</html>".utf8)) }
        await #expect(throws: APIError.server(status: 502, message: "Bad Gateway")) {
            _ = try await client(transport).send(.currencyRates())
        }
    }

    @Test func aDeadPortIsATransportError() async throws {
        let client = MintedClient(configuration: ClientConfiguration(baseURL: URL(string: "http://127.0.0.1:9")!,
                                                                     credentials: DigestCredentials(username: "u", password: "p"),
                                                                     timeout: .seconds(5)))
        await #expect {
            _ = try await client.send(.currencyRates())
        } throws: { error in
            guard let error = error as? APIError else { return false }
            if case .transport = error { return true }
            return error == .timeout
        }
    }
}
