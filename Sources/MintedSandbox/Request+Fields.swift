import Foundation
import Hummingbird

/// The request's body and query as `RequestFields`.
extension Request {
    /// The most a request body may hold.
    static let bodyLimit = 1 << 20

    /// The JSON body's fields (at most `bodyLimit`); malformed JSON is a 400, a larger body a 413.
    mutating func bodyFields() async throws -> RequestFields {
        try RequestFields(body: try await limitedBody())
    }

    /// The body, at most `bodyLimit` bytes; more is a 413 with the envelope (NIO's own error would read as a 500 that
    /// names an internal type).
    mutating func limitedBody() async throws -> Data {
        do {
            return Data(try await collectBody(upTo: Self.bodyLimit).readableBytesView)
        } catch {
            throw SandboxError.payloadTooLarge(.bodyTooLarge(limit: Self.bodyLimit))
        }
    }

    /// The query string's fields, percent-decoded.
    var queryFields: RequestFields { RequestFields(query: queryItems) }

    /// The query string as names and percent-decoded values, in order.
    var queryItems: [(name: String, value: String)] {
        uri.queryParameters.map { (name: String($0.key), value: String($0.value)) }
    }

    /// This request's URL without its query (`http://host:port/path`), as a paginated list's `path`.
    var listURL: String { "http://" + (head.authority ?? "127.0.0.1") + uri.path }
}
