import Foundation
import Hummingbird
import MintedAPI

/// Get Orders, Receipt and Get Order Invoice.
extension SandboxRoutes {
    func orders(_ request: Request) async throws -> Response {
        var fields = request.queryFields
        let query = OrderQuery(
            page: fields.optionalInteger("page") ?? 1, perPage: fields.optionalInteger("total") ?? 20,
            sortBy: fields.optionalString("sortBy"), sortType: fields.optionalString("sortType"),
            statusIds: fields.optionalIntegerList("status") ?? [], startDate: fields.optionalString("startDate"),
            endDate: fields.optionalString("endDate"), types: fields.optionalList("tx_type", of: BasketType.self) ?? [],
            customerExternalId: fields.optionalString("customer_external_id"), orderId: fields.optionalString("orderId")
        )
        try fields.validated()
        let listed = try await store.perform { engine, now in try engine.orders(query, now: now) }
        return try .success(in: request.language, listed.linked(path: request.listURL, query: request.queryItems))
    }

    func receipt(_ request: Request) async throws -> Response {
        var fields = request.queryFields
        let customer = fields.requiredString("external_customer_id")
        let guid = fields.requiredString("guid")
        try fields.validated()
        return try .success(in: request.language, try await store.perform { engine, now in try engine.receipt(customer: customer, guid: guid, now: now) })
    }

    func invoice(_ context: SandboxRequestContext) async throws -> Response {
        let raw = try context.parameters.require("external_order_id")
        let orderId = raw.removingPercentEncoding ?? raw
        return try .success(try await store.perform { engine, _ in try engine.invoice(orderId: orderId) })
    }
}
