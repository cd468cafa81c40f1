import Foundation
import Hummingbird
import MintedAPI

/// The control API under `/_sandbox/`, JSON in and out, behind the same Digest credentials as the API: faults, the
/// journal, lock expiry, price spikes, scenarios and the metal and money accounting. Only the OpenAPI document is public.
struct ControlRoutes: Sendable {
    /// Every control path starts with this.
    static let prefix = "/_sandbox/"

    /// Where the OpenAPI document is served.
    static let openAPIPath = "/_sandbox/openapi.json"

    let store: SandboxStore

    /// Registers the control routes that need no credentials: the OpenAPI document, which changes nothing and
    /// describes no secret, and which a tool must read before it knows how to authenticate.
    static func registerPublic(on router: Router<SandboxRequestContext>) {
        router.get(RouterPath(openAPIPath)) { _, _ -> Response in
            Response(
                status: .ok, headers: [.contentType: "application/json"],
                body: ResponseBody(byteBuffer: ByteBuffer(string: OpenAPIDocument.json))
            )
        }
    }

    /// Registers every control endpoint on `router`.
    func register(on router: Router<SandboxRequestContext>) {
        router.get("/_sandbox/faults") { _, _ -> Response in try Response.success(await store.currentFaults()) }
        router.put("/_sandbox/faults") { request, _ -> Response in
            let plan = try await Self.decode(FaultPlan.self, from: request)
            return try Response.success(try await store.setFaults(plan))
        }
        router.delete("/_sandbox/faults") { _, _ -> Response in try Response.success(try await store.setFaults(FaultPlan())) }
        router.get("/_sandbox/journal") { request, _ -> Response in
            var fields = request.queryFields
            let limit = fields.optionalInteger("limit") ?? 100
            try fields.validated()
            return try Response.success(await store.journalEntries(limit: limit))
        }
        router.delete("/_sandbox/journal") { _, _ -> Response in
            await store.clearJournal()
            return try Response.success(Nothing?.none)
        }
        router.post("/_sandbox/expire-lock") { request, _ -> Response in try await expireLock(request) }
        router.post("/_sandbox/spike") { request, _ -> Response in try await spike(request) }
        router.post(RouterPath(Endpoint.sandboxScenarioPath(.seed000))) { request, _ -> Response in
            try .success(in: request.language, try await store.perform { engine, now in engine.loadSeed000Scenario(now: now) })
        }
        router.get("/_sandbox/ledger") { _, _ -> Response in try Response.success(try await store.perform { engine, _ in engine.accounting }) }
    }

    private func expireLock(_ request: Request) async throws -> Response {
        var request = request
        var fields = try await request.bodyFields()
        let cartToken = fields.requiredString("cart_token")
        try fields.validated()
        try await store.perform { engine, now in try engine.expireLock(cartToken: cartToken, now: now) }
        return try Response.success(Nothing?.none)
    }

    private func spike(_ request: Request) async throws -> Response {
        var request = request
        var fields = try await request.bodyFields()
        let currencyId = fields.requiredInteger("item_currency_id")
        let percent = fields.requiredDecimal("percent")
        try fields.validated()
        return try Response.success(try await store.perform { engine, now in
            try engine.spike(currencyId: currencyId, percent: percent, now: now)
        })
    }

    /// A JSON body as `Value`; malformed JSON is a 400.
    static func decode<Value: Decodable>(_ type: Value.Type, from request: Request) async throws -> Value {
        var request = request
        let body = try await request.limitedBody()
        do {
            return try JSONDecoder().decode(Value.self, from: body)
        } catch {
            throw SandboxError.badRequest(.bodyNotValid("\(Value.self)"))
        }
    }
}
