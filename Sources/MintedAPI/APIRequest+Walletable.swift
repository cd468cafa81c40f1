import Foundation

/// The walletable calls, each declared once: method, path, query, body and the answer's type, including our [ours]
/// decisions. Numbers follow `walletable.md`.
extension APIRequest where Response == Customer {
    /// 1 · Create Customer [doc].
    public static func createCustomer(_ profile: CustomerProfile) -> APIRequest {
        .required(.json("POST", Endpoint.customerPath, profile))
    }

    /// 2 · Update Customer [sibling].
    public static func updateCustomer(_ externalId: String, _ profile: CustomerProfile) -> APIRequest {
        .required(.json("PATCH", Endpoint.customerPath + "/" + Endpoint.segment(externalId), profile))
    }

    /// 4 · Get Customer [sibling].
    public static func customer(_ externalId: String) -> APIRequest {
        .required(Endpoint(method: "GET", path: Endpoint.customerPath + "/" + Endpoint.segment(externalId)))
    }
}

extension APIRequest where Response == Nothing {
    /// 3 · Remove Customer Id [ours].
    public static func removeCustomer(_ externalId: String) -> APIRequest {
        .acknowledged(Endpoint(method: "DELETE", path: Endpoint.customerPath + "/" + Endpoint.segment(externalId)))
    }
}

extension APIRequest where Response == Page<Product> {
    /// 5 · Get Products [ours path]; nil filters are not sent.
    public static func products(page: Int = 1, perPage: Int = 100, metals: [MetalType]? = nil, deliverable: Bool? = nil) -> APIRequest {
        var query = [URLQueryItem(name: "page", value: String(page)), URLQueryItem(name: "total", value: String(perPage))]
        if let metals { query.append(URLQueryItem(name: "metal_type", value: metals.map(\.rawValue).joined(separator: ","))) }
        if let deliverable { query.append(URLQueryItem(name: "is_deliverable", value: String(deliverable))) }
        return .required(Endpoint(method: "GET", path: Endpoint.productsPath, query: query))
    }
}

extension APIRequest where Response == Basket {
    /// 6–8 · Complete Buy / Sell / Delivery: the basket becomes an order.
    public static func complete(_ type: BasketType, customer: String, cartToken: String, shippingAddress: Address? = nil) -> APIRequest {
        let reference = BasketReference(externalCustomerId: customer, cartToken: cartToken, shippingAddress: shippingAddress)
        return .required(.json("POST", Endpoint.completePath + "/" + type.rawValue, reference))
    }

    /// 13 · Delete Basket Item [doc].
    public static func removeItem(customer: String, cartToken: String, sku: String) -> APIRequest {
        .required(.json("DELETE", Endpoint.basketPath, BasketItemRemoval(externalCustomerId: customer, cartToken: cartToken, sku: sku)))
    }

    /// 14 · Create Basket / Add Basket Item [ours]: without `cartToken` a new basket of `type` is opened.
    public static func addItem(customer: String, sku: String, qty: Int, type: BasketType, cartToken: String?) -> APIRequest {
        let addition = BasketItemAddition(externalCustomerId: customer, sku: sku, qty: qty, type: type, cartToken: cartToken)
        return .required(.json("POST", Endpoint.basketPath, addition))
    }

    /// 15 · Clear Basket [ours].
    public static func clearBasket(customer: String, cartToken: String) -> APIRequest {
        .required(.json("DELETE", Endpoint.basketPath + "/empty", BasketReference(externalCustomerId: customer, cartToken: cartToken)))
    }

    /// 16 · Update Basket Item [doc]: `qty` is the absolute quantity.
    public static func updateItem(customer: String, cartToken: String, sku: String, qty: Int) -> APIRequest {
        .required(.json("PATCH", Endpoint.basketPath, BasketItemUpdate(externalCustomerId: customer, cartToken: cartToken, sku: sku, qty: qty)))
    }

    /// 22 · Webview Complete [ours], with the customer's bearer token.
    public static func webviewComplete(token: String, cartToken: String) -> APIRequest {
        .required(.json("POST", Endpoint.webviewCompletePath, WebviewCompletion(cartToken: cartToken), auth: .bearer(token)))
    }
}

extension APIRequest where Response == Basket? {
    /// 12 · Get Active Basket [ours]: nil when none is open.
    public static func activeBasket(customer: String, type: BasketType) -> APIRequest {
        .optional(Endpoint(method: "GET", path: Endpoint.basketPath, query: [
            URLQueryItem(name: "external_customer_id", value: customer), URLQueryItem(name: "type", value: type.rawValue),
        ]))
    }

    /// 21 · Webview Get Active Basket [doc], with the customer's bearer token: nil when none is open, which the host
    /// says with 404 "Record Not Found" (seed 000).
    public static func webviewBasket(token: String) -> APIRequest {
        let plain: APIRequest = .optional(Endpoint(method: "GET", path: Endpoint.webviewBasketPath, auth: .bearer(token)))
        return APIRequest(plain.endpoint, name: plain.name, read: plain.read) { error in
            if case .notFound(let message) = error, message == "Record Not Found" { return .some(nil) }
            return nil
        }
    }
}

extension APIRequest where Response == Page<Basket> {
    /// 9 · Get Orders [doc].
    public static func orders(_ query: OrderQuery = OrderQuery()) -> APIRequest {
        .required(Endpoint(method: "GET", path: Endpoint.ordersPath, query: query.items))
    }
}

extension APIRequest where Response == Receipt {
    /// 10 · Receipt [ours].
    public static func receipt(customer: String, guid: String) -> APIRequest {
        .required(Endpoint(method: "GET", path: Endpoint.receiptPath, query: [
            URLQueryItem(name: "external_customer_id", value: customer), URLQueryItem(name: "guid", value: guid),
        ]))
    }
}

extension APIRequest where Response == [Holding] {
    /// 11 · Balance / Wallet [doc].
    public static func balance(customer: String, metals: [MetalType] = MetalType.allCases, deliverable: Bool? = nil) -> APIRequest {
        var query = [
            URLQueryItem(name: "metal_type", value: metals.map(\.rawValue).joined(separator: ",")),
            URLQueryItem(name: "external_customer_id", value: customer),
        ]
        if let deliverable { query.append(URLQueryItem(name: "is_deliverable", value: String(deliverable))) }
        return .list(Endpoint(method: "GET", path: Endpoint.balancePath, query: query))
    }
}

extension APIRequest where Response == [CurrencyRate] {
    /// 17 · Currency Rates [ours].
    public static func currencyRates() -> APIRequest {
        .list(Endpoint(method: "GET", path: Endpoint.currencyRatesPath))
    }
}

extension APIRequest where Response == [RatePoint] {
    /// 18 · Rate History [ours]: points oldest first.
    public static func rateHistory(currencyId: Int, period: RatePeriod) -> APIRequest {
        .list(Endpoint(method: "GET", path: Endpoint.rateHistoryPath, query: [
            URLQueryItem(name: "item_currency_id", value: String(currencyId)), URLQueryItem(name: "period", value: period.rawValue),
        ]))
    }
}

extension APIRequest where Response == Invoice {
    /// 19 · Get Order Invoice [doc].
    public static func invoice(orderId: String) -> APIRequest {
        .required(Endpoint(method: "GET", path: Endpoint.orderPath + "/" + Endpoint.segment(orderId) + "/invoice"))
    }
}

extension APIRequest where Response == WebviewToken {
    /// 20 · Webview Create Token [ours]; Digest, partner side.
    public static func webviewToken(customer: String) -> APIRequest {
        .required(.json("POST", Endpoint.webviewTokenPath, WebviewTokenRequest(externalCustomerId: customer)))
    }
}
