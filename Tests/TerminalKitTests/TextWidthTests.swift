import Testing
import TerminalKit

@Suite struct TextWidthTests {
    @Test func asciiIsOneColumnEach() {
        #expect(TextWidth.width(of: "hello, world") == 12)
        #expect(TextWidth.width(of: Unicode.Scalar("a")) == 1)
    }

    @Test func turkishLettersAreNarrow() {
        #expect(TextWidth.width(of: "İşğ") == 3)
        #expect(TextWidth.width(of: "ıçöüİŞĞ") == 7)
    }

    @Test func liraSignIsNarrow() {
        #expect(TextWidth.width(of: "₺") == 1)
    }

    @Test func ideographsAreWide() {
        #expect(TextWidth.width(of: "漢字") == 4)
        #expect(TextWidth.width(of: "ｶﾀｶﾅ") == 4)
        #expect(TextWidth.width(of: "ＡＢ") == 4)
    }

    @Test func brailleBoxDrawingAndBlocksAreNarrow() {
        #expect(TextWidth.width(of: "⣿") == 1)
        #expect(TextWidth.width(of: "┌─┐│└┘") == 6)
        #expect(TextWidth.width(of: "▕██░░▏") == 6)
    }

    @Test func emojiIsWide() {
        #expect(TextWidth.width(of: "👍") == 2)
        #expect(TextWidth.width(of: "👍🏽") == 2)
        #expect(TextWidth.width(of: "🇹🇷") == 2)
        #expect(TextWidth.width(of: "❤️") == 2)
        #expect(TextWidth.width(of: "👨‍👩‍👧") == 2)
    }

    @Test func combiningMarksTakeNoColumn() {
        let composed = "e\u{301}"
        #expect(composed.unicodeScalars.count == 2)
        #expect(TextWidth.width(of: composed) == 1)
        #expect(TextWidth.width(of: Unicode.Scalar(0x301)!) == 0)
    }

    @Test func zeroWidthScalars() {
        #expect(TextWidth.width(of: Unicode.Scalar(0x200D)!) == 0)
        #expect(TextWidth.width(of: Unicode.Scalar(0xFE0F)!) == 0)
        #expect(TextWidth.width(of: Unicode.Scalar(0x07)!) == 0)
        #expect(TextWidth.width(of: "\t") == 0)
    }

    @Test func padUsesColumnsNotCharacters() {
        #expect(TextWidth.pad("漢", to: 4) == "漢  ")
        #expect(TextWidth.pad("İş", to: 4) == "İş  ")
        #expect(TextWidth.pad("long", to: 2) == "long")
    }
}
