import Foundation
import Hummingbird

/// Answers every partner API request from a cassette deck, after the sandbox's own Digest gate and client-id check:
/// the engine behind it is never asked. The control API (`/_sandbox/…`) passes on, so faults still apply.
struct CassetteMiddleware<Context: RequestContext>: RouterMiddleware {
    let deck: any CassetteDeck

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.uri.path.hasPrefix("/partner/") else { return try await next(request, context) }
        var request = request
        let body = try await request.limitedBody()
        var vendorHeaders: [String: String] = [:]
        for name in CassetteRequest.vendorHeaderNames {
            if let value = request.headers.first(where: { $0.name.canonicalName == name.lowercased() })?.value { vendorHeaders[name] = value }
        }
        var bearer: String?
        if SandboxRoutes.bearerPaths.contains(request.uri.path), let authorization = request.headers[.authorization],
           authorization.lowercased().hasPrefix("bearer ") {
            bearer = String(authorization.dropFirst("bearer ".count)).trimmingCharacters(in: .whitespaces)
        }
        let asked = CassetteRequest(method: request.method.rawValue, path: request.uri.path, query: request.uri.query ?? "",
                                    body: body, vendorHeaders: vendorHeaders, bearerToken: bearer)
        do {
            let answer = try await deck.answer(asked)
            var response = Response(status: .init(code: answer.status), headers: [:],
                                    body: ResponseBody(byteBuffer: ByteBuffer(bytes: answer.body)))
            // `CassetteAnswer.keptHeaders`, one by one.
            for (name, value) in answer.headers {
                switch name {
                case "content-type": response.headers[.contentType] = value
                case "retry-after": response.headers[.retryAfter] = value
                case "location": response.headers[.location] = value
                case "allow": response.headers[.allow] = value
                default: break
                }
            }
            return response
        } catch let refusal as CassetteRefusal {
            return .failure(status: refusal.status, message: refusal.message, language: request.language)
        }
    }
}
