import Hummingbird

/// Refuses a partner API request without an `x-client-id` header with a 400 that names it (seed 000 marks the header
/// required). An empty value passes: seed 000's own sample request sends `x-client-id: ` with nothing after it.
struct ClientIdMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.uri.path.hasPrefix("/partner/"), !request.headers.contains(where: { $0.name.canonicalName == "x-client-id" }) else {
            return try await next(request, context)
        }
        return Response.failure(status: 400, message: .clientIdRequired, language: request.language)
    }
}
