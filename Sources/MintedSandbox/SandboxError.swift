/// A refused sandbox operation; each case is one HTTP status of the error envelope.
public enum SandboxError: Error, Sendable, Equatable {
    /// 400: the request could not be read at all (malformed JSON, say).
    case badRequest(String)
    /// 401: a webview bearer token that is missing, unknown or expired.
    case unauthorized(String)
    /// 404: no such customer, basket, route or currency.
    case notFound(String)
    /// 409: the operation conflicts with the basket's state (an expired price lock).
    case conflict(String)
    /// 422: per-field validation messages.
    case validation(message: String, fields: [String: [String]])

    /// The HTTP status this error is answered with.
    public var status: Int {
        switch self {
        case .badRequest: 400
        case .unauthorized: 401
        case .notFound: 404
        case .conflict: 409
        case .validation: 422
        }
    }

    /// The envelope's human message.
    public var message: String {
        switch self {
        case .badRequest(let message), .unauthorized(let message), .notFound(let message), .conflict(let message), .validation(let message, _):
            message
        }
    }

    /// The envelope's `errors`; only 422 carries them.
    public var fields: [String: [String]]? {
        if case .validation(_, let fields) = self { return fields }
        return nil
    }

    /// A 422 naming one field, with that field's message as the envelope's message.
    static func field(_ name: String, _ message: String) -> SandboxError {
        .validation(message: message, fields: [name: [message]])
    }

    /// A 422 for several fields, Laravel-style: the first message, then how many more there are.
    static func fields(_ fields: [String: [String]]) -> SandboxError {
        let messages = fields.keys.sorted().flatMap { fields[$0] ?? [] }
        let first = messages.first ?? "The given data was invalid."
        let message = messages.count > 1 ? "\(first) (and \(messages.count - 1) more error\(messages.count > 2 ? "s" : ""))" : first
        return .validation(message: message, fields: fields)
    }
}
