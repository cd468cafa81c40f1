import Foundation
import MintedAPI

/// The server side of RFC 7616 Digest auth with `qop="auth"`: it issues nonces, remembers when each was
/// issued and which nonce counts it has accepted, and checks every `Authorization` header against them.
struct DigestGate: Sendable {
    /// What a request's credentials earn it.
    enum Verdict: Sendable, Equatable {
        case accepted
        /// Wrong or missing credentials, a replayed nonce count, or an unusable header.
        case rejected
        /// The right credentials on a nonce too old (or unknown): the client should retry with a fresh one.
        case stale
    }

    /// An issued nonce: when, and the nonce counts already used with it.
    private struct NonceRecord: Sendable {
        var issuedAt: Date
        var usedCounts: Set<UInt32> = []
    }

    private let realm: String
    private let username: String
    private let password: String
    private let lifetime: TimeInterval
    /// The `opaque` of every challenge; a client that sends another one is refused.
    private let opaque: String
    private var nonces: [String: NonceRecord] = [:]
    private var random: SplitMix64

    /// A gate for `configuration`'s realm and credentials; `seed` drives its nonces.
    init(configuration: SandboxConfiguration, seed: UInt64) {
        realm = configuration.realm
        username = configuration.username
        password = configuration.password
        lifetime = configuration.nonceLifetime
        random = SplitMix64(seed: seed)
        opaque = Self.hex(&random, bytes: 16)
    }

    /// The `WWW-Authenticate` values of a 401: one fresh nonce offered with SHA-256 first, then MD5.
    mutating func challenges(stale: Bool, now: Date) -> [String] {
        nonces = nonces.filter { now.timeIntervalSince($0.value.issuedAt) <= lifetime * 2 }
        let nonce = Self.hex(&random, bytes: 16)
        nonces[nonce] = NonceRecord(issuedAt: now)
        return [DigestAlgorithm.sha256, .md5].map { algorithm in
            var value = #"Digest realm="\#(realm)", qop="auth", algorithm=\#(algorithm.rawValue), nonce="\#(nonce)", opaque="\#(opaque)""#
            if stale { value += ", stale=true" }
            return value
        }
    }

    /// Checks an `Authorization` header for a request of `method` to `uri` (path plus query, as sent).
    /// An accepted nonce count is spent: the same `nc` on the same nonce is refused from then on.
    mutating func verify(authorization: String?, method: String, uri: String, now: Date) -> Verdict {
        guard let authorization,
              let credentials = AuthChallenge.parseAll(authorization).first,
              credentials.scheme.caseInsensitiveCompare("Digest") == .orderedSame else { return .rejected }
        let parameters = credentials.parameters
        guard parameters["username"] == username, parameters["realm"] == realm, parameters["uri"] == uri,
              parameters["userhash"].map({ $0.lowercased() != "true" }) ?? true,
              parameters["opaque"].map({ $0 == opaque }) ?? true,
              parameters["qop"]?.lowercased() == "auth",
              let nonce = parameters["nonce"], let cnonce = parameters["cnonce"], let response = parameters["response"],
              let nc = parameters["nc"], nc.count == 8, let count = UInt32(nc, radix: 16),
              let algorithm = DigestAlgorithm(parameter: parameters["algorithm"]) else { return .rejected }
        let expected = DigestResponse.response(
            algorithm: algorithm, username: username, realm: realm, password: password, method: method, uri: uri,
            nonce: nonce, nc: nc, cnonce: cnonce, qop: "auth"
        )
        guard Self.constantTimeEqual(expected, response.lowercased()) else { return .rejected }
        guard var record = nonces[nonce], now.timeIntervalSince(record.issuedAt) <= lifetime else { return .stale }
        guard record.usedCounts.insert(count).inserted else { return .rejected }
        nonces[nonce] = record
        return .accepted
    }

    /// Compares two strings in time that depends only on their lengths.
    static func constantTimeEqual(_ lhs: String, _ rhs: String) -> Bool {
        let left = Array(lhs.utf8), right = Array(rhs.utf8)
        guard left.count == right.count else { return false }
        var difference: UInt8 = 0
        for index in left.indices { difference |= left[index] ^ right[index] }
        return difference == 0
    }

    private static func hex(_ random: inout SplitMix64, bytes: Int) -> String {
        (0..<bytes).map { _ in
            let text = String(UInt8.random(in: 0...255, using: &random), radix: 16)
            return text.count == 1 ? "0" + text : text
        }.joined()
    }
}
