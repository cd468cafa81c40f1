import Testing
@testable import TerminalKit

/// A cell's text kept as bits reads back exactly, whatever its length, and equal texts are equal cells.
@Suite struct CellTextTests {
    static let samples = ["", " ", "a", "\u{0}", "İ", "₺", "⣿", "漢", "👍", "👍🏽", "🇹🇷", "❤️", "e\u{301}", "123456789012345",
                          "1234567890123456", "👨‍👩‍👧", "👨‍👩‍👧‍👦", "🏳️‍🌈", String(repeating: "ab", count: 40)]

    @Test func everyTextReadsBackAsWritten() {
        for text in Self.samples {
            #expect(CellText(text).string == text, "\(Array(text.unicodeScalars))")
            #expect(Cell(text: text).text == text)
            var cell = Cell.blank
            cell.text = text
            #expect(cell.text == text && cell == Cell(text: text))
        }
        for value in [0x20, 0x7E, 0xE9, 0x20BA, 0x2800, 0x6F22, 0x1F44D] {
            let scalar = Unicode.Scalar(UInt32(value))!
            #expect(CellText(scalar) == CellText(String(Character(scalar))))
        }
        for byte in UInt8(0)..<0x80 { #expect(CellText(ascii: byte) == CellText(String(Character(Unicode.Scalar(byte))))) }
        #expect(CellText.space == CellText(" ") && CellText.empty == CellText(""))
    }

    @Test func equalTextsAreEqualCellsAndDifferentOnesAreNot() {
        for (index, text) in Self.samples.enumerated() {
            for (other, otherText) in Self.samples.enumerated() {
                #expect((Cell(text: text) == Cell(text: otherText)) == (index == other), "\(text) vs \(otherText)")
            }
        }
        #expect(Set(Self.samples.map { Cell(text: $0) }).count == Self.samples.count)
    }

    @Test func longTextsAreStoredOnceFromManyTasks() async {
        let texts = (0..<200).map { "👨‍👩‍👧‍👦 family \($0)" }
        let rounds = await withTaskGroup(of: [CellText].self) { group in
            for _ in 0..<8 { group.addTask { texts.map { CellText($0) } } }
            return await group.reduce(into: []) { $0.append($1) }
        }
        for round in rounds { #expect(round == rounds[0]) }
        #expect(rounds[0].map(\.string) == texts)
    }
}
