import Foundation
import MintedAPI

/// The OpenAPI document as a table of operations: which path template a request hits, and the schema its answer of a
/// given status must follow.
public struct OpenAPIContract: Sendable {
    /// The schema validator over the document, for its `$ref`s.
    public let validator: SchemaValidator

    /// What the document says about one answer.
    public enum Answer: Sendable, Equatable {
        /// The operation and status are documented, with this JSON schema.
        case schema(template: String, JSONValue)
        /// The path is documented but not this method, or not this status.
        case undocumented(template: String, reason: String)
        /// No path template matches.
        case unknownPath
    }

    /// The contract of `document`, the OpenAPI JSON text.
    public init(document: String) throws {
        let parsed = try JSONValue.parse(Data(document.utf8))
        validator = SchemaValidator(document: parsed.value)
    }

    /// The contract built into the binary (`OpenAPIDocument.json`).
    public static func builtIn() throws -> OpenAPIContract {
        try OpenAPIContract(document: OpenAPIDocument.json)
    }

    /// The path template `path` hits (`/partner/customer/{external_id}`), an exact template first; nil when none does.
    public func template(for path: String) -> String? {
        let templates = validator.document["paths"]?.object?.keys.sorted() ?? []
        if templates.contains(path) { return path }
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        return templates.first { template in
            let parts = template.split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count == segments.count else { return false }
            return zip(parts, segments).allSatisfy { part, segment in
                (part.hasPrefix("{") && part.hasSuffix("}") && !segment.isEmpty) || part == segment
            }
        }
    }

    /// What the document says an answer of `status` to `method` `path` looks like.
    public func answer(method: String, path: String, status: Int) -> Answer {
        guard let template = template(for: path), let item = validator.document["paths"]?[template] else { return .unknownPath }
        guard let operation = item[method.lowercased()] else {
            return .undocumented(template: template, reason: "\(method) is not documented on \(template)")
        }
        let responses = operation["responses"]
        let wildcard = "\(status / 100)XX"
        guard var response = responses?[String(status)] ?? responses?[wildcard] ?? responses?["default"] else {
            return .undocumented(template: template, reason: "status \(status) is not documented")
        }
        if let reference = response["$ref"]?.string, let target = validator.resolve(reference) { response = target }
        guard let schema = response["content"]?["application/json"]?["schema"] else {
            return .undocumented(template: template, reason: "status \(status) has no JSON body in the document")
        }
        return .schema(template: template, schema)
    }
}
