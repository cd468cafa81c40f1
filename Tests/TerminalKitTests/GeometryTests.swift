import Testing
import TerminalKit

@Suite struct GeometryTests {
    @Test func insetShrinksEverySide() {
        let rect = Rect(x: 2, y: 3, width: 10, height: 5)
        #expect(rect.inset(by: 1) == Rect(x: 3, y: 4, width: 8, height: 3))
        #expect(rect.inset(by: 4).height == 0)
    }

    @Test func containsIsHalfOpen() {
        let rect = Rect(x: 1, y: 1, width: 2, height: 2)
        #expect(rect.contains(Point(x: 1, y: 1)))
        #expect(rect.contains(Point(x: 2, y: 2)))
        #expect(!rect.contains(Point(x: 3, y: 2)))
        #expect(!rect.contains(Point(x: 0, y: 1)))
    }

    @Test func splitsCoverTheWholeRect() {
        let rect = Rect(x: 0, y: 0, width: 10, height: 4)
        let (left, right) = rect.splitHorizontally(at: 3)
        #expect(left == Rect(x: 0, y: 0, width: 3, height: 4))
        #expect(right == Rect(x: 3, y: 0, width: 7, height: 4))
        let (top, bottom) = rect.splitVertically(fraction: 0.5)
        #expect(top.height == 2 && bottom.y == 2 && bottom.height == 2)
        #expect(rect.splitHorizontally(at: 50).right.width == 0)
    }

    @Test func keyLabels() {
        #expect(Key.up.label == "↑")
        #expect(Key.tab.label == "Tab")
        #expect(Key.control("c").label == "Ctrl-C")
        #expect(Key.pageUp.label == "PgUp")
        #expect(Key.character("a").label == "a")
    }
}
