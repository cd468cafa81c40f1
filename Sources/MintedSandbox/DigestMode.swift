/// Which Digest form the sandbox speaks.
public enum DigestMode: String, Sendable, Equatable, CaseIterable {
    /// RFC 7616: `qop="auth"`, nonce counts, SHA-256 offered before MD5. The default: it resists replay.
    case rfc7616
    /// RFC 2069, the vendor's own example (seed 004): one MD5 challenge without `qop`; the answer has no `nc` or
    /// `cnonce`. A nonce may be reused until it goes stale: the form has no counter to refuse a replay with.
    case rfc2069
}
