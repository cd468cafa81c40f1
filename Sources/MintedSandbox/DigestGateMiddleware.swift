import Hummingbird

/// Lets through only requests with valid Digest credentials (the webview bearer paths authenticate themselves); others get a 401 envelope with two challenges
/// (SHA-256, then MD5), marked `stale=true` when only the nonce was out of date.
struct DigestGateMiddleware<Context: RequestContext>: RouterMiddleware {
    let store: SandboxStore

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if SandboxRoutes.bearerPaths.contains(request.uri.path) { return try await next(request, context) }
        guard let refusal = await store.challenges(
            authorization: request.headers[.authorization], method: request.method.rawValue, uri: request.uri.string
        ) else {
            return try await next(request, context)
        }
        var response = Response.failure(status: 401, message: refusal.stale ? .staleNonce : .unauthenticated, language: request.language)
        response.headers[values: .wwwAuthenticate] = refusal.values
        return response
    }
}
