/// The random identifiers of baskets, all drawn from the seeded generator.
extension SandboxEngine {
    private static let alphanumerics = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")

    /// A `cart_token` or `price_token`: 32 alphanumerics.
    mutating func makeToken() -> String {
        String((0..<32).map { _ in Self.alphanumerics[Int.random(in: 0..<Self.alphanumerics.count, using: &random)] })
    }

    /// A `guid`: an upper-case version-4 UUID.
    mutating func makeGuid() -> String {
        var bytes = (0..<16).map { _ in UInt8.random(in: 0...255, using: &random) }
        bytes[6] = (bytes[6] & 0x0F) | 0x40
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        let hex = bytes.map { byte in
            let text = String(byte, radix: 16, uppercase: true)
            return text.count == 1 ? "0" + text : text
        }.joined()
        let groups = [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { range in
            String(hex.dropFirst(range.lowerBound).prefix(range.count))
        }
        return groups.joined(separator: "-")
    }

    /// An `increment_id`: 11 digits.
    mutating func makeIncrementId() -> String {
        String(Int.random(in: 10_000_000_000...99_999_999_999, using: &random))
    }

    /// True when `token` has the shape of a `cart_token`: exactly 32 ASCII letters and digits.
    static func isWellFormedToken(_ token: String) -> Bool {
        token.utf8.count == 32 && token.utf8.allSatisfy { byte in
            (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        }
    }
}
