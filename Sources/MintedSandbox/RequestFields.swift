import Foundation
import MintedAPI

/// The fields of a JSON body or a query string, read one by one; every missing or wrong-typed field is
/// collected as a Laravel-style message, and `validated()` throws them together as one 422. A required
/// field that is missing or invalid reads as a placeholder (empty, 0, the first case), which is never
/// used: `validated()` throws before any operation runs.
struct RequestFields: Sendable {
    /// Where the values came from: query values are all strings, so numbers and booleans are parsed from text.
    enum Source: Sendable { case body, query }

    private let values: [String: JSONValue]
    private let source: Source
    /// Messages per field so far.
    private(set) var errors: [String: [SandboxMessage]] = [:]

    /// The fields of a JSON object body; an empty body has no fields. Malformed JSON or a non-object is a 400;
    /// a field holding a number beyond `Decimal`'s range is a 422 for that field. A duplicate key's last value wins,
    /// as most parsers do (JSONDecoder keeps the first).
    init(body: Data) throws {
        source = .body
        guard !body.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) else {
            values = [:]
            return
        }
        guard let parsed = try? JSONValue.parse(body), case .object(let object) = parsed.value else {
            throw SandboxError.badRequest(.bodyNotJSONObject)
        }
        // A number no Decimal holds, at any depth, refuses its top-level field (`percent`, `shipping_address`).
        let refused = Set(parsed.unrepresentable.map { path in
            String(path.prefix { $0 != "." && $0 != "[" })
        })
        values = object.filter { !refused.contains($0.key) }
        for name in refused.sorted() { errors[name, default: []].append(.numberOutOfRange(name)) }
    }

    /// The fields of a query string, as name and percent-decoded value; a repeated name keeps its first value.
    init(query: [(name: String, value: String)]) {
        source = .query
        var values: [String: JSONValue] = [:]
        for item in query where values[item.name] == nil { values[item.name] = .string(item.value) }
        self.values = values
    }

    /// Throws the collected messages as a 422, if there are any.
    func validated() throws {
        if !errors.isEmpty { throw SandboxError.fields(errors) }
    }

    /// A required string field.
    mutating func requiredString(_ name: String) -> String {
        guard let value = present(name) else { return missing(name) ?? "" }
        guard case .string(let text) = value else { return invalid(name, .mustBeString(name)) ?? "" }
        return text
    }

    /// An optional string field; null counts as absent.
    mutating func optionalString(_ name: String) -> String? {
        guard let value = present(name) else { return nil }
        guard case .string(let text) = value else { return invalid(name, .mustBeString(name)) }
        return text
    }

    /// A required whole-number field.
    mutating func requiredInteger(_ name: String) -> Int {
        guard present(name) != nil else { return missing(name) ?? 0 }
        return optionalInteger(name) ?? 0
    }

    /// An optional whole-number field.
    mutating func optionalInteger(_ name: String) -> Int? {
        guard let value = present(name) else { return nil }
        switch (value, source) {
        case (.number(let number), _) where number == number.rounded(scale: 0) && abs(number) < 1_000_000_000_000:
            return NSDecimalNumber(decimal: number).intValue
        case (.string(let text), .query):
            if let integer = Int(text) { return integer }
        default:
            break
        }
        return invalid(name, .mustBeInteger(name))
    }

    /// An optional boolean field (`true`/`false`, or `1`/`0` in a query).
    mutating func optionalBool(_ name: String) -> Bool? {
        guard let value = present(name) else { return nil }
        switch (value, source) {
        case (.bool(let flag), _): return flag
        case (.string(let text), .query) where ["true", "1"].contains(text.lowercased()): return true
        case (.string(let text), .query) where ["false", "0"].contains(text.lowercased()): return false
        default: return invalid(name, .mustBeBoolean(name))
        }
    }

    /// A required field whose string value must be one of `Value`'s raw values.
    mutating func requiredChoice<Value: RawRepresentable & CaseIterable>(_ name: String, as: Value.Type) -> Value
    where Value.RawValue == String {
        let placeholder = Value.allCases.first!
        guard present(name) != nil else { return missing(name) ?? placeholder }
        guard case .string(let text)? = present(name) else { return invalid(name, .mustBeString(name)) ?? placeholder }
        return Value(rawValue: text) ?? selectedInvalid(name) ?? placeholder
    }

    /// An optional comma-separated list whose items must each be one of `Value`'s raw values; an empty one
    /// (`metal_type=`) is absent, that is no filter. Items are taken as sent, as Laravel's `explode(',')` + `in:` takes
    /// them: an empty item (`gold,`) or one with spaces (`gold, silver`) is invalid.
    mutating func optionalList<Value: RawRepresentable>(_ name: String, of: Value.Type) -> [Value]? where Value.RawValue == String {
        guard let items = listItems(name) else { return nil }
        let values = items.compactMap(Value.init(rawValue:))
        guard values.count == items.count else { return selectedInvalid(name) }
        return values
    }

    /// A required number field (JSON number), as `Decimal` from its digits.
    mutating func requiredDecimal(_ name: String) -> Decimal {
        guard let value = present(name) else { return missing(name) ?? 0 }
        guard case .number(let number) = value else { return invalid(name, .mustBeNumber(name)) ?? 0 }
        return number
    }

    /// An optional comma-separated list of whole numbers, each only ASCII digits; empty is absent, an empty item invalid.
    mutating func optionalIntegerList(_ name: String) -> [Int]? {
        guard let items = listItems(name) else { return nil }
        let values = items.compactMap { item in
            item.isEmpty || !item.utf8.allSatisfy { (0x30...0x39).contains($0) } ? nil : Int(item)
        }
        guard values.count == items.count else { return selectedInvalid(name) }
        return values
    }

    /// The items of a comma-separated list, as sent; nil when the field is absent or empty.
    private mutating func listItems(_ name: String) -> [String]? {
        guard let text = optionalString(name), !text.isEmpty else { return nil }
        return text.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    }

    /// An optional address object.
    mutating func optionalAddress(_ name: String) -> Address? {
        guard let value = present(name) else { return nil }
        guard case .object = value, let data = try? JSONEncoder().encode(value),
              let address = try? JSONDecoder().decode(Address.self, from: data) else {
            return invalid(name, .mustBeAddress(name))
        }
        return address
    }

    /// The value of `name` unless absent or null.
    private func present(_ name: String) -> JSONValue? {
        guard let value = values[name], value != .null else { return nil }
        return value
    }

    /// Records `name` as required, unless it was sent with an out-of-range number (already refused).
    private mutating func missing<Value>(_ name: String) -> Value? {
        if errors[name]?.contains(.numberOutOfRange(name)) != true { errors[name, default: []].append(.required(name)) }
        return nil
    }

    private mutating func invalid<Value>(_ name: String, _ message: SandboxMessage) -> Value? {
        errors[name, default: []].append(message)
        return nil
    }

    private mutating func selectedInvalid<Value>(_ name: String) -> Value? {
        errors[name, default: []].append(.selectedInvalid(name))
        return nil
    }
}
