import MintedTesting
import Testing
@testable import TerminalKit

/// The scalar-by-scalar fast paths of `TextWidth` and `Screen.put` agree with the grapheme-by-grapheme definition.
@Suite struct ScalarPathTests {
    /// Every scalar `standsAlone` admits.
    static let admitted: [Unicode.Scalar] = (0..<0x11_0000).compactMap { value in
        TextWidth.standsAlone(UInt32(value)) ? Unicode.Scalar(UInt32(value)) : nil
    }

    /// Scalars that join their neighbours in a grapheme cluster, and a few that do not, to mix into random text.
    static let joiners: [Unicode.Scalar] = [
        "\u{301}", "\u{200D}", "\u{FE0F}", "\u{1F3FD}", "\u{1F1F9}", "\u{1F1F7}", "\u{1100}", "\u{1161}", "\u{11A8}",
        "\u{AC00}", "\u{0903}", "\u{0600}", "\u{302A}", "\u{3099}", "\r", "\n", "\u{1F44D}", "\u{2764}", "\u{1F468}", "\u{1F469}",
    ]

    @Test func admittedScalarsAreGraphemesOfTheirOwn() {
        var joined: [String] = []
        for scalar in Self.admitted {
            let alone = String(Character(scalar))
            for pair in ["a" + alone, alone + "a", alone + alone, alone + "\u{1161}", alone + "\u{11A8}", alone + "\u{2500}"]
            where pair.count != 2 && pair != "\r\n" && pair != "\r\r\n" {
                joined.append(pair.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " "))
            }
        }
        #expect(joined.isEmpty, "scalars that join a neighbour: \(joined.prefix(20))")
    }

    @Test func noJoinerIsAdmitted() {
        for scalar in Self.joiners where scalar != "\r" && scalar != "\n" && scalar != "\u{2764}" {
            #expect(!TextWidth.standsAlone(scalar.value), "U+\(String(scalar.value, radix: 16))")
        }
    }

    @Test func widthTruncateAndPutAgreeWithTheGraphemeWay() {
        var random = SeededGenerator(seed: 7)
        let pool: [Unicode.Scalar] = Array("aZ 09~İşğıçöü₺·—…•●○◌▕█░▏┌─┐│⣿⠁漢字".unicodeScalars) + ["\u{7}", "\u{7F}", "\u{85}", "\t"]
        for round in 0..<3_000 {
            var scalars = String.UnicodeScalarView()
            let length = Int(random.next() % 24)
            for _ in 0..<length {
                let roll = random.next() % 10
                let source = roll == 0 ? Self.joiners : (roll < 4 ? Self.admitted : pool)
                scalars.append(source[Int(random.next() % UInt64(source.count))])
            }
            let text = String(scalars)
            #expect(TextWidth.width(of: text) == text.reduce(0) { $0 + TextWidth.width(of: $1) }, "width of \(Array(text.unicodeScalars))")
            let columns = Int(random.next() % 20)
            #expect(TextWidth.truncate(text, to: columns) == Self.referenceTruncate(text, to: columns), "round \(round)")
            let size = Size(width: Int(random.next() % 30), height: 2)
            let point = Point(x: Int(random.next() % 34) - 4, y: Int(random.next() % 3))
            let maxWidth: Int? = random.next() % 2 == 0 ? nil : Int(random.next() % 30) - 2
            var fast = Screen(size: size, fill: Cell(text: "漢"))
            var slow = fast
            if size.width > 1 {
                fast.put("漢字漢字漢字漢字漢字漢字漢字漢字", at: .zero)
                slow = fast
            }
            let used = fast.put(text, at: point, style: Style(attributes: .bold), maxWidth: maxWidth)
            let expected = Self.referencePut(text, at: point, style: Style(attributes: .bold), maxWidth: maxWidth, on: &slow)
            #expect(used == expected && fast == slow, "put \(Array(text.unicodeScalars)) at \(point) max \(String(describing: maxWidth))")
        }
    }

    /// `TextWidth.truncate` as it was first written: grapheme by grapheme.
    static func referenceTruncate(_ string: String, to columns: Int) -> String {
        guard columns > 0 else { return "" }
        if TextWidth.width(of: string) <= columns { return string }
        let budget = columns - TextWidth.width(of: TextWidth.ellipsis)
        var result = ""
        var used = 0
        for character in string {
            let glyphWidth = TextWidth.width(of: character)
            if used + glyphWidth > budget { break }
            result.append(character)
            used += glyphWidth
        }
        return result + TextWidth.ellipsis
    }

    /// `Screen.put` as it was first written: grapheme by grapheme, through the public subscript.
    static func referencePut(_ text: String, at point: Point, style: Style, maxWidth: Int?, on screen: inout Screen) -> Int {
        guard point.y >= 0, point.y < screen.size.height else { return 0 }
        func place(_ cell: Cell, _ x: Int) {
            guard x >= 0, x < screen.size.width else { return }
            if screen[x: x, y: point.y].isContinuation {
                if !cell.isContinuation, x > 0 { screen[x: x - 1, y: point.y].text = " " }
            } else if x + 1 < screen.size.width, screen[x: x + 1, y: point.y].isContinuation {
                screen[x: x + 1, y: point.y] = Cell(text: " ", style: screen[x: x + 1, y: point.y].style)
            }
            screen[x: x, y: point.y] = cell
        }
        var limit = screen.size.width
        if let maxWidth { limit = min(limit, point.x + max(maxWidth, 0)) }
        var x = point.x
        for character in text {
            guard x < limit else { break }
            let glyphWidth = TextWidth.width(of: character)
            if glyphWidth == 0 { continue }
            if x < 0 {
                if x + glyphWidth > 0 { place(Cell(text: " ", style: style), 0) }
                x += glyphWidth
                continue
            }
            if glyphWidth == 2, x + 1 >= limit {
                place(Cell(text: " ", style: style), x)
                x += 1
                break
            }
            place(Cell(text: String(character), style: style), x)
            if glyphWidth == 2 { place(.continuation(style: style), x + 1) }
            x += glyphWidth
        }
        return max(x - max(point.x, 0), 0)
    }
}
