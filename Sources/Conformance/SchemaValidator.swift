import Foundation
import MintedAPI

/// A JSON Schema validator for the subset the OpenAPI document uses: `$ref` (local JSON pointers), `type` (one or a
/// list), `const`, `enum`, `required`, `properties`, `additionalProperties`, `items`, `oneOf`, `anyOf`, `allOf`,
/// `minimum`, `maximum`, `minLength`, `maxLength`, `pattern` and the formats `date` and `int64`. Other keywords
/// (descriptions, examples, `x-` extensions) are ignored.
public struct SchemaValidator: Sendable {
    /// The document `$ref`s point into.
    public let document: JSONValue

    /// A validator resolving references in `document`.
    public init(document: JSONValue) {
        self.document = document
    }

    /// Every way `value` breaks `schema`; empty when it conforms. `path` names `value` in the answer.
    public func violations(of value: JSONValue, against schema: JSONValue, at path: String = "") -> [SchemaViolation] {
        check(value, schema, path, depth: 0)
    }

    /// The schema a local reference (`#/components/schemas/Basket`) points to, or nil.
    public func resolve(_ reference: String) -> JSONValue? {
        guard reference.hasPrefix("#") else { return nil }
        var node = document
        for token in reference.dropFirst().split(separator: "/", omittingEmptySubsequences: true) {
            let key = token.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
            if let next = node[key] {
                node = next
            } else if let index = Int(key), let array = node.array, array.indices.contains(index) {
                node = array[index]
            } else {
                return nil
            }
        }
        return node
    }

    private func check(_ value: JSONValue, _ schema: JSONValue, _ path: String, depth: Int) -> [SchemaViolation] {
        guard depth < 64 else { return [SchemaViolation(path: path, expected: "a schema without a reference cycle", got: "nested past 64")] }
        if schema == .bool(true) { return [] }
        if schema == .bool(false) { return [SchemaViolation(path: path, expected: "nothing (schema false)", got: value.brief)] }
        guard case .object(let keywords) = schema else { return [] }
        var found: [SchemaViolation] = []
        func fail(_ expected: String, at where_: String? = nil) {
            found.append(SchemaViolation(path: where_ ?? path, expected: expected, got: value.brief))
        }
        if let reference = keywords["$ref"]?.string {
            if let target = resolve(reference) {
                found += check(value, target, path, depth: depth + 1)
            } else {
                fail("a resolvable $ref \(reference)")
            }
        }
        if let type = keywords["type"] {
            let allowed = type.array?.compactMap(\.string) ?? type.string.map { [$0] } ?? []
            if !allowed.isEmpty, !allowed.contains(where: { Self.value(value, is: $0) }) {
                fail(allowed.joined(separator: " or "))
                return found
            }
        }
        if let constant = keywords["const"], constant != value { fail(constant.brief) }
        if let choices = keywords["enum"]?.array, !choices.contains(value) {
            fail("one of " + choices.map(\.brief).joined(separator: ", "))
        }
        if let all = keywords["allOf"]?.array {
            for branch in all { found += check(value, branch, path, depth: depth + 1) }
        }
        if let any = keywords["anyOf"]?.array {
            let results = any.map { check(value, $0, path, depth: depth + 1) }
            if !results.contains(where: \.isEmpty) { found += Self.closest(results, path: path, expected: "any of \(any.count) schemas", got: value.brief) }
        }
        if let one = keywords["oneOf"]?.array {
            let results = one.map { check(value, $0, path, depth: depth + 1) }
            let matches = results.filter(\.isEmpty).count
            if matches == 0 {
                found += Self.closest(results, path: path, expected: "one of \(one.count) schemas", got: value.brief)
            } else if matches > 1 {
                fail("exactly one of \(one.count) schemas (\(matches) match)")
            }
        }
        switch value {
        case .object(let object):
            for key in keywords["required"]?.array?.compactMap(\.string) ?? [] where object[key] == nil {
                found.append(SchemaViolation(path: Self.join(path, key), expected: "present (required)", got: "absent"))
            }
            let properties = keywords["properties"]?.object ?? [:]
            for (key, member) in object.sorted(by: { $0.key < $1.key }) {
                if let property = properties[key] {
                    found += check(member, property, Self.join(path, key), depth: depth + 1)
                } else if let additional = keywords["additionalProperties"] {
                    found += check(member, additional, Self.join(path, key), depth: depth + 1)
                }
            }
        case .array(let elements):
            if let items = keywords["items"] {
                for (index, element) in elements.enumerated() { found += check(element, items, path + "[\(index)]", depth: depth + 1) }
            }
        case .number(let number):
            if let minimum = keywords["minimum"]?.decimal, number < minimum { fail("≥ \(minimum)") }
            if let maximum = keywords["maximum"]?.decimal, number > maximum { fail("≤ \(maximum)") }
            if keywords["format"]?.string == "int64", !number.isWhole || number < Decimal(Int64.min) || number > Decimal(Int64.max) {
                fail("an int64")
            }
        case .string(let text):
            let length = text.unicodeScalars.count
            if let minimum = keywords["minLength"]?.int, length < minimum { fail("at least \(minimum) characters") }
            if let maximum = keywords["maxLength"]?.int, length > maximum { fail("at most \(maximum) characters") }
            if let pattern = keywords["pattern"]?.string {
                if let regex = try? Regex(pattern) {
                    if (try? regex.firstMatch(in: text)) == nil { fail("matching \(pattern)") }
                } else {
                    fail("a usable pattern \(pattern)")
                }
            }
            if keywords["format"]?.string == "date", !Self.isDate(text) { fail("a date YYYY-MM-DD") }
        default:
            break
        }
        return found
    }

    /// Whether `value` is of JSON Schema type `type` (an integer is also a number).
    static func value(_ value: JSONValue, is type: String) -> Bool {
        switch (type, value) {
        case ("null", .null), ("boolean", .bool), ("number", .number), ("string", .string), ("array", .array), ("object", .object): true
        case ("integer", .number(let number)): number.isWhole
        default: false
        }
    }

    /// The violations of the branch that came closest (fewest violations), or one line when none did.
    static func closest(_ results: [[SchemaViolation]], path: String, expected: String, got: String) -> [SchemaViolation] {
        // A branch whose own type matched (its violations are all deeper) is closer than one that failed at this value.
        let ranked = results.map { violations in (violations.contains { $0.path == path } ? 1 : 0, violations.count, violations) }
        guard let best = ranked.min(by: { ($0.0, $0.1) < ($1.0, $1.1) })?.2, !best.isEmpty else {
            return [SchemaViolation(path: path, expected: expected, got: got)]
        }
        return best
    }

    /// A calendar date `YYYY-MM-DD` (RFC 3339 full-date).
    static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]), (1...12).contains(month) else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return (1...days).contains(day)
    }

    static func join(_ path: String, _ key: String) -> String {
        path.isEmpty ? key : path + "." + key
    }
}
