import Testing
import TerminalKit

@Suite struct ScreenDiffTests {
    private func sample() -> Screen {
        var screen = Screen(size: Size(width: 8, height: 3))
        screen.put("Gold 592", at: .zero)
        screen.put("漢字", at: Point(x: 0, y: 1))
        return screen
    }

    @Test func identicalScreensHaveNoRuns() {
        #expect(sample().diff(from: sample()).isEmpty)
    }

    @Test func oneChangedCellIsOneRunOfOneCell() {
        var next = sample()
        next.put("7", at: Point(x: 7, y: 0))
        let runs = next.diff(from: sample())
        #expect(runs == [ScreenRun(y: 0, x: 7, cells: [Cell(text: "7")])])
    }

    @Test func styleChangeIsAChange() {
        var next = sample()
        next.style(Rect(x: 2, y: 2, width: 1, height: 1)) { $0.foreground = .ansi(1) }
        let runs = next.diff(from: sample())
        #expect(runs.count == 1)
        #expect(runs.first?.x == 2 && runs.first?.y == 2 && runs.first?.cells.count == 1)
    }

    @Test func separateChangesAreSeparateRunsInReadingOrder() {
        var next = sample()
        next.put("S", at: Point(x: 0, y: 0))
        next.put("00", at: Point(x: 6, y: 0))
        next.put("!", at: Point(x: 3, y: 2))
        let runs = next.diff(from: sample())
        #expect(runs.map { [$0.y, $0.x, $0.cells.count] } == [[0, 0, 1], [0, 6, 2], [2, 3, 1]])
    }

    @Test func runStartingOnAContinuationTakesItsWideGlyph() {
        let previous = sample()
        var next = previous
        next[x: 1, y: 1] = Cell.continuation(style: Style().bold())
        let runs = next.diff(from: previous)
        #expect(runs.count == 1)
        #expect(runs.first?.x == 0)
        #expect(runs.first?.cells.first?.text == "漢")
    }

    @Test func sizeChangeRepaintsEverything() {
        let bigger = Screen(size: Size(width: 9, height: 3))
        let runs = bigger.diff(from: sample())
        #expect(runs.count == 3)
        #expect(runs.allSatisfy { $0.x == 0 && $0.cells.count == 9 })
        #expect(runs.map(\.y) == [0, 1, 2])
    }

    @Test func emptyScreenDiffsToNothing() {
        #expect(Screen(size: .zero).diff(from: sample()).isEmpty)
    }
}
