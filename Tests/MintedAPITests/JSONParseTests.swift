import Foundation
import MintedAPI
import Testing

/// `JSONValue.parse`: the last duplicate key wins, numbers come from their digits, and nothing a body holds traps.
struct JSONParseTests {
    func parse(_ text: String) throws -> JSONValue.Parsed { try JSONValue.parse(Data(text.utf8)) }

    @Test func theLastDuplicateKeyWins() throws {
        #expect(try parse(#"{"qty": 1, "qty": 2}"#).value == .object(["qty": .number(2)]))
        #expect(try parse(#"{"a": {"b": 1, "b": "x"}}"#).value == .object(["a": .object(["b": .string("x")])]))
    }

    @Test func numbersAreExactFromTheirDigits() throws {
        #expect(try parse("1777.02").value == .number(Decimal(string: "1777.02")!))
        #expect(try parse("-0.1").value == .number(Decimal(string: "-0.1")!))
        #expect(try parse("2.5e3").value == .number(2500))
    }

    @Test func numbersNoDecimalHoldsAreNamedNotTrapped() throws {
        let parsed = try parse(#"{"percent": 1e400, "nested": {"x": [1, 1e-400]}, "qty": 3}"#)
        #expect(parsed.unrepresentable.sorted() == ["nested.x[1]", "percent"])
        #expect(parsed.value == .object(["percent": .null, "nested": .object(["x": .array([.number(1), .null])]), "qty": .number(3)]))
    }

    @Test func stringsKeepEveryCharacter() throws {
        #expect(try parse(#""İstanbul \"₺\" \u00e9 \ud83d\ude00 \n""#).value == .string("İstanbul \"₺\" é 😀 \n"))
    }

    @Test(arguments: ["", "{", "{\"a\" 1}", "[1,]", "01", "1.", "\"\\x\"", "nul", "{} x", "\"\u{01}\"", "\"\\ud800\"",
                      String(repeating: "[", count: 100_000)])
    func brokenTextIsAnErrorNeverATrap(text: String) {
        #expect(throws: JSONValue.ParseError.self) { _ = try JSONValue.parse(Data(text.utf8)) }
    }

    @Test func invalidUTF8IsAnError() {
        #expect(throws: JSONValue.ParseError.self) { _ = try JSONValue.parse(Data([0x22, 0xFF, 0xFE, 0x22])) }
    }
}
