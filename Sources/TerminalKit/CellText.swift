import Synchronization

/// A cell's grapheme as plain bits, so that a `Cell` copies, compares and fills like an integer: up to 15 UTF-8 bytes
/// inline (every grapheme but the longest emoji sequences), or the index of a longer one in a table shared by the
/// process. Equal texts have equal bits; texts are compared by their exact UTF-8, not by canonical equivalence.
struct CellText: Hashable, Sendable, BitwiseCopyable {
    /// Bytes 0–7 of the UTF-8, or the table index.
    private var low: UInt64
    /// Bytes 8–14 of the UTF-8, and in the top byte the count of bytes (0–15) or `tableMark`.
    private var high: UInt64

    private static let tableMark: UInt64 = 0xFF

    /// The text `string`.
    init(_ string: String) {
        let count = string.utf8.count
        guard count <= 15 else {
            low = UInt64(Self.index(of: string))
            high = Self.tableMark << 56
            return
        }
        var bytes: (UInt64, UInt64) = (0, 0)
        withUnsafeMutableBytes(of: &bytes) { buffer in
            for (offset, byte) in string.utf8.enumerated() { buffer[offset] = byte }
        }
        low = bytes.0
        high = bytes.1 | UInt64(count) << 56
    }

    /// One ASCII byte.
    @inline(__always)
    init(ascii byte: UInt8) {
        low = UInt64(byte)
        high = 1 << 56
    }

    /// One scalar.
    @inline(__always)
    init(_ scalar: Unicode.Scalar) {
        var bits: UInt64 = 0
        var count: UInt64 = 0
        for byte in UTF8.encode(scalar)! {
            bits |= UInt64(byte) << (8 * count)
            count += 1
        }
        low = bits
        high = count << 56
    }

    /// A single space.
    static let space = CellText(ascii: 0x20)
    /// No text: a continuation cell's.
    static let empty = CellText("")

    /// The text as a string.
    var string: String {
        let count = Int(high >> 56)
        if UInt64(count) == Self.tableMark { return Self.table.withLock { $0.strings[Int(low)] } }
        var bytes = (low, high & 0x00FF_FFFF_FFFF_FFFF)
        return withUnsafeBytes(of: &bytes) { String(decoding: $0.prefix(count), as: UTF8.self) }
    }

    /// Texts longer than 15 bytes, each stored once; it only grows, by the distinct long graphemes ever drawn.
    private static let table = Mutex(Table())

    private struct Table: ~Copyable {
        var strings: [String] = []
        var indices: [String: Int] = [:]
    }

    private static func index(of string: String) -> Int {
        table.withLock { table in
            if let index = table.indices[string] { return index }
            table.strings.append(string)
            table.indices[string] = table.strings.count - 1
            return table.strings.count - 1
        }
    }
}
