import Testing
import TerminalKit

@Suite struct TruncateTests {
    @Test func textThatFitsIsUnchanged() {
        #expect(TextWidth.truncate("Gold", to: 4) == "Gold")
        #expect(TextWidth.truncate("漢字", to: 4) == "漢字")
    }

    @Test func cutTextEndsWithEllipsis() {
        #expect(TextWidth.truncate("Silver bar", to: 5) == "Silv…")
        #expect(TextWidth.width(of: TextWidth.truncate("Silver bar", to: 5)) == 5)
    }

    @Test func wideGlyphAtTheLimitIsDropped() {
        let cut = TextWidth.truncate("a漢字", to: 4)
        #expect(cut == "a漢…")
        let straddling = TextWidth.truncate("ab漢字", to: 4)
        #expect(straddling == "ab…")
        #expect(TextWidth.width(of: straddling) <= 4)
    }

    @Test func graphemeClustersAreNotSplit() {
        let text = "e\u{301}e\u{301}e\u{301}"
        let cut = TextWidth.truncate(text, to: 2)
        #expect(cut == "e\u{301}…")
        #expect(cut.unicodeScalars.count == 3)
    }

    @Test func neverExceedsTheLimit() {
        let samples = ["漢字かな", "👍👍👍", "İstanbul ₺1.234", "a👍b漢c", "⣿⣿⣿⣿⣿"]
        for sample in samples {
            for columns in 0...10 {
                #expect(TextWidth.width(of: TextWidth.truncate(sample, to: columns)) <= columns)
            }
        }
    }

    @Test func nothingFitsInZeroColumns() {
        #expect(TextWidth.truncate("abc", to: 0) == "")
        #expect(TextWidth.truncate("abc", to: -3) == "")
        #expect(TextWidth.truncate("abc", to: 1) == "…")
    }

    @Test func fitPadsAfterCutting() {
        #expect(TextWidth.fit("abcdef", to: 4) == "abc…")
        #expect(TextWidth.fit("ab", to: 4) == "ab  ")
    }
}
