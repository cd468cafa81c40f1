import Foundation
import Hummingbird
import MintedAPI

/// The API's envelopes as Hummingbird responses.
extension Response {
    /// 200 with `{"data": payload, "success": true, "code": 0, "message": ""}`; a nil payload is `data: null`.
    static func success<Payload: Codable & Sendable>(_ payload: Payload?) throws -> Response {
        json(status: 200, body: try encoder.encode(Envelope(data: payload)))
    }

    /// `status` with `{"data": null, "success": false, "code": status, "message": …}` and, on 422, `errors`.
    static func failure(status: Int, message: String, errors: [String: [String]]? = nil) -> Response {
        let envelope = Envelope<Nothing>(data: nil, success: false, code: status, message: message, errors: errors)
        let body = (try? encoder.encode(envelope)) ?? Data(#"{"data":null,"success":false}"#.utf8)
        return json(status: status, body: body)
    }

    /// The error envelope of a refused sandbox operation.
    static func failure(_ error: SandboxError) -> Response {
        failure(status: error.status, message: error.message, errors: error.fields)
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
