import Hummingbird

/// Turns every thrown error into the API's error envelope: a `SandboxError` into its status, a Hummingbird
/// error (an unknown route is a 404) into its status, anything else into a 500.
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
        switch error {
        case let error as SandboxError:
            var response = Response.failure(error)
            if case .unauthorized = error { response.headers[.wwwAuthenticate] = #"Bearer realm="minted-sandbox", error="invalid_token""# }
            return response
        case let error as HTTPError:
            let status = Int(error.status.code)
            let message = error.body ?? (status == 404 ? "No route for \(request.method.rawValue) \(request.uri.path)" : error.status.reasonPhrase)
            return .failure(status: status, message: message)
        default:
            return .failure(status: 500, message: "internal sandbox error: \(error)")
        }
    }
}
