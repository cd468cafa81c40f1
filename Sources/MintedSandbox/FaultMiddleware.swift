import Foundation
import Hummingbird
import MintedAPI

/// Injects the fault plan into every walletable request and journals each one with what it was answered.
/// `/_sandbox/` requests are neither faulted nor journalled. A dropped connection is closed without a response.
struct FaultMiddleware: RouterMiddleware {
    typealias Context = SandboxRequestContext

    let store: SandboxStore

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard !request.uri.path.hasPrefix(ControlRoutes.prefix) else { return try await next(request, context) }
        let method = request.method.rawValue
        let delay = await store.delay()
        if delay > 0 { try await Task.sleep(for: .milliseconds(delay)) }
        var response: Response
        switch await store.decide(method: method, path: request.uri.path) {
        case .pass:
            do {
                response = try await next(request, context)
            } catch {
                response = .failure(for: error, request: request)
            }
            var fault: String?
            if (200..<300).contains(response.status.code), let corruption = await store.corruption(method: method, path: request.uri.path) {
                response = await Self.corrupted(response, by: corruption)
                fault = "corrupt"
            }
            await store.record(method: method, uri: request.uri.string, status: Int(response.status.code), fault: fault)
        case .status(let status):
            response = .failure(status: status, message: .injectedFault(status), language: request.language)
            await store.record(method: method, uri: request.uri.string, status: status, fault: "status")
        case .malformed:
            response = Response(
                status: .ok, headers: [.contentType: "application/json"],
                body: ResponseBody(byteBuffer: ByteBuffer(string: #"{"data": {"token": "trunc"#))
            )
            await store.record(method: method, uri: request.uri.string, status: 200, fault: "malformed")
        case .drop:
            // Closed first, then journalled: the client sees the drop at once, however busy the store is.
            context.closeConnection()
            await store.record(method: method, uri: request.uri.string, status: nil, fault: "drop")
            // The channel is closed: writing this fails and Hummingbird abandons the connection without an answer.
            response = Response(status: .internalServerError, headers: [.connection: "close"])
        }
        return response
    }

    /// `response` with the corruption's field replaced; the body is re-serialised (keys sorted, numbers' digits kept).
    /// A body that is not JSON, or a field the path does not reach (a missing last key is added), leaves it as it was.
    static func corrupted(_ response: Response, by corruption: FaultPlan.Corruption) async -> Response {
        let sink = BodySink()
        do { try await response.body.write(BodyCollector(sink: sink)) } catch { return response }
        guard let steps = JSONPathStep.parse(corruption.field),
              let parsed = try? JSONValue.parse(Data(sink.buffer.readableBytesView)),
              let changed = parsed.value.replacing(at: steps, with: corruption.value) else {
            return Response(status: response.status, headers: response.headers, body: ResponseBody(byteBuffer: sink.buffer))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let body = (try? encoder.encode(changed)) ?? Data(sink.buffer.readableBytesView)
        var headers = response.headers
        headers[.contentLength] = String(body.count)
        return Response(status: response.status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
    }
}

/// Where `BodyCollector` gathers a response body, read once it has been written.
private final class BodySink {
    var buffer = ByteBuffer()
}

/// A response body writer that keeps what is written instead of sending it.
private struct BodyCollector: ResponseBodyWriter {
    let sink: BodySink

    mutating func write(_ buffer: ByteBuffer) async throws {
        var buffer = buffer
        sink.buffer.writeBuffer(&buffer)
    }

    consuming func finish(_ trailingHeaders: HTTPFields?) async throws {}
}
