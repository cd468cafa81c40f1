/// The client's Digest state: the last challenge and its nonce count, so that after the first challenge
/// every call is answered pre-emptively in one exchange.
public actor DigestSession {
    private let credentials: DigestCredentials
    private var challenge: DigestChallenge?
    private var nonceCount: UInt32 = 0
    private var cnonceSource: @Sendable () -> String

    public init(credentials: DigestCredentials, cnonce: @escaping @Sendable () -> String = DigestSession.randomCnonce) {
        self.credentials = credentials
        self.cnonceSource = cnonce
    }

    /// The `Authorization` value for the next request, or nil before any challenge has been seen.
    public func authorization(method: String, uri: String) -> String? {
        guard let challenge else { return nil }
        nonceCount &+= 1
        let response = DigestResponse(
            challenge: challenge, username: credentials.username, method: method, uri: uri,
            nonceCount: nonceCount, cnonce: cnonceSource()
        )
        return response.authorization(password: credentials.password)
    }

    /// Adopts a new challenge; its nonce starts counting at 1.
    public func accept(_ challenge: DigestChallenge) {
        self.challenge = challenge
        nonceCount = 0
    }

    /// 16 random bytes as hex.
    public static let randomCnonce: @Sendable () -> String = {
        var generator = SystemRandomNumberGenerator()
        return (0..<16).map { _ in UInt8.random(in: 0...255, using: &generator) }.hexString
    }
}
