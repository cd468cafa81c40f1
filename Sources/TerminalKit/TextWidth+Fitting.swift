extension TextWidth {
    /// The ellipsis that marks cut text.
    public static let ellipsis = "…"

    /// `string` cut at a grapheme boundary to at most `columns` columns, ending in `…` when anything was cut;
    /// a wide glyph that would straddle the limit is dropped.
    public static func truncate(_ string: String, to columns: Int) -> String {
        guard columns > 0 else { return "" }
        if width(of: string) <= columns { return string }
        let budget = columns - width(of: ellipsis)
        if isScalarAligned(string) {
            let scalars = string.unicodeScalars
            var used = 0
            var end = scalars.startIndex
            while end < scalars.endIndex {
                let glyphWidth = width(of: scalars[end])
                if used + glyphWidth > budget { break }
                used += glyphWidth
                end = scalars.index(after: end)
            }
            return String(string[..<end]) + ellipsis
        }
        var result = ""
        var used = 0
        for character in string {
            let glyphWidth = width(of: character)
            if used + glyphWidth > budget { break }
            result.append(character)
            used += glyphWidth
        }
        return result + ellipsis
    }

    /// `string` right-padded with spaces to `columns` columns; longer text is returned unchanged.
    public static func pad(_ string: String, to columns: Int) -> String {
        let missing = columns - width(of: string)
        return missing > 0 ? string + String(repeating: " ", count: missing) : string
    }

    /// `string` truncated to `columns` columns, then padded to exactly that width.
    public static func fit(_ string: String, to columns: Int) -> String {
        pad(truncate(string, to: columns), to: columns)
    }
}
