import Foundation
import MintedAPI
import TOMLKit

/// A scripted buy, sell or delivery journey: a customer and steps, each with what it must produce.
public struct Journey: Decodable, Sendable, Equatable {
    public var name: String
    public var description: String?
    /// The customer's external id; absent: the sandbox's demo customer (or a `create_customer` step).
    public var customer: String?
    public var steps: [JourneyStep]

    enum CodingKeys: String, CodingKey, CaseIterable { case name, description, customer, steps }

    /// Parses a journey from TOML; `file` names it in errors, and an unknown action or key with its line.
    public static func parse(_ text: String, file: String) throws -> Journey {
        do {
            let table = try TOMLTable(string: text)
            try JourneySchema.check(table, text: text, file: file)
            return try TOMLDecoder().decode(Journey.self, from: table)
        } catch let error as TOMLParseError {
            throw JourneyError.unreadable("\(file):\(error.source.begin.line):\(error.source.begin.column): \(error.description)")
        } catch let error as DecodingError {
            throw JourneyError.unreadable("\(file): \(error.journeyDescription)")
        }
    }

    /// Reads and parses a journey file.
    public static func load(_ url: URL) throws -> Journey {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw JourneyError.unreadable("\(url.path): cannot read the file")
        }
        return try parse(text, file: url.path)
    }
}

/// A journey that could not be read or run.
public enum JourneyError: Error, Sendable, Equatable, CustomStringConvertible {
    case unreadable(String)

    public var description: String {
        switch self {
        case .unreadable(let message): message
        }
    }
}

extension DecodingError {
    var journeyDescription: String {
        func path(_ keys: [any CodingKey]) -> String {
            keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined().trimmingCharacters(in: CharacterSet(charactersIn: "."))
        }
        switch self {
        case .keyNotFound(let key, let context): return "missing '\(key.stringValue)' at \(path(context.codingPath))"
        case .typeMismatch(let type, let context): return "\(path(context.codingPath)): expected \(type)"
        case .valueNotFound(_, let context): return "\(path(context.codingPath)): missing value"
        case .dataCorrupted(let context): return "\(path(context.codingPath)): \(context.debugDescription)"
        @unknown default: return "\(self)"
        }
    }
}
