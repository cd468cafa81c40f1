import Foundation

/// The built-in sandbox's control API, for the UI's fault panel and scripted journeys.
extension MintedClient {
    /// The fault plan in force.
    public func sandboxFaults() async throws -> FaultPlan {
        try await require(.sandboxFaults)
    }

    /// Replaces the fault plan; returns the plan now in force.
    public func setSandboxFaults(_ plan: FaultPlan) async throws -> FaultPlan {
        try await require(.setSandboxFaults(plan))
    }

    /// Ends the price lock of the open basket `cartToken` now; the next read re-prices it.
    public func expireLock(cartToken: String) async throws {
        _ = try await send(.expireLock(cartToken: cartToken), as: JSONValue.self)
    }

    /// Loads `scenario` into the sandbox; returns the webview basket it opened (its customer and cart token included).
    public func loadScenario(_ scenario: Endpoint.Scenario) async throws -> Basket {
        try await require(.loadScenario(scenario))
    }

    /// Moves market `currencyId`'s rate by `percent`; returns its new rate.
    public func spike(currencyId: Int, percent: Decimal) async throws -> CurrencyRate {
        try await require(.spike(currencyId: currencyId, percent: percent))
    }
}
