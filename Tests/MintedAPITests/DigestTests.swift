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

    /// Independent vectors, computed with Python's hashlib from the RFC 7616 §3.9.1 inputs.
    @Test func sessionVariantsHashTheNonceAndCnonceIntoHA1() {
        #expect(response(.md5Session) == "e783283f46242139c486a698fec7211d")
        #expect(response(.sha256Session) == "2fd51b3a77ad75bad6afad6003e818d767133c46d9e2749e7f5232ae1ea3efd7")
    }

    @Test func rfc2069ResponseWithoutQOP() {
        for (algorithm, expected) in [(DigestAlgorithm.md5, "7b2cc3b30e75b4777ea31027084363fd"),
                                      (.sha256, "a1306b0595a6c7fe96c448631fb5cfbd5107bd1fe1da729d978dd7446b812363")] {
            let challenge = DigestChallenge(realm: realm, nonce: nonce, offersAuthQOP: false, algorithm: algorithm)
            let digest = DigestResponse(challenge: challenge, username: "Mufasa", method: "GET", uri: "/dir/index.html",
                                        nonceCount: 1, cnonce: cnonce)
            #expect(digest.response(password: "Circle of Life") == expected)
        }
    }

    @Test func userhashSendsTheHashedUsername() {
        let challenge = DigestChallenge(realm: realm, nonce: nonce, algorithm: .sha256, userhash: true)
        let header = DigestResponse(challenge: challenge, username: "Mufasa", method: "GET", uri: "/", nonceCount: 1, cnonce: cnonce)
            .authorization(password: "Circle of Life")
        #expect(header.contains("username=\"a947aad205e80e429958a387394944c6b496301e79f89d35a4cc23b6ee12b5b6\""))
        #expect(header.contains("userhash=true"))
        #expect(!header.contains("Mufasa"))
    }

    @Test func quotedValuesInTheHeaderAreEscaped() {
        let challenge = DigestChallenge(realm: #"a "quoted" realm"#, nonce: "n")
        let header = DigestResponse(challenge: challenge, username: #"o'neil\x"#, method: "GET", uri: "/", nonceCount: 1, cnonce: "c")
            .authorization(password: "p")
        #expect(header.contains(#"realm="a \"quoted\" realm""#))
        #expect(header.contains(#"username="o'neil\\x""#))
        let parsed = AuthChallenge.parseAll(header).first?.parameters
        #expect(parsed?["realm"] == #"a "quoted" realm"#)
        #expect(parsed?["username"] == #"o'neil\x"#)
    }

    @Test func cnoncesAreFreshAndNoncesCountUp() async {
        let session = DigestSession(credentials: DigestCredentials(username: "u", password: "p"))
        #expect(await session.authorization(method: "GET", uri: "/") == nil)
        await session.accept(DigestChallenge(realm: "r", nonce: "n"))
        var cnonces = Set<String>()
        for count in 1...5 {
            let header = await session.authorization(method: "GET", uri: "/") ?? ""
            let fields = AuthChallenge.parseAll(header).first?.parameters ?? [:]
            #expect(fields["nc"] == String(format: "%08x", count))
            cnonces.insert(fields["cnonce"] ?? "")
        }
        #expect(cnonces.count == 5)
        await session.accept(DigestChallenge(realm: "r", nonce: "m"))
        let restarted = await session.authorization(method: "GET", uri: "/") ?? ""
        #expect(restarted.contains("nc=00000001"))
        #expect(restarted.contains("nonce=\"m\""))
    }
}
