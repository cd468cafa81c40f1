import Foundation
import MintedAPI

/// A body as a cassette keeps it: JSON as JSON (readable in the file, compared whatever its key order or whitespace),
/// anything else as text.
public enum CassetteBody: Sendable, Equatable {
    case json(JSONValue)
    case text(String)

    /// `data` as JSON when it parses whole (every number held by a `Decimal`), else as text; nil when empty.
    public init?(_ data: Data) {
        guard !data.isEmpty else { return nil }
        if let parsed = try? JSONValue.parse(data), parsed.unrepresentable.isEmpty {
            self = .json(parsed.value)
        } else {
            self = .text(String(decoding: data, as: UTF8.self))
        }
    }

    /// The bytes to send: JSON compact with keys sorted, text as kept.
    public var data: Data {
        switch self {
        case .json(let value): (try? Self.encoder.encode(value)) ?? Data("null".utf8)
        case .text(let text): Data(text.utf8)
        }
    }

    /// One line for a message: the compact JSON or the text, cut at `limit` characters.
    func summary(limit: Int = 160) -> String {
        let text = String(decoding: data, as: UTF8.self)
        return text.count > limit ? String(text.prefix(limit)) + "…" : text
    }

    private static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
