import Foundation
import Hummingbird

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
        let response: Response
        switch await store.decide(method: method, path: request.uri.path) {
        case .pass:
            do {
                response = try await next(request, context)
            } catch {
                response = .failure(for: error, request: request)
            }
            await store.record(method: method, uri: request.uri.string, status: Int(response.status.code), fault: nil)
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
}
