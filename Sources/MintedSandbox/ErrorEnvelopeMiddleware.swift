import Hummingbird

/// Turns every thrown error into the API's error envelope: a `SandboxError` into its status, a Hummingbird
/// error (an unknown route is a 404) into its status, anything else into a 500.
struct ErrorEnvelopeMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as SandboxError {
            return .failure(error)
        } catch let error as HTTPError {
            let status = Int(error.status.code)
            let message = error.body ?? (status == 404 ? "No route for \(request.method.rawValue) \(request.uri.path)" : error.status.reasonPhrase)
            return .failure(status: status, message: message)
        } catch {
            return .failure(status: 500, message: "internal sandbox error: \(error)")
        }
    }
}
