import Testing
import TerminalKit

@Suite struct ScreenTests {
    @Test func putWritesTextAndReturnsColumns() {
        var screen = Screen(size: Size(width: 10, height: 2))
        let used = screen.put("Gold", at: Point(x: 1, y: 0))
        #expect(used == 4)
        #expect(screen.text() == " Gold\n")
        #expect(screen[x: 1, y: 0].text == "G")
    }

    @Test func putClipsAtTheRightEdge() {
        var screen = Screen(size: Size(width: 5, height: 1))
        let used = screen.put("Silver", at: Point(x: 2, y: 0))
        #expect(used == 3)
        #expect(screen.text() == "  Sil")
    }

    @Test func putClipsAtMaxWidth() {
        var screen = Screen(size: Size(width: 10, height: 1))
        let used = screen.put("Platinum", at: Point(x: 0, y: 0), maxWidth: 3)
        #expect(used == 3)
        #expect(screen.text() == "Pla")
    }

    @Test func wideGlyphWritesAContinuationCell() {
        var screen = Screen(size: Size(width: 6, height: 1))
        let used = screen.put("漢x", at: Point(x: 0, y: 0))
        #expect(used == 3)
        #expect(screen[x: 0, y: 0].text == "漢")
        #expect(screen[x: 1, y: 0].isContinuation)
        #expect(screen[x: 2, y: 0].text == "x")
        #expect(screen.text() == "漢x")
    }

    @Test func wideGlyphThatDoesNotFitBecomesASpace() {
        var screen = Screen(size: Size(width: 3, height: 1), fill: Cell(text: "."))
        let used = screen.put("a漢", at: Point(x: 1, y: 0))
        #expect(used == 2)
        #expect(screen[x: 2, y: 0].text == " ")
        #expect(!screen[x: 2, y: 0].isContinuation)
        #expect(screen.row(0) == ".a")
    }

    @Test func overwritingHalfAWideGlyphLeavesNoOrphan() {
        var screen = Screen(size: Size(width: 4, height: 1))
        screen.put("漢字", at: Point(x: 0, y: 0))
        screen.put("a", at: Point(x: 1, y: 0))
        #expect(screen[x: 0, y: 0].text == " ")
        #expect(!screen[x: 1, y: 0].isContinuation)
        screen.put("b", at: Point(x: 2, y: 0))
        #expect(!screen[x: 3, y: 0].isContinuation)
        #expect(screen.row(0) == " ab")
    }

    @Test func turkishAndLiraTakeOneCellEach() {
        var screen = Screen(size: Size(width: 12, height: 1))
        let used = screen.put("İşğ ₺ ⣿", at: .zero)
        #expect(used == 7)
        #expect(screen[x: 4, y: 0].text == "₺")
        #expect(screen[x: 6, y: 0].text == "⣿")
    }

    @Test func combiningMarkStaysInItsCell() {
        var screen = Screen(size: Size(width: 4, height: 1))
        screen.put("e\u{301}x", at: .zero)
        #expect(screen[x: 0, y: 0].text == "e\u{301}")
        #expect(screen[x: 1, y: 0].text == "x")
    }

    @Test func outOfRangeAccessIsHarmless() {
        var screen = Screen(size: Size(width: 2, height: 2))
        screen[x: 5, y: 5] = Cell(text: "z")
        screen[x: -1, y: 0] = Cell(text: "z")
        #expect(screen[x: 5, y: 5] == .blank)
        #expect(screen.put("a", at: Point(x: 0, y: 9)) == 0)
        #expect(screen.put("abc", at: Point(x: 7, y: 0)) == 0)
        #expect(screen.text() == "\n")
    }

    @Test func negativeStartClipsOnTheLeft() {
        var screen = Screen(size: Size(width: 4, height: 1))
        let used = screen.put("漢abc", at: Point(x: -1, y: 0))
        #expect(used == 4)
        #expect(!screen[x: 0, y: 0].isContinuation)
        #expect(screen.row(0) == " abc")
    }

    @Test func fillAndStyleCoverOnlyTheRect() {
        var screen = Screen(size: Size(width: 4, height: 3))
        screen.fill(Rect(x: 1, y: 1, width: 10, height: 1), with: Cell(text: "#"))
        screen.style(Rect(x: 0, y: 1, width: 2, height: 1)) { $0.attributes.insert(.bold) }
        #expect(screen.text() == "\n ###\n")
        #expect(screen[x: 0, y: 1].style.attributes == .bold)
        #expect(screen[x: 1, y: 1].style.attributes == .bold)
        #expect(screen[x: 2, y: 1].style.attributes == [])
    }

    @Test func textTrimsTrailingSpacesPerRow() {
        var screen = Screen(size: Size(width: 6, height: 2))
        screen.put("ab  ", at: .zero)
        screen.put("c", at: Point(x: 3, y: 1))
        #expect(screen.text() == "ab\n   c")
        #expect(screen.row(1) == "   c")
        #expect(screen.row(2) == "")
    }

    @Test(arguments: [Size.zero, Size(width: 1, height: 1), Size(width: 0, height: 3), Size(width: -2, height: -1)])
    func tinyScreensSurviveEveryOperation(size: Size) {
        var screen = Screen(size: size)
        screen.put("漢字 text", at: .zero)
        screen.put("x", at: Point(x: -1, y: -1), maxWidth: 0)
        screen.fill(Rect(x: -1, y: -1, width: 5, height: 5), with: Cell(text: "#"))
        screen.style(Rect(x: 0, y: 0, width: 3, height: 3)) { $0.attributes.insert(.reverse) }
        screen[x: 0, y: 0] = Cell(text: "z")
        _ = screen[x: 0, y: 0]
        _ = screen.row(0)
        _ = screen.diff(from: Screen(size: Size(width: 3, height: 3)))
        _ = screen.diff(from: screen)
        #expect(screen.size.width >= 0 && screen.size.height >= 0)
        #expect(screen.cells.count == screen.size.width * screen.size.height)
        #expect(screen.text().split(separator: "\n", omittingEmptySubsequences: false).count == max(screen.size.height, 1))
    }

    @Test func oneByOneScreenShowsOneNarrowGlyph() {
        var screen = Screen(size: Size(width: 1, height: 1))
        #expect(screen.put("漢", at: .zero) == 1)
        #expect(screen.text() == "")
        #expect(screen.put("ab", at: .zero) == 1)
        #expect(screen.text() == "a")
    }
}
