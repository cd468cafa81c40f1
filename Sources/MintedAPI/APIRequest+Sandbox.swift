import Foundation

/// The sandbox's control calls, for the UI's fault panel and scripted journeys; another host answers them 404.
extension APIRequest where Response == FaultPlan {
    /// The fault plan in force.
    public static func sandboxFaults() -> APIRequest {
        .required(Endpoint(method: "GET", path: Endpoint.sandboxFaultsPath))
    }

    /// Replaces the fault plan; answered with the plan now in force.
    public static func setSandboxFaults(_ plan: FaultPlan) -> APIRequest {
        .required(.json("PUT", Endpoint.sandboxFaultsPath, plan))
    }
}

extension APIRequest where Response == Nothing {
    /// Ends the price lock of the open basket `cartToken` now; the next read re-prices it.
    public static func expireLock(cartToken: String) -> APIRequest {
        .acknowledged(.json("POST", Endpoint.sandboxExpireLockPath, ["cart_token": cartToken]))
    }
}

extension APIRequest where Response == Basket {
    /// Loads `scenario`; answered with the webview basket it opened (its customer and cart token included).
    public static func loadScenario(_ scenario: Endpoint.Scenario) -> APIRequest {
        .required(Endpoint(method: "POST", path: Endpoint.sandboxScenarioPath(scenario)))
    }
}

extension APIRequest where Response == CurrencyRate {
    /// Moves market `currencyId`'s rate by `percent` at once; answered with the market's new rate.
    public static func spike(currencyId: Int, percent: Decimal) -> APIRequest {
        .required(.json("POST", Endpoint.sandboxSpikePath, SpikeRequest(itemCurrencyId: currencyId, percent: percent)))
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
