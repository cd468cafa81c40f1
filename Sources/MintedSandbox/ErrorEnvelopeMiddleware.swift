import Hummingbird

/// Turns every thrown error into the API's error envelope: a `SandboxError` into its status, a Hummingbird
/// error (an unknown route is a 404, a known path with another method a 405 with `Allow`) into its status,
/// anything else into a 500.
struct ErrorEnvelopeMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            return .failure(for: error, request: request)
        }
    }
}

extension Response {
    /// The error envelope for any error thrown while serving `request`.
    static func failure(for error: any Error, request: Request) -> Response {
        let language = request.language
        switch error {
        case let error as SandboxError:
            var response = Response.failure(error, language: language)
            if case .unauthorized = error { response.headers[.wwwAuthenticate] = #"Bearer realm="minted-sandbox", error="invalid_token""# }
            return response
        case let error as HTTPError:
            let status = Int(error.status.code)
            let allowed = SandboxRoutes.allowedMethods(at: request.uri.path)
            if status == 404, error.body == nil, !allowed.isEmpty {
                let message = SandboxMessage.methodNotAllowed(method: request.method.rawValue, path: request.uri.path, allowed: allowed)
                var response = Response.failure(status: 405, message: message, language: language)
                response.headers[.allow] = allowed.joined(separator: ", ")
                return response
            }
            let message: SandboxMessage = status == 404 && error.body == nil
                ? .noRoute(method: request.method.rawValue, path: request.uri.path)
                : .httpError(status: status, reason: error.body ?? error.status.reasonPhrase)
            return .failure(status: status, message: message, language: language)
        default:
            // The detail is kept in the case, not worded: an internal type name tells the person nothing to act on.
            return .failure(status: 500, message: .internalError(String(describing: error)), language: language)
        }
    }
}
