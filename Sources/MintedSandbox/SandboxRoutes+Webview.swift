import Foundation
import Hummingbird
import MintedAPI

/// The Embedded Webview endpoints: Create Token behind Digest, the other two behind the bearer token it issues.
extension SandboxRoutes {
    /// The paths that authenticate with a bearer token instead of Digest.
    static let bearerPaths: Set<String> = [Endpoint.webviewBasketPath, Endpoint.webviewCompletePath]

    func createToken(_ request: Request) async throws -> Response {
        var request = request
        var fields = try await request.bodyFields()
        let customer = fields.requiredString("external_customer_id")
        try fields.validated()
        return try .success(try await store.perform { engine, now in try engine.createWebviewToken(customer: customer, now: now) })
    }

    func webviewBasket(_ request: Request) async throws -> Response {
        let token = try Self.bearerToken(request)
        return try .success(in: request.language, try await store.perform { engine, now in try engine.webviewBasket(token: token, now: now) })
    }

    func webviewComplete(_ request: Request) async throws -> Response {
        let token = try Self.bearerToken(request)
        var request = request
        var fields = try await request.bodyFields()
        let cartToken = fields.requiredString("cart_token")
        try fields.validated()
        return try .success(in: request.language, try await store.perform { engine, now in
            try engine.webviewComplete(token: token, cartToken: cartToken, now: now)
        })
    }

    /// The token of `Authorization: Bearer …`; 401 without one.
    static func bearerToken(_ request: Request) throws -> String {
        guard let header = request.headers[.authorization], header.count > 7,
              header.prefix(7).lowercased() == "bearer " else {
            throw SandboxError.unauthorized(.bearerRequired)
        }
        return String(header.dropFirst(7)).trimmingCharacters(in: .whitespaces)
    }
}
