import Foundation
import Hummingbird
import MintedAPI

/// The API's envelopes as Hummingbird responses.
extension Response {
    /// 200 with `{"data": payload, "success": true, "code": 0, "message": ""}`; a nil payload is `data: null`.
    static func success<Payload: Codable & Sendable>(_ payload: Payload?) throws -> Response {
        json(status: 200, body: try encoder.encode(Envelope(data: payload)))
    }

    /// 200 with `payload` localized to `language` (product and item currency names), as `success(_:)`.
    static func success<Payload: Codable & Sendable>(in language: SandboxLanguage, _ payload: Payload?) throws -> Response {
        try success(payload.map { SandboxLocalization.localized($0, language) })
    }

    /// `status` with `{"data": null, "success": false, "code": status, "message": …}` and, on 422, `errors`,
    /// in `language`.
    static func failure(status: Int, message: SandboxMessage, language: SandboxLanguage,
                        errors: [String: [String]]? = nil) -> Response {
        failure(status: status, message: message.text(for: language), errors: errors)
    }

    /// `status` with `{"data": null, "success": false, "code": status, "message": …}` and, on 422, `errors`.
    private static func failure(status: Int, message: String, errors: [String: [String]]? = nil) -> Response {
        let envelope = Envelope<Nothing>(data: nil, success: false, code: status, message: message, errors: errors)
        let body = (try? encoder.encode(envelope)) ?? Data(#"{"data":null,"success":false}"#.utf8)
        return json(status: status, body: body)
    }

    /// The error envelope of a refused sandbox operation.
    static func failure(_ error: SandboxError, language: SandboxLanguage) -> Response {
        failure(status: error.status, message: error.message, language: language, errors: error.fields(in: language))
    }

    /// Keys in declaration order, slashes unescaped (`https://…` reads as sent).
    private static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return encoder
    }

    private static func json(status: Int, body: Data) -> Response {
        Response(
            status: .init(code: status), headers: [.contentType: "application/json"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: body))
        )
    }
}
