import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An IPv4 or IPv6 address as bytes, for `no_proxy` entries that are addresses or CIDR ranges.
struct IPAddressBytes: Equatable {
    var bytes: [UInt8]

    init?(_ text: String) {
        if text.contains(":") {
            var address = in6_addr()
            guard inet_pton(AF_INET6, text, &address) == 1 else { return nil }
            bytes = withUnsafeBytes(of: address) { Array($0) }
        } else {
            var address = in_addr()
            guard inet_pton(AF_INET, text, &address) == 1 else { return nil }
            bytes = withUnsafeBytes(of: address) { Array($0) }
        }
    }

    /// Whether this address is `entry`: the same address, or inside it when it is `address/bits`.
    func isIn(_ entry: String) -> Bool {
        var text = entry
        if text.hasPrefix("["), let close = text.firstIndex(of: "]") { text = String(text[text.index(after: text.startIndex)..<close]) + text[text.index(after: close)...] }
        let parts = text.split(separator: "/", maxSplits: 1)
        guard let first = parts.first, let network = IPAddressBytes(String(first)), network.bytes.count == bytes.count else {
            return false
        }
        var bits = bytes.count * 8
        if parts.count == 2 {
            guard let asked = Int(parts[1]), (0...bits).contains(asked) else { return false }
            bits = asked
        }
        for index in 0..<bytes.count {
            let remaining = bits - index * 8
            if remaining <= 0 { break }
            let mask: UInt8 = remaining >= 8 ? 0xFF : UInt8(truncatingIfNeeded: 0xFF << (8 - remaining))
            if bytes[index] & mask != network.bytes[index] & mask { return false }
        }
        return true
    }
}
