import Foundation
import Hummingbird
import MintedAPI

/// The basket and complete endpoints.
extension SandboxRoutes {
    func activeBasket(_ request: Request) async throws -> Response {
        var fields = request.queryFields
        let customer = fields.requiredString("external_customer_id")
        let type = fields.requiredChoice("type", as: BasketType.self)
        try fields.validated()
        return try .success(in: request.language, try await store.perform { engine, now in
            try engine.activeBasket(customer: customer, type: type, now: now)
        })
    }

    func addItem(_ request: Request) async throws -> Response {
        var request = request
        var fields = try await request.bodyFields()
        let customer = fields.requiredString("external_customer_id")
        let sku = fields.requiredString("sku")
        let qty = fields.requiredInteger("qty")
        let type = fields.requiredChoice("type", as: BasketType.self)
        let cartToken = fields.optionalString("cart_token")
        try fields.validated()
        return try .success(in: request.language, try await store.perform { engine, now in
            try engine.addItem(customer: customer, sku: sku, qty: qty, type: type, cartToken: cartToken, now: now)
        })
    }

    func updateItem(_ request: Request) async throws -> Response {
        var request = request
        var fields = try await request.bodyFields()
        let customer = fields.requiredString("external_customer_id")
        let cartToken = fields.requiredString("cart_token")
        let sku = fields.requiredString("sku")
        let qty = fields.requiredInteger("qty")
        try fields.validated()
        return try .success(in: request.language, try await store.perform { engine, now in
            try engine.updateItem(customer: customer, cartToken: cartToken, sku: sku, qty: qty, now: now)
        })
    }

    func removeItem(_ request: Request) async throws -> Response {
        var request = request
        var fields = try await request.bodyFields()
        let customer = fields.requiredString("external_customer_id")
        let cartToken = fields.requiredString("cart_token")
        let sku = fields.requiredString("sku")
        try fields.validated()
        return try .success(in: request.language, try await store.perform { engine, now in
            try engine.removeItem(customer: customer, cartToken: cartToken, sku: sku, now: now)
        })
    }

    func clearBasket(_ request: Request) async throws -> Response {
        var request = request
        var fields = try await request.bodyFields()
        let customer = fields.requiredString("external_customer_id")
        let cartToken = fields.requiredString("cart_token")
        try fields.validated()
        return try .success(in: request.language, try await store.perform { engine, now in
            try engine.clearBasket(customer: customer, cartToken: cartToken, now: now)
        })
    }

    func complete(_ request: Request, _ type: BasketType) async throws -> Response {
        var request = request
        var fields = try await request.bodyFields()
        let customer = fields.requiredString("external_customer_id")
        let cartToken = fields.requiredString("cart_token")
        let address = fields.optionalAddress("shipping_address")
        try fields.validated()
        return try .success(in: request.language, try await store.perform { engine, now in
            try engine.complete(type, customer: customer, cartToken: cartToken, shippingAddress: address, now: now)
        })
    }
}
