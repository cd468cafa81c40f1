/// How many terminal columns text takes, from a compiled-in Unicode table (never the locale or `String.count`).
public enum TextWidth {
    /// Columns a single scalar takes: 0 for controls, combining marks and format characters, 2 for East Asian
    /// Wide/Fullwidth and emoji-presentation scalars, 1 otherwise.
    public static func width(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x20 || (0x7F...0x9F).contains(value) { return 0 }
        if value < 0x300 { return 1 }
        if contains(zeroWidthRanges, value) { return 0 }
        if contains(wideRanges, value) { return 2 }
        return 1
    }

    /// Columns a grapheme cluster takes: its first visible scalar's width, 2 for a flag (two regional indicators)
    /// and for an emoji base followed by the emoji variation selector U+FE0F.
    public static func width(of character: Character) -> Int {
        var base: Unicode.Scalar?
        var baseWidth = 0
        var regionalIndicators = 0
        var emojiPresentation = false
        for scalar in character.unicodeScalars {
            if scalar.value == 0xFE0F { emojiPresentation = true }
            if (0x1F1E6...0x1F1FF).contains(scalar.value) { regionalIndicators += 1 }
            if base == nil {
                let width = width(of: scalar)
                if width > 0 {
                    base = scalar
                    baseWidth = width
                }
            }
        }
        if regionalIndicators >= 2 { return 2 }
        if baseWidth == 1, emojiPresentation, base?.properties.isEmoji == true { return 2 }
        return baseWidth
    }

    /// Columns a string takes: the sum of its grapheme clusters' widths.
    public static func width(of string: String) -> Int {
        var columns = 0
        for scalar in string.unicodeScalars {
            guard standsAlone(scalar.value) else { return string.reduce(0) { $0 + width(of: $1) } }
            columns += width(of: scalar)
        }
        return columns
    }

    private static func contains(_ ranges: [UInt32], _ value: UInt32) -> Bool {
        var low = 0
        var high = ranges.count / 2 - 1
        while low <= high {
            let middle = (low + high) / 2
            if value < ranges[2 * middle] {
                high = middle - 1
            } else if value > ranges[2 * middle + 1] {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }
}
