import Conformance
import Foundation
import MintedAPI
import Testing

/// The JSON Schema subset the OpenAPI document uses, keyword by keyword, and the built-in document's own examples.
@Suite struct SchemaValidatorTests {
    private func json(_ text: String) throws -> JSONValue { try JSONValue.parse(Data(text.utf8)).value }

    private let document = #"""
    {"components": {"schemas": {
      "Money": {"type": "number", "minimum": 0},
      "Line": {"type": "object", "required": ["sku", "total"], "properties": {
        "sku": {"type": "string", "pattern": "^MNT[A-Z0-9]+$", "minLength": 4, "maxLength": 12},
        "total": {"$ref": "#/components/schemas/Money"},
        "qty": {"type": "integer", "maximum": 10},
        "kind": {"enum": ["buy", "sell"]},
        "note": {"type": ["string", "null"]},
        "date": {"type": "string", "format": "date"},
        "id": {"type": "integer", "format": "int64"}}},
      "Refusal": {"type": "object", "properties": {"success": {"const": false},
        "errors": {"type": "object", "additionalProperties": {"type": "array", "items": {"type": "string"}}}}},
      "Field~/odd": {"type": "boolean"}
    }}}
    """#

    private func violations(_ value: String, _ schema: String) throws -> [SchemaViolation] {
        try SchemaValidator(document: json(document)).violations(of: json(value), against: json(schema))
    }

    @Test func typesRequiredPropertiesAndReferences() throws {
        let line = ##"{"$ref": "#/components/schemas/Line"}"##
        #expect(try violations(#"{"sku": "MNTBAE0001", "total": 1777.02, "qty": 3, "note": null}"#, line).isEmpty)
        #expect(try violations(#"{"sku": "MNTBAE0001", "total": "1777.02"}"#, line)
            == [SchemaViolation(path: "total", expected: "number", got: "\"1777.02\"")])
        #expect(try violations(#"{"sku": "MNTBAE0001"}"#, line) == [SchemaViolation(path: "total", expected: "present (required)", got: "absent")])
        #expect(try violations(#"{"sku": "MNTBAE0001", "total": 1, "qty": 2.5}"#, line) == [SchemaViolation(path: "qty", expected: "integer", got: "2.5")])
        #expect(try violations(#"{"sku": "MNTBAE0001", "total": 1, "qty": 3.0}"#, line).isEmpty)
        #expect(try violations(#"[]"#, line) == [SchemaViolation(path: "", expected: "object", got: "array of 0")])
        #expect(try violations("true", ##"{"$ref": "#/components/schemas/Field~0~1odd"}"##).isEmpty)
        #expect(try violations("1", ##"{"$ref": "#/components/schemas/Nowhere"}"##).map(\.expected) == ["a resolvable $ref #/components/schemas/Nowhere"])
    }

    @Test func boundsPatternsEnumsConstAndFormats() throws {
        let line = ##"{"$ref": "#/components/schemas/Line"}"##
        #expect(try violations(#"{"sku": "XAU", "total": -1, "qty": 11, "kind": "hold"}"#, line).map(\.path).sorted()
            == ["kind", "qty", "sku", "sku", "total"])
        #expect(try violations(#"{"sku": "MNTBAE0001", "total": 0, "date": "2026-02-30"}"#, line)
            == [SchemaViolation(path: "date", expected: "a date YYYY-MM-DD", got: "\"2026-02-30\"")])
        #expect(try violations(#"{"sku": "MNTBAE0001", "total": 0, "date": "2024-02-29", "id": 9223372036854775807}"#, line).isEmpty)
        #expect(try violations(#"{"sku": "MNTBAE0001", "total": 0, "id": 9223372036854775808}"#, line).map(\.expected) == ["an int64"])
        #expect(try violations(##"{"success": true, "errors": {"qty": ["too many", 3]}}"##, ##"{"$ref": "#/components/schemas/Refusal"}"##)
            == [SchemaViolation(path: "errors.qty[1]", expected: "string", got: "3"), SchemaViolation(path: "success", expected: "false", got: "true")])
    }

    @Test func compositionKeywords() throws {
        let nullable = ##"{"oneOf": [{"type": "null"}, {"$ref": "#/components/schemas/Line"}]}"##
        #expect(try violations("null", nullable).isEmpty)
        // No branch matches: the closest branch's reasons, not just "one of".
        #expect(try violations(#"{"sku": "MNTBAE0001", "total": true}"#, nullable) == [SchemaViolation(path: "total", expected: "number", got: "true")])
        #expect(try violations("1", #"{"oneOf": [{"type": "number"}, {"type": "integer"}]}"#).map(\.expected) == ["exactly one of 2 schemas (2 match)"])
        #expect(try violations("\"a\"", #"{"anyOf": [{"type": "number"}, {"type": "string"}]}"#).isEmpty)
        #expect(try violations("1", #"{"allOf": [{"type": "number"}, {"maximum": 0}]}"#).map(\.expected) == ["≤ 0"])
        #expect(try violations(#"{"a": 1}"#, #"{"type": "object", "additionalProperties": false}"#).map(\.path) == ["a"])
    }

    /// Every example the built-in document gives for a JSON answer validates against that answer's schema.
    @Test func theBuiltInDocumentsExamplesConform() throws {
        let contract = try OpenAPIContract.builtIn()
        let paths = contract.validator.document["paths"].flatMap { value -> [String: JSONValue]? in
            if case .object(let object) = value { return object } else { return nil }
        } ?? [:]
        var checked = 0
        for (_, item) in paths {
            guard case .object(let operations) = item else { continue }
            for (_, operation) in operations {
                guard case .object(let responses)? = operation["responses"] else { continue }
                for (_, response) in responses {
                    guard let media = response["content"]?["application/json"], let schema = media["schema"] else { continue }
                    var examples: [JSONValue] = media["example"].map { [$0] } ?? []
                    if case .object(let named)? = media["examples"] { examples += named.values.compactMap { $0["value"] } }
                    for example in examples {
                        #expect(contract.validator.violations(of: example, against: schema).isEmpty)
                        checked += 1
                    }
                }
            }
        }
        #expect(checked >= 2)
    }

    @Test func pathTemplatesAndAnswers() throws {
        let contract = try OpenAPIContract.builtIn()
        #expect(contract.template(for: "/partner/customer/qa-001") == "/partner/customer/{external_id}")
        #expect(contract.template(for: "/partner/walletable/basket/empty") == "/partner/walletable/basket/empty")
        #expect(contract.template(for: "/partner/nowhere") == nil)
        guard case .schema(let template, _) = contract.answer(method: "GET", path: "/partner/customer/x", status: 404) else {
            Issue.record("404 on Get Customer is documented")
            return
        }
        #expect(template == "/partner/customer/{external_id}")
        #expect(contract.answer(method: "PUT", path: "/partner/customer/x", status: 200)
            == .undocumented(template: "/partner/customer/{external_id}", reason: "PUT is not documented on /partner/customer/{external_id}"))
    }
}

extension JSONValue {
    fileprivate subscript(key: String) -> JSONValue? {
        if case .object(let object) = self { return object[key] }
        return nil
    }
}
