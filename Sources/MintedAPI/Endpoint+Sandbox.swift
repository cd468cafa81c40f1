import Foundation

/// The built-in sandbox's control API (`/_sandbox/`): not the vendor's, ours, behind the same Digest credentials.
extension Endpoint {
    public static let sandboxFaultsPath = "/_sandbox/faults"
    public static let sandboxExpireLockPath = "/_sandbox/expire-lock"
    public static let sandboxSpikePath = "/_sandbox/spike"

    /// The scenarios `POST /_sandbox/scenarios/<name>` loads.
    public enum Scenario: String, Sendable, CaseIterable {
        /// Seed 000's webview basket (John Due, 1 × MNT0001 in TRY "Physical Gold"); answered with that basket.
        case seed000
    }

    /// Where scenario `scenario` is loaded.
    public static func sandboxScenarioPath(_ scenario: Scenario) -> String { "/_sandbox/scenarios/" + scenario.rawValue }

    /// Loads `scenario` into the running sandbox.
    public static func loadScenario(_ scenario: Scenario) -> Endpoint {
        Endpoint(method: "POST", path: sandboxScenarioPath(scenario))
    }

    /// The fault plan in force.
    public static var sandboxFaults: Endpoint { Endpoint(method: "GET", path: sandboxFaultsPath) }

    /// Replaces the fault plan; answered with the plan now in force.
    public static func setSandboxFaults(_ plan: FaultPlan) -> Endpoint { .json("PUT", sandboxFaultsPath, plan) }

    /// Ends the price lock of the open basket `cartToken` now.
    public static func expireLock(cartToken: String) -> Endpoint {
        .json("POST", sandboxExpireLockPath, ["cart_token": cartToken])
    }

    /// Moves market `currencyId`'s rate by `percent` at once; answered with the market's new rate.
    public static func spike(currencyId: Int, percent: Decimal) -> Endpoint {
        .json("POST", sandboxSpikePath, SpikeRequest(itemCurrencyId: currencyId, percent: percent))
    }
}

/// The body of `POST /_sandbox/spike`.
struct SpikeRequest: Encodable {
    var itemCurrencyId: Int
    var percent: Decimal

    enum CodingKeys: String, CodingKey {
        case itemCurrencyId = "item_currency_id"
        case percent
    }
}
