import Foundation
import MintedAPI

/// The server side of Digest auth: RFC 7616 with `qop="auth"`, or the vendor's RFC 2069 form (`DigestMode`). It issues
/// nonces, remembers when each was issued and which nonce counts it has accepted, and checks every `Authorization`
/// header against them.
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
    private let mode: DigestMode
    /// The `opaque` of every challenge; a client that sends another one is refused.
    private let opaque: String
    private var nonces: [String: NonceRecord] = [:]
    /// Issued nonces oldest first, from `oldest` on: pruning pops from the front, so a 401 costs O(1) amortised
    /// however many nonces are live (a flood of unauthenticated requests used to scan the whole table each time).
    private var issueOrder: [String] = []
    private var oldest = 0
    /// Live nonces kept at most; past it the oldest is forgotten (its client gets a fresh challenge and retries).
    static let nonceCapacity = 10_000
    private var random: SplitMix64

    /// A gate for `configuration`'s realm and credentials; `seed` drives its nonces.
    init(configuration: SandboxConfiguration, seed: UInt64) {
        realm = configuration.realm
        username = configuration.username
        password = configuration.password
        lifetime = configuration.nonceLifetime
        mode = configuration.digestMode
        random = SplitMix64(seed: seed)
        opaque = Self.hex(&random, bytes: 16)
    }

    /// The `WWW-Authenticate` values of a 401: one fresh nonce offered with SHA-256 first, then MD5; in RFC 2069 mode a
    /// single challenge without `qop` or `algorithm` (MD5), as the vendor's example answers.
    mutating func challenges(stale: Bool, now: Date) -> [String] {
        let nonce = Self.hex(&random, bytes: 16)
        remember(nonce, now: now)
        if mode == .rfc2069 {
            return [#"Digest realm="\#(realm)", nonce="\#(nonce)", opaque="\#(opaque)""# + (stale ? ", stale=true" : "")]
        }
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
              let nonce = parameters["nonce"], let response = parameters["response"],
              let algorithm = DigestAlgorithm(parameter: parameters["algorithm"]) else { return .rejected }
        if mode == .rfc2069 {
            return verifyWithoutQOP(parameters, algorithm: algorithm, method: method, uri: uri, nonce: nonce,
                                    response: response, now: now)
        }
        guard parameters["qop"]?.lowercased() == "auth", let cnonce = parameters["cnonce"],
              let nc = parameters["nc"], nc.count == 8, let count = UInt32(nc, radix: 16) else { return .rejected }
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

    /// The RFC 2069 check (seed 004's `Digest username=guest, realm="test", nonce="2", uri="/uri", response="…"`):
    /// no `qop`, `nc` or `cnonce`; an answer that names a `qop` is refused, as the challenge offered none.
    private func verifyWithoutQOP(_ parameters: [String: String], algorithm: DigestAlgorithm, method: String, uri: String,
                                  nonce: String, response: String, now: Date) -> Verdict {
        guard parameters["qop"] == nil, !algorithm.isSession else { return .rejected }
        let expected = DigestResponse.response(
            algorithm: algorithm, username: username, realm: realm, password: password, method: method, uri: uri,
            nonce: nonce, nc: nil, cnonce: nil, qop: nil
        )
        guard Self.constantTimeEqual(expected, response.lowercased()) else { return .rejected }
        guard let record = nonces[nonce], now.timeIntervalSince(record.issuedAt) <= lifetime else { return .stale }
        return .accepted
    }

    /// Records a fresh nonce, first forgetting those past twice their lifetime and, over capacity, the oldest.
    private mutating func remember(_ nonce: String, now: Date) {
        while oldest < issueOrder.count {
            let candidate = issueOrder[oldest]
            let expired = nonces[candidate].map { now.timeIntervalSince($0.issuedAt) > lifetime * 2 } ?? true
            guard expired || nonces.count >= Self.nonceCapacity else { break }
            nonces[candidate] = nil
            oldest += 1
        }
        if oldest > 1_024 && oldest * 2 > issueOrder.count {
            issueOrder.removeFirst(oldest)
            oldest = 0
        }
        nonces[nonce] = NonceRecord(issuedAt: now)
        issueOrder.append(nonce)
    }

    /// The number of nonces remembered, for tests of the bound.
    var liveNonceCount: Int { nonces.count }

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
