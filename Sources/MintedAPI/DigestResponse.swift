/// The computation of an RFC 7616 Digest `response` and its `Authorization` header.
public struct DigestResponse: Sendable, Equatable {
    public var challenge: DigestChallenge
    public var username: String
    public var method: String
    public var uri: String
    public var nonceCount: UInt32
    public var cnonce: String

    public init(challenge: DigestChallenge, username: String, method: String, uri: String, nonceCount: UInt32, cnonce: String) {
        self.challenge = challenge
        self.username = username
        self.method = method
        self.uri = uri
        self.nonceCount = nonceCount
        self.cnonce = cnonce
    }

    /// `nc` as sent: eight hex digits.
    public var nc: String {
        let hex = String(nonceCount, radix: 16)
        return String(repeating: "0", count: max(0, 8 - hex.count)) + hex
    }

    /// The `response` value for `password`.
    public func response(password: String) -> String {
        Self.response(
            algorithm: challenge.algorithm, username: username, realm: challenge.realm, password: password,
            method: method, uri: uri, nonce: challenge.nonce, nc: challenge.offersAuthQOP ? nc : nil,
            cnonce: cnonce, qop: challenge.offersAuthQOP ? "auth" : nil
        )
    }

    /// The digest both sides compute; `qop` nil gives the RFC 2069 form.
    public static func response(algorithm: DigestAlgorithm, username: String, realm: String, password: String,
                                method: String, uri: String, nonce: String, nc: String?, cnonce: String?,
                                qop: String?) -> String {
        var ha1 = algorithm.hash("\(username):\(realm):\(password)")
        if algorithm.isSession { ha1 = algorithm.hash("\(ha1):\(nonce):\(cnonce ?? "")") }
        let ha2 = algorithm.hash("\(method):\(uri)")
        if let qop, let nc, let cnonce {
            return algorithm.hash("\(ha1):\(nonce):\(nc):\(cnonce):\(qop):\(ha2)")
        }
        return algorithm.hash("\(ha1):\(nonce):\(ha2)")
    }

    /// The full `Authorization` header value.
    public func authorization(password: String) -> String {
        var parts = [
            "username=\(Self.quoted(challenge.userhash ? challenge.algorithm.hash("\(username):\(challenge.realm)") : username))",
            "realm=\(Self.quoted(challenge.realm))",
            "uri=\(Self.quoted(uri))",
            "algorithm=\(challenge.algorithm.rawValue)",
            "nonce=\(Self.quoted(challenge.nonce))",
        ]
        if challenge.offersAuthQOP {
            parts += ["nc=\(nc)", "cnonce=\(Self.quoted(cnonce))", "qop=auth"]
        }
        parts.append("response=\(Self.quoted(response(password: password)))")
        if let opaque = challenge.opaque { parts.append("opaque=\(Self.quoted(opaque))") }
        if challenge.userhash { parts.append("userhash=true") }
        return "Digest " + parts.joined(separator: ", ")
    }

    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
