import Foundation
import MintedAPI
import Testing

/// Dotted JSON paths with array indices, as the fault plan's `corrupt` names fields.
@Suite struct JSONPathStepTests {
    @Test func parsesKeysAndIndices() {
        #expect(JSONPathStep.parse("data.items[0].total") == [.key("data"), .key("items"), .index(0), .key("total")])
        #expect(JSONPathStep.parse("data[2][1]") == [.key("data"), .index(2), .index(1)])
        for bad in ["", ".data", "data.", "data[]", "data[-1]", "data[1", "data]", "data[99999999999999999999]", "data[١]"] {
            #expect(JSONPathStep.parse(bad) == nil, "\(bad)")
        }
    }

    @Test func readsAndReplaces() throws {
        let value = try JSONValue.parse(Data(#"{"data": {"items": [{"total": 1777.02}], "paid_total": 1852.60}}"#.utf8)).value
        let path = try #require(JSONPathStep.parse("data.items[0].total"))
        #expect(value.value(at: path) == .number(Decimal(string: "1777.02")!))
        let changed = value.replacing(at: path, with: .string("x"))
        #expect(changed?.value(at: path) == .string("x"))
        #expect(changed?.value(at: JSONPathStep.parse("data.paid_total")!) == .number(Decimal(string: "1852.6")!))
        #expect(value.replacing(at: JSONPathStep.parse("data.added")!, with: .null)?.value(at: JSONPathStep.parse("data.added")!) == .null)
        #expect(value.replacing(at: JSONPathStep.parse("data.items[3].total")!, with: .null) == nil)
        #expect(value.replacing(at: JSONPathStep.parse("data.missing.total")!, with: .null) == nil)
    }
}
