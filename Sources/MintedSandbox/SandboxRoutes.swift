import Foundation
import Hummingbird
import MintedAPI

/// The walletable endpoints, at exactly the paths of `Endpoint+Walletable.swift`: each handler reads and
/// validates its fields, runs one engine operation in the store and answers the success envelope.
struct SandboxRoutes: Sendable {
    let store: SandboxStore

    /// Registers every route of `table` on `router`.
    func register(on router: Router<SandboxRequestContext>) {
        for route in Self.table {
            router.on(RouterPath(route.path), method: route.method) { request, context in
                try await route.handler(self, request, context)
            }
        }
    }

    func products(_ request: Request) async throws -> Response {
        var fields = request.queryFields
        let page = fields.optionalInteger("page") ?? 1
        let perPage = fields.optionalInteger("total") ?? 15
        let metals = fields.optionalList("metal_type", of: MetalType.self)
        let deliverable = fields.optionalBool("is_deliverable")
        try fields.validated()
        let listed = try await store.perform { engine, now in
            try engine.products(page: page, perPage: perPage, metals: metals, deliverable: deliverable, now: now)
        }
        return try .success(in: request.language, listed.linked(path: request.listURL, query: request.queryItems))
    }

    func balance(_ request: Request) async throws -> Response {
        var fields = request.queryFields
        let customer = fields.requiredString("external_customer_id")
        let metals = fields.optionalList("metal_type", of: MetalType.self)
        let deliverable = fields.optionalBool("is_deliverable")
        try fields.validated()
        return try .success(in: request.language, try await store.perform { engine, now in
            try engine.balance(customer: customer, metals: metals ?? MetalType.allCases, deliverable: deliverable, now: now)
        })
    }

    func currencyRates(_ request: Request) async throws -> Response {
        try .success(in: request.language, try await store.perform { engine, now in engine.currencyRates(now: now) })
    }

    func rateHistory(_ request: Request) async throws -> Response {
        var fields = request.queryFields
        let currencyId = fields.requiredInteger("item_currency_id")
        let period = fields.requiredChoice("period", as: RatePeriod.self)
        try fields.validated()
        return try .success(try await store.perform { engine, now in
            try engine.rateHistory(currencyId: currencyId, period: period, now: now)
        })
    }
}
