import Foundation
import Hummingbird
import MintedAPI

/// The walletable endpoints, at exactly the paths of `Endpoint+Walletable.swift`: each handler reads and
/// validates its fields, runs one engine operation in the store and answers the success envelope.
struct SandboxRoutes: Sendable {
    let store: SandboxStore

    /// Registers every endpoint on `router`.
    func register(on router: Router<SandboxRequestContext>) {
        router.get(RouterPath(Endpoint.productsPath)) { request, _ in try await products(request) }
        router.get(RouterPath(Endpoint.balancePath)) { request, _ in try await balance(request) }
        router.get(RouterPath(Endpoint.currencyRatesPath)) { request, _ in try await currencyRates(request) }
        router.get(RouterPath(Endpoint.rateHistoryPath)) { request, _ in try await rateHistory(request) }
        router.get(RouterPath(Endpoint.basketPath)) { request, _ in try await activeBasket(request) }
        router.post(RouterPath(Endpoint.basketPath)) { request, _ in try await addItem(request) }
        router.patch(RouterPath(Endpoint.basketPath)) { request, _ in try await updateItem(request) }
        router.delete(RouterPath(Endpoint.basketPath)) { request, _ in try await removeItem(request) }
        router.delete(RouterPath(Endpoint.basketPath + "/empty")) { request, _ in try await clearBasket(request) }
        router.post(RouterPath(Endpoint.completePath + "/:type")) { request, context in try await complete(request, context) }
        registerCustomers(on: router)
        registerOrders(on: router)
        registerWebview(on: router)
    }


    private func products(_ request: Request) async throws -> Response {
        var fields = request.queryFields
        let page = fields.optionalInteger("page") ?? 1
        let perPage = fields.optionalInteger("total") ?? 15
        let metals = fields.optionalList("metal_type", of: MetalType.self)
        let deliverable = fields.optionalBool("is_deliverable")
        try fields.validated()
        return try .success(in: request.language, try await store.perform { engine, now in
            try engine.products(page: page, perPage: perPage, metals: metals, deliverable: deliverable, now: now)
        })
    }

    private func balance(_ request: Request) async throws -> Response {
        var fields = request.queryFields
        let customer = fields.requiredString("external_customer_id")
        let metals = fields.optionalList("metal_type", of: MetalType.self)
        let deliverable = fields.optionalBool("is_deliverable")
        try fields.validated()
        return try .success(in: request.language, try await store.perform { engine, now in
            try engine.balance(customer: customer, metals: metals ?? MetalType.allCases, deliverable: deliverable, now: now)
        })
    }

    private func currencyRates(_ request: Request) async throws -> Response {
        try .success(in: request.language, try await store.perform { engine, now in engine.currencyRates(now: now) })
    }

    private func rateHistory(_ request: Request) async throws -> Response {
        var fields = request.queryFields
        let currencyId = fields.requiredInteger("item_currency_id")
        let period = fields.requiredChoice("period", as: RatePeriod.self)
        try fields.validated()
        return try .success(try await store.perform { engine, now in
            try engine.rateHistory(currencyId: currencyId, period: period, now: now)
        })
    }
}
