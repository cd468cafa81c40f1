import Foundation

/// The walletable endpoint table: every path and query name, including our [ours] decisions, in one place.
extension Endpoint {
    public static let basketPath = "/partner/walletable/basket"
    public static let productsPath = "/partner/walletable/products"
    public static let balancePath = "/partner/walletable/balance"
    public static let currencyRatesPath = "/partner/walletable/currency-rates"
    public static let rateHistoryPath = "/partner/walletable/rate-history"
    public static let customerPath = "/partner/customer"
    public static let completePath = "/partner/walletable/complete"
    public static let ordersPath = "/partner/walletable/orders"
    public static let receiptPath = "/partner/walletable/receipt"
    public static let orderPath = "/partner/order"
    public static let webviewTokenPath = "/partner/ecom/token"
    public static let webviewBasketPath = "/partner/ecom/getActiveBasket"
    public static let webviewCompletePath = "/partner/ecom/complete"

    static func segment(_ text: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove("/")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }

    /// 1 · Create Customer [doc].
    public static func createCustomer(_ profile: CustomerProfile) -> Endpoint { .json("POST", customerPath, profile) }

    /// 2 · Update Customer [sibling].
    public static func updateCustomer(_ externalId: String, _ profile: CustomerProfile) -> Endpoint {
        .json("PATCH", customerPath + "/" + segment(externalId), profile)
    }

    /// 3 · Remove Customer Id [ours].
    public static func removeCustomer(_ externalId: String) -> Endpoint {
        Endpoint(method: "DELETE", path: customerPath + "/" + segment(externalId))
    }

    /// 4 · Get Customer [sibling].
    public static func customer(_ externalId: String) -> Endpoint {
        Endpoint(method: "GET", path: customerPath + "/" + segment(externalId))
    }

    /// 5 · Get Products [ours path].
    public static func products(page: Int, perPage: Int, metals: [MetalType]?, deliverable: Bool?) -> Endpoint {
        var query = [URLQueryItem(name: "page", value: String(page)), URLQueryItem(name: "total", value: String(perPage))]
        if let metals { query.append(URLQueryItem(name: "metal_type", value: metals.map(\.rawValue).joined(separator: ","))) }
        if let deliverable { query.append(URLQueryItem(name: "is_deliverable", value: String(deliverable))) }
        return Endpoint(method: "GET", path: productsPath, query: query)
    }

    /// 6–8 · Complete Buy / Sell / Delivery.
    public static func complete(_ type: BasketType, _ reference: BasketReference) -> Endpoint {
        .json("POST", completePath + "/" + type.rawValue, reference)
    }

    /// 9 · Get Orders [doc].
    public static func orders(_ query: OrderQuery) -> Endpoint {
        Endpoint(method: "GET", path: ordersPath, query: query.items)
    }

    /// 10 · Receipt [ours].
    public static func receipt(customer: String, guid: String) -> Endpoint {
        Endpoint(method: "GET", path: receiptPath, query: [
            URLQueryItem(name: "external_customer_id", value: customer), URLQueryItem(name: "guid", value: guid),
        ])
    }

    /// 11 · Balance / Wallet [doc].
    public static func balance(customer: String, metals: [MetalType], deliverable: Bool?) -> Endpoint {
        var query = [
            URLQueryItem(name: "metal_type", value: metals.map(\.rawValue).joined(separator: ",")),
            URLQueryItem(name: "external_customer_id", value: customer),
        ]
        if let deliverable { query.append(URLQueryItem(name: "is_deliverable", value: String(deliverable))) }
        return Endpoint(method: "GET", path: balancePath, query: query)
    }

    /// 12 · Get Active Basket [ours].
    public static func activeBasket(customer: String, type: BasketType) -> Endpoint {
        Endpoint(method: "GET", path: basketPath, query: [
            URLQueryItem(name: "external_customer_id", value: customer), URLQueryItem(name: "type", value: type.rawValue),
        ])
    }

    /// 13 · Delete Basket Item [doc].
    public static func removeItem(_ removal: BasketItemRemoval) -> Endpoint { .json("DELETE", basketPath, removal) }

    /// 14 · Create Basket / Add Basket Item [ours].
    public static func addItem(_ addition: BasketItemAddition) -> Endpoint { .json("POST", basketPath, addition) }

    /// 15 · Clear Basket [ours].
    public static func clearBasket(_ reference: BasketReference) -> Endpoint { .json("DELETE", basketPath + "/empty", reference) }

    /// 16 · Update Basket Item [doc].
    public static func updateItem(_ update: BasketItemUpdate) -> Endpoint { .json("PATCH", basketPath, update) }

    /// 17 · Currency Rates [ours].
    public static func currencyRates() -> Endpoint { Endpoint(method: "GET", path: currencyRatesPath) }

    /// 18 · Rate History [ours].
    public static func rateHistory(currencyId: Int, period: RatePeriod) -> Endpoint {
        Endpoint(method: "GET", path: rateHistoryPath, query: [
            URLQueryItem(name: "item_currency_id", value: String(currencyId)), URLQueryItem(name: "period", value: period.rawValue),
        ])
    }

    /// 19 · Get Order Invoice [doc].
    public static func invoice(orderId: String) -> Endpoint {
        Endpoint(method: "GET", path: orderPath + "/" + segment(orderId) + "/invoice")
    }

    /// 20 · Webview Create Token [ours]; Digest, partner side.
    public static func webviewToken(customer: String) -> Endpoint {
        .json("POST", webviewTokenPath, WebviewTokenRequest(externalCustomerId: customer))
    }

    /// 21 · Webview Get Active Basket [doc], with the customer's bearer token.
    public static func webviewBasket(token: String) -> Endpoint {
        Endpoint(method: "GET", path: webviewBasketPath, auth: .bearer(token))
    }

    /// 22 · Webview Complete [ours], with the customer's bearer token.
    public static func webviewComplete(token: String, cartToken: String) -> Endpoint {
        .json("POST", webviewCompletePath, WebviewCompletion(cartToken: cartToken), auth: .bearer(token))
    }
}
