import Crypto
import Foundation

/// The RFC 7616 hash algorithms, with their `-sess` variants.
public enum DigestAlgorithm: String, Sendable, CaseIterable {
    case md5 = "MD5"
    case md5Session = "MD5-sess"
    case sha256 = "SHA-256"
    case sha256Session = "SHA-256-sess"

    /// Parses the `algorithm` parameter case-insensitively; absent means MD5 (RFC 7616 §3.3).
    public init?(parameter: String?) {
        guard let parameter else { self = .md5; return }
        guard let match = Self.allCases.first(where: { $0.rawValue.caseInsensitiveCompare(parameter) == .orderedSame }) else {
            return nil
        }
        self = match
    }

    /// True for the `-sess` variants, whose HA1 also covers the nonce and cnonce.
    public var isSession: Bool { self == .md5Session || self == .sha256Session }

    /// The lower-case hex digest of `text`'s UTF-8 bytes.
    public func hash(_ text: String) -> String {
        let bytes = Data(text.utf8)
        switch self {
        case .md5, .md5Session: return Insecure.MD5.hash(data: bytes).hexString
        case .sha256, .sha256Session: return SHA256.hash(data: bytes).hexString
        }
    }
}

extension Sequence where Element == UInt8 {
    var hexString: String {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        for byte in self {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
