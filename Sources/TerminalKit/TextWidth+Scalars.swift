// Most text the screen shows (ASCII, Latin and Turkish letters, punctuation, ₺, arrows, box drawing, blocks,
// braille, CJK ideographs) is made of scalars that are each a grapheme cluster of their own. Walking such text
// scalar by scalar gives the same graphemes as `for character in text`, without the cost of grapheme breaking.

extension TextWidth {
    /// Whether `value` is a grapheme cluster of its own whenever the scalars next to it pass this test too: its
    /// Grapheme_Cluster_Break is Other or Control (never Extend, SpacingMark, ZWJ, Prepend, a regional indicator
    /// or a Hangul jamo or syllable). Conservative: a scalar outside these blocks sends text the grapheme way.
    @inline(__always)
    static func standsAlone(_ value: UInt32) -> Bool {
        if value < 0x300 { return true }
        switch value {
        case 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20C0, 0x2100...0x218B, 0x2190...0x2426, 0x2440...0x244A,
             0x2460...0x27BF, 0x2800...0x28FF, 0x3400...0x4DBF, 0x4E00...0x9FFF:
            return true
        default:
            return false
        }
    }

    /// Whether every scalar of `string` stands alone, so that each scalar is one grapheme cluster.
    @inline(__always)
    static func isScalarAligned(_ string: String) -> Bool {
        for scalar in string.unicodeScalars where !standsAlone(scalar.value) { return false }
        return true
    }

    /// Whether `string` is all ASCII, so that each byte is one grapheme cluster (CR LF aside, which is zero columns
    /// either way).
    @inline(__always)
    static func isASCII(_ string: String) -> Bool {
        for byte in string.utf8 where byte >= 0x80 { return false }
        return true
    }

    /// Columns of an ASCII byte: 0 for controls, 1 otherwise.
    @inline(__always)
    static func width(ofASCII byte: UInt8) -> Int {
        byte < 0x20 || byte == 0x7F ? 0 : 1
    }
}
