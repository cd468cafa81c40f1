import Foundation
import MintedAPI
import Testing

/// RFC 7616 §3.9.1: the same request answered with MD5 and with SHA-256.
struct DigestTests {
    let realm = "http-auth@example.org"
    let nonce = "7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v"
    let cnonce = "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ"
    let opaque = "FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS"

    func response(_ algorithm: DigestAlgorithm) -> String {
        let challenge = DigestChallenge(realm: realm, nonce: nonce, opaque: opaque, algorithm: algorithm)
        return DigestResponse(challenge: challenge, username: "Mufasa", method: "GET", uri: "/dir/index.html",
                              nonceCount: 1, cnonce: cnonce).response(password: "Circle of Life")
    }

    @Test func rfc7616MD5Example() {
        #expect(response(.md5) == "8ca523f5e9506fed4657c9700eebdbec")
    }

    @Test func rfc7616SHA256Example() {
        #expect(response(.sha256) == "753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1")
    }

    @Test func authorizationHeaderCarriesEveryParameter() {
        let challenge = DigestChallenge(realm: realm, nonce: nonce, opaque: opaque, algorithm: .sha256)
        let header = DigestResponse(challenge: challenge, username: "Mufasa", method: "GET", uri: "/dir/index.html",
                                    nonceCount: 1, cnonce: cnonce).authorization(password: "Circle of Life")
        #expect(header.hasPrefix("Digest "))
        #expect(header.contains("nc=00000001"))
        #expect(header.contains("qop=auth"))
        #expect(header.contains("opaque=\"\(opaque)\""))
        #expect(header.contains("algorithm=SHA-256"))
        #expect(header.contains("response=\"753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1\""))
        #expect(!header.contains("Circle of Life"))
    }

    @Test func parsesTheRFCChallengeWithTwoAlgorithmsInPreferenceOrder() throws {
        let header = """
        Digest realm="http-auth@example.org", qop="auth, auth-int", algorithm=SHA-256, \
        nonce="\(nonce)", opaque="\(opaque)", Digest realm="http-auth@example.org", qop="auth, auth-int", \
        algorithm=MD5, nonce="\(nonce)", opaque="\(opaque)"
        """
        let challenges = AuthChallenge.parseAll(header)
        #expect(challenges.count == 2)
        let chosen = try #require(DigestChallenge.parse(header))
        #expect(chosen.algorithm == .sha256)
        #expect(chosen.nonce == nonce)
        #expect(chosen.opaque == opaque)
        #expect(chosen.offersAuthQOP)
    }

    @Test func parsesQuotedCommasAndEscapedQuotes() throws {
        let header = #"Basic realm="x", Digest realm="a, \"quoted\" realm", nonce="n,1", stale=TRUE, qop="auth""#
        let challenge = try #require(DigestChallenge.parse(header))
        #expect(challenge.realm == #"a, "quoted" realm"#)
        #expect(challenge.nonce == "n,1")
        #expect(challenge.stale)
        #expect(challenge.algorithm == .md5)
    }

    @Test func rfc2069ChallengeWithoutQOP() throws {
        let challenge = try #require(DigestChallenge.parse(#"Digest realm="r", nonce="abc""#))
        #expect(!challenge.offersAuthQOP)
        let header = DigestResponse(challenge: challenge, username: "u", method: "GET", uri: "/", nonceCount: 1, cnonce: "c")
            .authorization(password: "p")
        #expect(!header.contains("qop="))
        #expect(!header.contains("nc="))
    }

    @Test func rejectsChallengesWithoutRealmOrNonceAndUnknownAlgorithms() {
        #expect(DigestChallenge.parse(#"Digest nonce="abc""#) == nil)
        #expect(DigestChallenge.parse(#"Digest realm="r", nonce="abc", algorithm=SHA-512-256"#) == nil)
        #expect(DigestChallenge.parse("Bearer") == nil)
        #expect(DigestChallenge.parse("") == nil)
    }
}
