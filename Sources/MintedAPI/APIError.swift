import Foundation

/// Every way a call can fail, each keeping what the API said.
public enum APIError: Error, Sendable, Equatable, CustomStringConvertible {
    case unauthorized(message: String)
    case notFound(message: String)
    case conflict(message: String)
    /// 422: the API's message and each field's messages.
    case validation(message: String, fields: [String: [String]])
    case rateLimited(retryAfter: Int?, message: String)
    case server(status: Int, message: String)
    /// Any other non-success status.
    case http(status: Int, message: String)
    case transport(message: String)
    case timeout
    case cancelled
    /// The body did not decode: the field path and the start of the body.
    case decoding(path: String, snippet: String)
    /// A success status whose envelope refuses: `success: false` or a non-zero `code` (the host's own error code).
    case rejected(status: Int, code: Int, message: String)

    /// The HTTP status, when the server answered.
    public var status: Int? {
        switch self {
        case .unauthorized: 401
        case .notFound: 404
        case .conflict: 409
        case .validation: 422
        case .rateLimited: 429
        case .server(let status, _), .http(let status, _), .rejected(let status, _, _): status
        case .transport, .timeout, .cancelled, .decoding: nil
        }
    }

    /// The API's own message, or a description of the failure.
    public var message: String {
        switch self {
        case .unauthorized(let message), .notFound(let message), .conflict(let message),
             .validation(let message, _), .rateLimited(_, let message), .server(_, let message),
             .http(_, let message), .transport(let message):
            message
        case .rejected(_, let code, let message): "refused, code \(code)\(message.isEmpty ? "" : ": " + message)"
        case .timeout: "the request timed out"
        case .cancelled: "the request was cancelled"
        case .decoding(let path, let snippet): Self.unexpected(path: path, snippet: snippet)
        }
    }

    /// What was expected and what came: an empty body, an HTML page, other text, or JSON with a bad field.
    static func unexpected(path: String, snippet: String) -> String {
        let start = snippet.trimmingCharacters(in: .whitespacesAndNewlines)
        if start.isEmpty { return "expected a JSON answer, got an empty body" }
        if start.hasPrefix("<") { return "expected a JSON answer, got an HTML page: \(start.prefix(60))" }
        if path.isEmpty { return "expected a JSON answer, got: \(start.prefix(60))" }
        return "unexpected response: \(path)"
    }

    /// One line for a footer notice: status, message and, for 422, each field's first message.
    public var description: String {
        var line = status.map { "\($0) " } ?? ""
        line += message.isEmpty ? "error" : message
        // A field whose message is the headline's is said once (the sandbox and the vendor often repeat it).
        if case .validation(let headline, let fields) = self {
            let details = fields.keys.sorted().compactMap { key -> String? in
                let first = fields[key]?.first ?? ""
                return first == headline ? nil : "\(key): \(first)"
            }
            if !details.isEmpty { line += " — " + details.joined(separator: "; ") }
        }
        return line
    }
}
