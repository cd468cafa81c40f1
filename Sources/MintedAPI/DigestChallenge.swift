import Foundation

/// One `WWW-Authenticate` challenge: its scheme and parameters (names lower-cased).
public struct AuthChallenge: Sendable, Equatable {
    public var scheme: String
    public var parameters: [String: String]

    public init(scheme: String, parameters: [String: String]) {
        self.scheme = scheme
        self.parameters = parameters
    }

    /// Every challenge in a header value; several may be joined by commas when a server sends several headers.
    /// Quoted strings may hold commas and escaped quotes.
    public static func parseAll(_ header: String) -> [AuthChallenge] {
        var scanner = ChallengeScanner(Array(header.unicodeScalars))
        var challenges: [AuthChallenge] = []
        while let token = scanner.nextToken() {
            scanner.skipSpaces()
            if scanner.peek == "=" && !challenges.isEmpty && !scanner.isToken68Padding {
                scanner.advance()
                scanner.skipSpaces()
                challenges[challenges.count - 1].parameters[token.lowercased()] = scanner.value()
            } else if scanner.peek == "=" && challenges.isEmpty {
                return []
            } else {
                challenges.append(AuthChallenge(scheme: token, parameters: [:]))
            }
            scanner.skipSeparators()
        }
        return challenges
    }
}

/// A Digest challenge (RFC 7616 §3.3).
public struct DigestChallenge: Sendable, Equatable {
    public var realm: String
    public var nonce: String
    public var opaque: String?
    /// True when the server offers `qop=auth`; false for an RFC 2069 challenge without `qop`.
    public var offersAuthQOP: Bool
    public var algorithm: DigestAlgorithm
    public var stale: Bool
    public var userhash: Bool

    public init(realm: String, nonce: String, opaque: String? = nil, offersAuthQOP: Bool = true,
                algorithm: DigestAlgorithm = .md5, stale: Bool = false, userhash: Bool = false) {
        self.realm = realm
        self.nonce = nonce
        self.opaque = opaque
        self.offersAuthQOP = offersAuthQOP
        self.algorithm = algorithm
        self.stale = stale
        self.userhash = userhash
    }

    /// The first Digest challenge in `header` whose algorithm this client supports, in the server's order of preference.
    public static func parse(_ header: String) -> DigestChallenge? {
        for challenge in AuthChallenge.parseAll(header) where challenge.scheme.caseInsensitiveCompare("Digest") == .orderedSame {
            let parameters = challenge.parameters
            guard let realm = parameters["realm"], let nonce = parameters["nonce"],
                  let algorithm = DigestAlgorithm(parameter: parameters["algorithm"]) else { continue }
            let qops = parameters["qop"]?.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            if let qops, !qops.contains("auth") { continue }
            return DigestChallenge(
                realm: realm, nonce: nonce, opaque: parameters["opaque"], offersAuthQOP: qops != nil,
                algorithm: algorithm, stale: parameters["stale"]?.lowercased() == "true",
                userhash: parameters["userhash"]?.lowercased() == "true"
            )
        }
        return nil
    }
}

struct ChallengeScanner {
    private let scalars: [Unicode.Scalar]
    private var index = 0

    init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

    var peek: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

    /// True when the `=` ahead is token68 padding (`abc==`), not a parameter's `=`.
    var isToken68Padding: Bool {
        var probe = index
        while probe < scalars.count, scalars[probe] == "=" { probe += 1 }
        return probe - index > 1
    }

    mutating func advance() { index += 1 }

    mutating func skipSpaces() {
        while let scalar = peek, scalar == " " || scalar == "\t" { index += 1 }
    }

    mutating func skipSeparators() {
        while let scalar = peek, scalar == " " || scalar == "\t" || scalar == "," { index += 1 }
    }

    mutating func nextToken() -> String? {
        skipSeparators()
        var token = String.UnicodeScalarView()
        while let scalar = peek, scalar != " ", scalar != "\t", scalar != ",", scalar != "=", scalar != "\"" {
            token.append(scalar)
            index += 1
        }
        if token.isEmpty {
            if peek == nil { return nil }
            index += 1
            return nextToken()
        }
        return String(token)
    }

    /// A token or a quoted string with backslash escapes.
    mutating func value() -> String {
        var out = String.UnicodeScalarView()
        if peek == "\"" {
            index += 1
            while let scalar = peek {
                index += 1
                if scalar == "\\" {
                    if let escaped = peek { out.append(escaped); index += 1 }
                } else if scalar == "\"" {
                    break
                } else {
                    out.append(scalar)
                }
            }
        } else {
            while let scalar = peek, scalar != ",", scalar != " ", scalar != "\t" {
                out.append(scalar)
                index += 1
            }
        }
        return String(out)
    }
}

