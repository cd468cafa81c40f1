import Foundation
import Hummingbird
import MintedAPI

/// Create, Update, Remove and Get Customer.
extension SandboxRoutes {
    func customer(_ context: SandboxRequestContext) async throws -> Response {
        let id = try Self.customerId(context)
        return try .success(try await store.perform { engine, _ in try engine.customer(id) })
    }

    func createCustomer(_ request: Request) async throws -> Response {
        var request = request
        var fields = try await request.bodyFields()
        let profile = fields.profile()
        try fields.validated()
        return try .success(try await store.perform { engine, now in try engine.createCustomer(profile, now: now) })
    }

    func updateCustomer(_ request: Request, _ context: SandboxRequestContext) async throws -> Response {
        let id = try Self.customerId(context)
        var request = request
        var fields = try await request.bodyFields()
        let profile = fields.profile()
        try fields.validated()
        return try .success(try await store.perform { engine, now in try engine.updateCustomer(id, profile, now: now) })
    }

    func removeCustomer(_ context: SandboxRequestContext) async throws -> Response {
        let id = try Self.customerId(context)
        try await store.perform { engine, now in try engine.removeCustomer(id, now: now) }
        return try .success(Nothing?.none)
    }

    /// The `{external_id}` path segment, percent-decoded.
    static func customerId(_ context: SandboxRequestContext) throws -> String {
        let raw = try context.parameters.require("external_id")
        return raw.removingPercentEncoding ?? raw
    }
}

extension RequestFields {
    /// The body of Create / Update Customer; each field optional here, the engine decides what is required.
    mutating func profile() -> CustomerProfile {
        CustomerProfile(
            externalId: optionalString("external_id"), firstname: optionalString("firstname"),
            middlename: optionalString("middlename"), lastname: optionalString("lastname"), email: optionalString("email"),
            phone: optionalString("phone"), gender: optionalString("gender"), identityNumber: optionalString("identity_number"),
            birthdate: optionalString("birthdate")
        )
    }
}
