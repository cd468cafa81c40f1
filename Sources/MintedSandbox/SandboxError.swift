/// A refused sandbox operation; each case is one HTTP status of the error envelope. Messages are
/// `SandboxMessage`s, put into words only when answered, in the request's language.
public enum SandboxError: Error, Sendable, Equatable {
    /// 400: the request could not be read at all (malformed JSON, say).
    case badRequest(SandboxMessage)
    /// 401: a webview bearer token that is missing, unknown or expired.
    case unauthorized(SandboxMessage)
    /// 404: no such customer, basket, route or currency.
    case notFound(SandboxMessage)
    /// 409: the operation conflicts with the basket's state (an expired price lock).
    case conflict(SandboxMessage)
    /// 413: a request body over the sandbox's limit.
    case payloadTooLarge(SandboxMessage)
    /// 422: per-field validation messages.
    case validation(message: SandboxMessage, fields: [String: [SandboxMessage]])

    /// The HTTP status this error is answered with.
    public var status: Int {
        switch self {
        case .badRequest: 400
        case .unauthorized: 401
        case .notFound: 404
        case .conflict: 409
        case .payloadTooLarge: 413
        case .validation: 422
        }
    }

    /// The envelope's human message.
    public var message: SandboxMessage {
        switch self {
        case .badRequest(let message), .unauthorized(let message), .notFound(let message), .conflict(let message),
             .payloadTooLarge(let message), .validation(let message, _):
            message
        }
    }

    /// The envelope's `errors` in `language`; only 422 carries them.
    public func fields(in language: SandboxLanguage) -> [String: [String]]? {
        guard case .validation(_, let fields) = self else { return nil }
        return fields.mapValues { $0.map { $0.text(for: language) } }
    }

    /// A 422 naming one field, with that field's message as the envelope's message.
    static func field(_ name: String, _ message: SandboxMessage) -> SandboxError {
        .validation(message: message, fields: [name: [message]])
    }

    /// A 422 for several fields, Laravel-style: the first message, then how many more there are.
    static func fields(_ fields: [String: [SandboxMessage]]) -> SandboxError {
        let messages = fields.keys.sorted().flatMap { fields[$0] ?? [] }
        let first = messages.first ?? .dataInvalid
        return .validation(message: messages.count > 1 ? .andMore(first, messages.count - 1) : first, fields: fields)
    }
}
