import Foundation
import MintedAPI

/// Compares JSON bodies leaf by leaf, as the vendor means equality: numbers by value (1828.2 = 1828.20), timestamps by
/// instant (`+03:00` = `Z`).
public struct SeedRoundTrip: Sendable {
    public init() {}

    /// Where the vendor's seed bodies are kept.
    public static let seedFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Tests/MintedAPITests/Fixtures")

    /// A seed body by file name.
    public static func seed(_ name: String) throws -> Data {
        try Data(contentsOf: seedFolder.appendingPathComponent(name))
    }

    /// Every leaf of `value` by key path (`data.payment.details`), arrays by index.
    public func leaves(_ value: JSONValue, path: String = "") -> [(String, JSONValue)] {
        switch value {
        case .object(let fields):
            return fields.flatMap { leaves($0.value, path: path.isEmpty ? $0.key : "\(path).\($0.key)") }
        case .array(let elements):
            return elements.enumerated().flatMap { leaves($0.element, path: "\(path)[\($0.offset)]") }
        default:
            return [(path, value)]
        }
    }

    /// The leaf at `path` in `root`, if there is one.
    public func lookup(_ path: String, in root: JSONValue) -> JSONValue? {
        leaves(root).first { $0.0 == path }?.1
    }

    /// Equal as the vendor means it.
    public func same(_ a: JSONValue, _ b: JSONValue) -> Bool {
        if case .string(let x) = a, case .string(let y) = b, x != y,
           let dx = Timestamp.parse(x), let dy = Timestamp.parse(y) {
            return dx == dy
        }
        return a == b
    }
}
