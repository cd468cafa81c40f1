import Foundation
import MintedAPI
import MintedTesting
import Testing

/// Random and mutated inputs for every parser that reads the network: no crash, every failure typed.
/// The loops yield now and then so that other suites' servers still get the cooperative threads.
@Suite(.serialized)
struct DecoderTortureTests {
    static let seed = (try? Fixture.data("seed004.json")) ?? Data()

    /// `base` with a few random byte edits: flips, deletions, insertions of JSON punctuation and digits.
    static func mutate(_ base: [UInt8], using generator: inout SeededGenerator) -> [UInt8] {
        var bytes = base
        let alphabet = Array(#"{}[]",:0123456789.-eE truefalsnul\"#.utf8)
        for _ in 0..<Int.random(in: 1...6, using: &generator) where !bytes.isEmpty {
            let index = Int.random(in: 0..<bytes.count, using: &generator)
            switch Int.random(in: 0..<4, using: &generator) {
            case 0: bytes[index] ^= UInt8.random(in: 1...255, using: &generator)
            case 1: bytes.remove(at: index)
            case 2: bytes.insert(alphabet.randomElement(using: &generator)!, at: index)
            default: bytes[index] = alphabet.randomElement(using: &generator)!
            }
        }
        return bytes
    }

    @Test func oneHundredThousandMutatedBasketsNeverCrashTheDecoder() async throws {
        let base = Array(try Fixture.data("seed004.json"))
        var generator = SeededGenerator(seed: 0x5EED_0004)
        var decoded = 0
        var refused = 0
        for round in 0..<100_000 {
            if round % 500 == 0 { await Task.yield() }
            let bytes = round % 10 == 0
                ? (0..<Int.random(in: 0...64, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
                : Self.mutate(base, using: &generator)
            do {
                _ = try JSONDecoder().decode(Envelope<Basket>.self, from: Data(bytes))
                decoded += 1
            } catch is DecodingError {
                refused += 1
            }
        }
        #expect(decoded + refused == 100_000)
        #expect(decoded > 0, "some mutations keep the JSON valid")
        #expect(refused > 0)
    }

    @Test func malformedBodiesThroughTheClientAreAlwaysAPIErrors() async throws {
        let base = Array(try Fixture.data("seed004.json"))
        var generator = SeededGenerator(seed: 42)
        var bodies: [Data] = []
        for _ in 0..<2_000 { bodies.append(Data(Self.mutate(base, using: &generator))) }
        for (index, body) in bodies.enumerated() {
            let status = [200, 200, 200, 401, 404, 409, 422, 500, 502][index % 9]
            let transport = FakeTransport { _ in HTTPResponse(status: status, headers: ["content-type": "application/json"], body: body) }
            let client = MintedClient(configuration: ClientConfiguration(baseURL: URL(string: "http://127.0.0.1:9")!,
                                                                         credentials: DigestCredentials(username: "u", password: "p")),
                                      transport: transport)
            do {
                _ = try await client.send(.activeBasket(customer: "c", type: .buy))
            } catch {
                #expect(error is APIError, "body \(index) gave \(type(of: error))")
            }
        }
    }

    @Test func oneHundredThousandRandomChallengesNeverCrashTheParser() async {
        var generator = SeededGenerator(seed: 7616)
        let pieces = ["Digest", "Basic", " ", ",", "=", "\"", "\\", "realm", "nonce", "qop", "auth", "algorithm", "SHA-256", "MD5",
                      "stale", "true", "opaque", "abc", "ş", "\u{0}", "\t", "==", "userhash"]
        let valid = Array(#"Digest realm="minted, \"sandbox\"", qop="auth", algorithm=SHA-256, nonce="n0nce", opaque="o", Digest realm="r", algorithm=MD5, nonce="m""#.utf8)
        var parsed = 0
        for round in 0..<100_000 {
            if round % 500 == 0 { await Task.yield() }
            let header = round % 2 == 0
                ? (0..<Int.random(in: 0...24, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
                : String(decoding: DecoderTortureTests.mutate(valid, using: &generator), as: UTF8.self)
            if let challenge = DigestChallenge.parse(header) {
                parsed += 1
                #expect(!challenge.nonce.isEmpty || header.contains("nonce"))
            }
            _ = AuthChallenge.parseAll(header)
        }
        #expect(parsed > 0, "some random headers are valid challenges")
    }
}
