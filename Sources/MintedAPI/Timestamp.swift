import Foundation

/// The API's two timestamp shapes: `2026-02-20T12:27:57.000000Z` (orders) and `2026-02-20T15:31:57+03:00` (pricefix).
public enum Timestamp {
    /// Parses either shape; nil when the text is not ISO 8601.
    public static func parse(_ text: String) -> Date? {
        if let date = try? Date(text, strategy: .iso8601) { return date }
        return try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(text)
    }

    /// The pricefix shape, in UTC with an explicit `+00:00` offset.
    public static func offsetString(_ date: Date) -> String {
        let text = Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down)).formatted(.iso8601)
        return text.hasSuffix("Z") ? String(text.dropLast()) + "+00:00" : text
    }

    /// The order shape, UTC with microseconds.
    public static func microsecondString(_ date: Date) -> String {
        let whole = Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down)).formatted(.iso8601)
        return whole.hasSuffix("Z") ? String(whole.dropLast()) + ".000000Z" : whole
    }
}

extension KeyedDecodingContainer {
    /// Decodes a timestamp in either API shape; a malformed one is a decoding error naming the field.
    func decodeTimestamp(forKey key: Key) throws -> Date {
        let text = try decode(String.self, forKey: key)
        guard let date = Timestamp.parse(text) else {
            throw DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: "not an ISO 8601 timestamp: \(text)")
        }
        return date
    }
}
