import Foundation
import Hummingbird

/// One line per request for a person watching `minted sandbox` at a shared desk: method, path, status and time.
/// Never headers or bodies (no credential reaches the line); the embedded sandbox logs nothing.
struct RequestLogMiddleware<Context: RequestContext>: RouterMiddleware {
    let write: @Sendable (String) -> Void

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let started = ContinuousClock.now
        do {
            let response = try await next(request, context)
            write(Self.line(request, status: Int(response.status.code), since: started))
            return response
        } catch {
            let status = (error as? any HTTPResponseError)?.status.code ?? 500
            write(Self.line(request, status: Int(status), since: started))
            throw error
        }
    }

    static func line(_ request: Request, status: Int, since started: ContinuousClock.Instant) -> String {
        let elapsed = started.duration(to: .now).components
        let milliseconds = Double(elapsed.seconds) * 1_000 + Double(elapsed.attoseconds) / 1e15
        let time = Date.ISO8601FormatStyle(includingFractionalSeconds: false).format(Date())
        return "\(time) \(request.method.rawValue) \(request.uri.path) \(status) " + String(format: "%.1f ms", milliseconds)
    }
}
