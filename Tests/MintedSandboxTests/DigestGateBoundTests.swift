import Foundation
import MintedAPI
@testable import MintedSandbox
import Testing

/// The nonce table under an unauthenticated flood: bounded, and old nonces leave it from the front.
@Suite struct DigestGateBoundTests {
    @Test func aFloodOfChallengesKeepsTheTableBounded() {
        var gate = DigestGate(configuration: SandboxConfiguration(), seed: 7)
        let now = Date(timeIntervalSince1970: 1_771_590_477)
        for _ in 0..<(DigestGate.nonceCapacity + 2_500) { _ = gate.challenges(stale: false, now: now) }
        #expect(gate.liveNonceCount == DigestGate.nonceCapacity)
    }

    @Test func expiredNoncesAreForgottenOnTheNextChallenge() {
        var gate = DigestGate(configuration: SandboxConfiguration(nonceLifetime: 10), seed: 7)
        let now = Date(timeIntervalSince1970: 1_771_590_477)
        for _ in 0..<100 { _ = gate.challenges(stale: false, now: now) }
        #expect(gate.liveNonceCount == 100)
        _ = gate.challenges(stale: false, now: now.addingTimeInterval(21))
        #expect(gate.liveNonceCount == 1)
    }

    /// A nonce pushed out by the bound reads as stale, so its client simply retries with a fresh one.
    @Test func aForgottenNonceIsStaleNotRefused() throws {
        var gate = DigestGate(configuration: SandboxConfiguration(), seed: 7)
        let now = Date(timeIntervalSince1970: 1_771_590_477)
        let offered = try #require(DigestChallenge.parse(gate.challenges(stale: false, now: now).joined(separator: ", ")))
        let uri = "/partner/walletable/currency-rates"
        let answer = DigestResponse(challenge: offered, username: "sandbox", method: "GET", uri: uri, nonceCount: 1, cnonce: "c0ffee")
            .authorization(password: "sandbox")
        #expect(gate.verify(authorization: answer, method: "GET", uri: uri, now: now) == .accepted)
        for _ in 0..<DigestGate.nonceCapacity { _ = gate.challenges(stale: false, now: now) }
        let again = DigestResponse(challenge: offered, username: "sandbox", method: "GET", uri: uri, nonceCount: 2, cnonce: "c0ffee")
            .authorization(password: "sandbox")
        #expect(gate.verify(authorization: again, method: "GET", uri: uri, now: now) == .stale)
    }
}
