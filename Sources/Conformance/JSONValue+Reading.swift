import Foundation
import MintedAPI

/// Lenient reads of parsed JSON, for checks that must report a missing or mistyped field rather than fail to decode.
extension JSONValue {
    /// The member `key` of an object; nil for anything else.
    subscript(key: String) -> JSONValue? {
        if case .object(let object) = self { return object[key] }
        return nil
    }

    var decimal: Decimal? {
        if case .number(let value) = self { return value }
        return nil
    }

    /// A number with no fraction that fits an `Int`.
    var int: Int? {
        guard case .number(let value) = self, value.isWhole, value >= Decimal(Int.min), value <= Decimal(Int.max) else { return nil }
        return NSDecimalNumber(decimal: value).intValue
    }

    var string: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    var bool: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    var array: [JSONValue]? {
        if case .array(let value) = self { return value }
        return nil
    }

    var object: [String: JSONValue]? {
        if case .object(let value) = self { return value }
        return nil
    }

    var isNull: Bool { self == .null }

    /// The JSON type's name as JSON Schema says it (`integer` for whole numbers).
    var schemaType: String {
        switch self {
        case .null: "null"
        case .bool: "boolean"
        case .number(let value): value.isWhole ? "integer" : "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }

    /// A short rendering for a drift table: the value itself for scalars, the kind and size for containers.
    var brief: String {
        switch self {
        case .null: "null"
        case .bool(let value): String(value)
        case .number(let value): "\(value)"
        case .string(let value): "\"" + (value.count > 40 ? value.prefix(40) + "…" : value) + "\""
        case .array(let value): "array of \(value.count)"
        case .object(let value): "object of \(value.count) keys"
        }
    }
}

extension Decimal {
    /// True when the value has no fraction.
    var isWhole: Bool { rounded(scale: 0) == self }
}
