import Foundation
import Hummingbird

/// The request's body and query as `RequestFields`.
extension Request {
    /// The JSON body's fields (at most 1 MiB); malformed JSON is a 400.
    mutating func bodyFields() async throws -> RequestFields {
        let buffer = try await collectBody(upTo: 1 << 20)
        return try RequestFields(body: Data(buffer.readableBytesView))
    }

    /// The query string's fields, percent-decoded.
    var queryFields: RequestFields {
        RequestFields(query: uri.queryParameters.map { (name: String($0.key), value: String($0.value)) })
    }
}
