/// The calls the walletable screens use.
extension MintedClient {
    public func customer(_ externalId: String) async throws -> Customer {
        try await require(.customer(externalId))
    }

    public func products(page: Int = 1, perPage: Int = 100, metals: [MetalType]? = nil, deliverable: Bool? = nil) async throws -> Page<Product> {
        try await require(.products(page: page, perPage: perPage, metals: metals, deliverable: deliverable))
    }

    /// The open basket of `type`, or nil when none is open.
    public func activeBasket(customer: String, type: BasketType) async throws -> Basket? {
        try await send(.activeBasket(customer: customer, type: type))
    }

    /// Adds `qty` of `sku`; without `cartToken` a new basket of `type` is opened.
    public func addItem(customer: String, sku: String, qty: Int, type: BasketType, cartToken: String?) async throws -> Basket {
        try await require(.addItem(BasketItemAddition(externalCustomerId: customer, sku: sku, qty: qty, type: type, cartToken: cartToken)))
    }

    /// Sets the absolute quantity of `sku`.
    public func updateItem(customer: String, cartToken: String, sku: String, qty: Int) async throws -> Basket {
        try await require(.updateItem(BasketItemUpdate(externalCustomerId: customer, cartToken: cartToken, sku: sku, qty: qty)))
    }

    public func removeItem(customer: String, cartToken: String, sku: String) async throws -> Basket {
        try await require(.removeItem(BasketItemRemoval(externalCustomerId: customer, cartToken: cartToken, sku: sku)))
    }

    public func clearBasket(customer: String, cartToken: String) async throws -> Basket {
        try await require(.clearBasket(BasketReference(externalCustomerId: customer, cartToken: cartToken)))
    }

    /// Completes the basket into an order.
    public func complete(_ type: BasketType, customer: String, cartToken: String, shippingAddress: Address? = nil) async throws -> Basket {
        try await require(.complete(type, BasketReference(externalCustomerId: customer, cartToken: cartToken, shippingAddress: shippingAddress)))
    }

    public func balance(customer: String, metals: [MetalType] = MetalType.allCases, deliverable: Bool? = nil) async throws -> [Holding] {
        try await send(.balance(customer: customer, metals: metals, deliverable: deliverable)) ?? []
    }

    public func currencyRates() async throws -> [CurrencyRate] {
        try await send(.currencyRates()) ?? []
    }

    /// Points oldest first.
    public func rateHistory(currencyId: Int, period: RatePeriod) async throws -> [RatePoint] {
        try await send(.rateHistory(currencyId: currencyId, period: period)) ?? []
    }

    public func createCustomer(_ profile: CustomerProfile) async throws -> Customer {
        try await require(.createCustomer(profile))
    }

    public func updateCustomer(_ externalId: String, _ profile: CustomerProfile) async throws -> Customer {
        try await require(.updateCustomer(externalId, profile))
    }

    public func removeCustomer(_ externalId: String) async throws {
        _ = try await send(.removeCustomer(externalId), as: Nothing.self)
    }

    public func orders(_ query: OrderQuery = OrderQuery()) async throws -> Page<Basket> {
        try await require(.orders(query))
    }

    public func receipt(customer: String, guid: String) async throws -> Receipt {
        try await require(.receipt(customer: customer, guid: guid))
    }

    public func invoice(orderId: String) async throws -> Invoice {
        try await require(.invoice(orderId: orderId))
    }

    /// A bearer token for the customer's webview session.
    public func webviewToken(customer: String) async throws -> WebviewToken {
        try await require(.webviewToken(customer: customer))
    }

    /// The webview session's open basket, or nil.
    /// The webview session's open basket, or nil: the host answers 404 "Record Not Found" when there is none (seed 000).
    public func webviewBasket(token: String) async throws -> Basket? {
        do {
            return try await send(.webviewBasket(token: token))
        } catch APIError.notFound(let message) where message == "Record Not Found" {
            return nil
        }
    }

    public func webviewComplete(token: String, cartToken: String) async throws -> Basket {
        try await require(.webviewComplete(token: token, cartToken: cartToken))
    }
}
