import Foundation
import MintedAPI
import MintedTesting
import MintedSandbox
import Testing

/// The Digest gate, driven by hand over loopback so each header can be chosen.
@Suite struct DigestGateTests {
    private let transport = HTTPClientTransport()

    /// A GET of `path` with `authorization`, if any.
    private func get(_ base: URL, _ path: String, authorization: String? = nil) async throws -> HTTPResponse {
        var request = HTTPRequest(method: "GET", url: URL(string: base.absoluteString + path)!)
        request.headers["x-client-id"] = "web"
        if let authorization { request.headers["Authorization"] = authorization }
        return try await transport.send(request)
    }

    /// The challenge of `algorithm` among those of a 401.
    private func challenge(_ response: HTTPResponse, _ algorithm: DigestAlgorithm) throws -> DigestChallenge {
        let header = try #require(response.header("www-authenticate"))
        let offered = AuthChallenge.parseAll(header).filter { $0.parameters["algorithm"] == algorithm.rawValue }
        let parameters = try #require(offered.first?.parameters)
        return DigestChallenge(
            realm: parameters["realm"] ?? "", nonce: parameters["nonce"] ?? "", opaque: parameters["opaque"],
            algorithm: algorithm, stale: parameters["stale"] == "true"
        )
    }

    private func authorization(_ challenge: DigestChallenge, uri: String, nc: UInt32, password: String = "sandbox") -> String {
        DigestResponse(challenge: challenge, username: "sandbox", method: "GET", uri: uri, nonceCount: nc, cnonce: "0a4f113b")
            .authorization(password: password)
    }

    @Test func offersSHA256AndMD5AndRefusesReplays() async throws {
        try await SandboxFixtures.withSandbox { _, server in
            let base = try #require(await server.baseURL)
            let path = Endpoint.currencyRatesPath
            let refused = try await get(base, path)
            #expect(refused.status == 401)
            let header = try #require(refused.header("www-authenticate"))
            #expect(AuthChallenge.parseAll(header).map { $0.parameters["algorithm"] } == ["SHA-256", "MD5"])
            #expect(AuthChallenge.parseAll(header).allSatisfy { $0.parameters["qop"] == "auth" && $0.parameters["opaque"] != nil })

            let sha = try challenge(refused, .sha256)
            #expect(try await get(base, path, authorization: authorization(sha, uri: path, nc: 1)).status == 200)
            #expect(try await get(base, path, authorization: authorization(sha, uri: path, nc: 1)).status == 401)
            #expect(try await get(base, path, authorization: authorization(sha, uri: path, nc: 3)).status == 200)
            #expect(try await get(base, path, authorization: authorization(sha, uri: path, nc: 2)).status == 200)

            let md5 = try challenge(refused, .md5)
            #expect(try await get(base, path, authorization: authorization(md5, uri: path, nc: 4)).status == 200)
            #expect(try await get(base, path, authorization: authorization(md5, uri: path, nc: 5, password: "nope")).status == 401)
            #expect(try await get(base, path, authorization: authorization(md5, uri: "/elsewhere", nc: 6)).status == 401)
            var otherRealm = md5
            otherRealm.realm = "elsewhere"
            #expect(try await get(base, path, authorization: authorization(otherRealm, uri: path, nc: 7)).status == 401)
        }
    }

    @Test func oldNoncesAreStaleAndTheClientRecovers() async throws {
        let clock = ManualClock()
        let transport = CountingTransport()
        try await SandboxFixtures.withSandbox(clock: clock, transport: transport) { client, _ in
            _ = try await client.send(.currencyRates())
            clock.advance(by: 301)
            let rates = try await client.send(.currencyRates())
            #expect(rates.count == 2)
            #expect(transport.seen == [401, 200, 401, 200])
            let staleChallenge = try #require(transport.all[2].header("www-authenticate"))
            #expect(AuthChallenge.parseAll(staleChallenge).allSatisfy { $0.parameters["stale"] == "true" })
            #expect(AuthChallenge.parseAll(transport.all[0].header("www-authenticate") ?? "").allSatisfy { $0.parameters["stale"] == nil })
        }
    }

    @Test func concurrentCallsAllGetThrough() async throws {
        try await SandboxFixtures.withSandbox { client, _ in
            _ = try await client.send(.currencyRates())
            let counts = try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<20 { group.addTask { try await client.send(.balance(customer: SandboxFixtures.customer)).count } }
                return try await group.reduce(into: [Int]()) { $0.append($1) }
            }
            #expect(counts == Array(repeating: 2, count: 20))
        }
    }

    private static let rfc2069 = SandboxConfiguration(volatility: 0, digestMode: .rfc2069)

    /// `minted sandbox --digest rfc2069`: one challenge without `qop` (MD5), and our client answers it in that form.
    @Test func rfc2069ChallengesWithoutQOPAndTheClientAnswersInKind() async throws {
        let transport = CountingTransport()
        try await SandboxFixtures.withSandbox(Self.rfc2069, transport: transport) { client, _ in
            #expect(try await client.send(.currencyRates()).count == 2)
            #expect(try await client.send(.currencyRates()).count == 2)
            #expect(transport.seen == [401, 200, 200])
            let offered = AuthChallenge.parseAll(transport.all[0].header("www-authenticate") ?? "")
            #expect(offered.count == 1)
            #expect(offered.first?.parameters["qop"] == nil && offered.first?.parameters["nonce"] != nil)
            let answer = try #require(transport.sent[1].headers["Authorization"])
            let parameters = try #require(AuthChallenge.parseAll(answer).first?.parameters)
            #expect(parameters["qop"] == nil && parameters["nc"] == nil && parameters["cnonce"] == nil)
            #expect(parameters["response"]?.count == 32)
        }
    }

    /// The client still speaks RFC 7616 to a sandbox that offers `qop="auth"`.
    @Test func rfc7616ClientAnswersWithQOPAndCounts() async throws {
        let transport = CountingTransport()
        try await SandboxFixtures.withSandbox(transport: transport) { client, _ in
            #expect(try await client.send(.currencyRates()).count == 2)
            let answer = try #require(transport.sent[1].headers["Authorization"])
            let parameters = try #require(AuthChallenge.parseAll(answer).first?.parameters)
            #expect(parameters["qop"] == "auth" && parameters["nc"] == "00000001" && parameters["cnonce"] != nil)
        }
    }

    /// Seed 004's header, exactly its shape: `Digest username=guest, realm="test", nonce="2", uri="/uri",
    /// response="…"` — the username unquoted, no `qop`, `nc`, `cnonce`, `opaque` or `algorithm`.
    @Test func theSeedsOwnHeaderShapeIsAccepted() async throws {
        let configuration = SandboxConfiguration(volatility: 0, username: "guest", password: "secret", realm: "test",
                                                 digestMode: .rfc2069)
        try await SandboxFixtures.withSandbox(configuration, password: "secret") { _, server in
            let base = try #require(await server.baseURL)
            let path = Endpoint.currencyRatesPath
            let refused = try await get(base, path)
            #expect(refused.status == 401)
            let nonce = try #require(AuthChallenge.parseAll(refused.header("www-authenticate") ?? "").first?.parameters["nonce"])
            let response = DigestResponse.response(algorithm: .md5, username: "guest", realm: "test", password: "secret",
                                                   method: "GET", uri: path, nonce: nonce, nc: nil, cnonce: nil, qop: nil)
            let header = #"Digest username=guest, realm="test", nonce="\#(nonce)", uri="\#(path)", response="\#(response)""#
            #expect(try await get(base, path, authorization: header).status == 200)
            #expect(try await get(base, path, authorization: header).status == 200)
            let wrong = header.replacingOccurrences(of: response, with: String(repeating: "0", count: 32))
            #expect(try await get(base, path, authorization: wrong).status == 401)
            let withQOP = header + ", qop=auth, nc=00000001, cnonce=\"abc\""
            #expect(try await get(base, path, authorization: withQOP).status == 401)
        }
    }
}
