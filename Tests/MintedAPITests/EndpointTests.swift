import Foundation
import MintedAPI
import MintedTesting
import Testing

/// Every endpoint through the real client against a scripted transport: method, path, query, body and decoding.
struct EndpointTests {
    static let seed = String(decoding: (try? Fixture.data("seed004-update-basket-item.json")) ?? Data(), as: UTF8.self)

    /// A client whose transport answers `body` (an envelope) to everything and records the requests.
    func client(answering body: String, status: Int = 200, language: String = "en") -> (MintedClient, FakeTransport) {
        let transport = FakeTransport { _ in FakeTransport.json(body, status: status) }
        let configuration = ClientConfiguration(baseURL: URL(string: "http://127.0.0.1:9/api")!,
                                                credentials: DigestCredentials(username: "u", password: "p"),
                                                clientId: "qa-client", apiVersion: "3", language: language)
        return (MintedClient(configuration: configuration, transport: transport), transport)
    }

    func envelope(_ data: String) -> String { #"{"data": \#(data), "success": true, "code": 0, "message": ""}"# }

    func body(_ request: HTTPRequest?) -> [String: JSONValue] {
        guard let data = request?.body else { return [:] }
        return (try? JSONDecoder().decode([String: JSONValue].self, from: data)) ?? [:]
    }

    func query(_ request: HTTPRequest?) -> [String: String] {
        let items = request.flatMap { URLComponents(url: $0.url, resolvingAgainstBaseURL: false)?.queryItems } ?? []
        return Dictionary(items.map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { $1 })
    }

    static let customerJSON = #"{"external_id": "qa-1", "firstname": "Ayşe", "lastname": "Yılmaz", "fullname": "Ayşe Yılmaz", "phone": "+905551112233", "identity_number": "12345678901", "account_type": "person", "wallets": []}"#

    @Test func vendorHeadersAreSentAndConfigurable() async throws {
        let (client, transport) = client(answering: envelope("[]"), language: "tr")
        _ = try await client.send(.currencyRates())
        let headers = try #require(transport.requests.first?.headers)
        #expect(headers["x-client-id"] == "qa-client")
        #expect(headers["api-version"] == "3")
        #expect(headers["Accept-Language"] == "tr")
        #expect(transport.requests.first?.url.path == "/api/partner/walletable/currency-rates")
    }

    @Test func createUpdateGetRemoveCustomer() async throws {
        let (client, transport) = client(answering: envelope(Self.customerJSON))
        let created = try await client.send(.createCustomer(CustomerProfile(externalId: "qa-1", firstname: "Ayşe", lastname: "Yılmaz",
                                                                      phone: "+905551112233", identityNumber: "12345678901")))
        #expect(created.displayName == "Ayşe Yılmaz")
        #expect(transport.requests[0].method == "POST")
        #expect(transport.requests[0].url.path == "/api/partner/customer")
        #expect(body(transport.requests[0])["external_id"] == .string("qa-1"))
        #expect(body(transport.requests[0])["identity_number"] == .string("12345678901"))

        _ = try await client.send(.updateCustomer("qa-1", CustomerProfile(email: "a@example.com")))
        #expect(transport.requests[1].method == "PATCH")
        #expect(transport.requests[1].url.path == "/api/partner/customer/qa-1")
        #expect(body(transport.requests[1]) == ["email": .string("a@example.com")])

        _ = try await client.send(.customer("qa 1/x"))
        #expect(transport.requests[2].method == "GET")
        #expect(transport.requests[2].url.absoluteString.hasSuffix("/partner/customer/qa%201%2Fx"))

        let (remover, removals) = self.client(answering: envelope("null"))
        try await remover.send(.removeCustomer("qa-1"))
        #expect(removals.requests[0].method == "DELETE")
        #expect(removals.requests[0].url.path == "/api/partner/customer/qa-1")
    }

    @Test func productsWithFiltersAndPaging() async throws {
        let page = #"{"current_page": 2, "data": [{"id": 1, "name": "Bar", "sku": "S", "metal_type": "gold", "product_weight": 1.01, "item_currency_id": 7, "currency_code": "AED", "buy_price": 592.34, "sell_price": 580.49, "is_deliverable": true, "extra": {"x": 1}}], "last_page": 3, "per_page": 1, "total": 3, "links": []}"#
        let (client, transport) = client(answering: envelope(page))
        let products = try await client.send(.products(page: 2, perPage: 1, metals: [.gold, .silver], deliverable: true))
        #expect(products.currentPage == 2)
        #expect(products.data.first?.productWeight == Decimal(string: "1.01"))
        #expect(products.data.first?.buyPrice == Decimal(string: "592.34"))
        #expect(query(transport.requests.first) == ["page": "2", "total": "1", "metal_type": "gold,silver", "is_deliverable": "true"])
        #expect(transport.requests.first?.url.path == "/api/partner/walletable/products")
    }

    @Test func basketCallsCarryTheirBodies() async throws {
        let (client, transport) = client(answering: Self.seed)
        let added = try await client.send(.addItem(customer: "c", sku: "MNTBAE0001", qty: 3, type: .buy, cartToken: nil))
        #expect(added.paidTotal == Decimal(string: "1852.60"))
        _ = try await client.send(.updateItem(customer: "c", cartToken: "T", sku: "MNTBAE0001", qty: 4))
        _ = try await client.send(.removeItem(customer: "c", cartToken: "T", sku: "MNTBAE0001"))
        _ = try await client.send(.clearBasket(customer: "c", cartToken: "T"))
        _ = try await client.send(.activeBasket(customer: "c", type: .sell))
        let calls = transport.requests.map { "\($0.method) \($0.url.path)" }
        #expect(calls == [
            "POST /api/partner/walletable/basket", "PATCH /api/partner/walletable/basket", "DELETE /api/partner/walletable/basket",
            "DELETE /api/partner/walletable/basket/empty", "GET /api/partner/walletable/basket",
        ])
        #expect(body(transport.requests[0]) == ["external_customer_id": .string("c"), "sku": .string("MNTBAE0001"), "qty": .number(3), "type": .string("buy")])
        #expect(body(transport.requests[1]) == ["external_customer_id": .string("c"), "cart_token": .string("T"), "sku": .string("MNTBAE0001"), "qty": .number(4)])
        #expect(body(transport.requests[2]) == ["external_customer_id": .string("c"), "cart_token": .string("T"), "sku": .string("MNTBAE0001")])
        #expect(body(transport.requests[3]) == ["external_customer_id": .string("c"), "cart_token": .string("T")])
        #expect(query(transport.requests[4]) == ["external_customer_id": "c", "type": "sell"])
        #expect(transport.requests[0].headers["Content-Type"] == "application/json")
        #expect(transport.requests[4].headers["Content-Type"] == nil)
    }

    @Test func noActiveBasketIsNil() async throws {
        let (client, _) = client(answering: envelope("null"))
        #expect(try await client.send(.activeBasket(customer: "c", type: .buy)) == nil)
    }

    @Test(arguments: BasketType.allCases)
    func completeEachType(type: BasketType) async throws {
        let (client, transport) = client(answering: Self.seed)
        let address = type == .delivery ? Address(fullname: "John Due", phone: "+905330000000", city: "İstanbul", address: "54 sok. No: 12") : nil
        _ = try await client.send(.complete(type, customer: "c", cartToken: "T", shippingAddress: address))
        #expect(transport.requests.first?.method == "POST")
        #expect(transport.requests.first?.url.path == "/api/partner/walletable/complete/\(type.rawValue)")
        let sent = body(transport.requests.first)
        #expect(sent["cart_token"] == .string("T"))
        #expect(sent["external_customer_id"] == .string("c"))
        if type == .delivery {
            guard case .object(let shipping)? = sent["shipping_address"] else { Issue.record("no shipping_address"); return }
            #expect(shipping["city"] == .string("İstanbul"))
        } else {
            #expect(sent["shipping_address"] == nil)
        }
    }

    @Test func ordersQueryUsesTheDocumentedNames() async throws {
        let page = #"{"current_page": 1, "data": [], "last_page": 1, "per_page": 20, "total": 0}"#
        let (client, transport) = client(answering: envelope(page))
        _ = try await client.send(.orders(OrderQuery(page: 1, perPage: 20, sortBy: "order_at", sortType: "desc", statusIds: [5, 6],
                                               startDate: "2026-01-01", endDate: "2026-02-01", types: [.buy, .delivery],
                                               customerExternalId: "c", orderId: "590")))
        #expect(transport.requests.first?.url.path == "/api/partner/walletable/orders")
        #expect(query(transport.requests.first) == [
            "page": "1", "total": "20", "sortBy": "order_at", "sortType": "desc", "status": "5,6", "startDate": "2026-01-01",
            "endDate": "2026-02-01", "tx_type": "buy,delivery", "customer_external_id": "c", "orderId": "590",
        ])
    }

    @Test func receiptAndInvoice() async throws {
        let receiptJSON = #"{"guid": "G", "order_id": "590", "type": "buy", "items": [], "total": 1777.02, "charge_fee": 31.1, "paid_total": 1852.6, "currency_code": "AED", "issued_at": "2026-02-20T12:27:57.000000Z"}"#
        let (client, transport) = client(answering: envelope(receiptJSON))
        let receipt = try await client.send(.receipt(customer: "c", guid: "G"))
        #expect(receipt.paidTotal == Decimal(string: "1852.60"))
        #expect(receipt.chargeFee == Decimal(string: "31.10"))
        #expect(transport.requests.first?.url.path == "/api/partner/walletable/receipt")
        #expect(query(transport.requests.first) == ["external_customer_id": "c", "guid": "G"])

        let (invoicer, invoices) = self.client(answering: envelope(#"{"guid": "G", "order_code": "MC_1", "pdf": "x"}"#))
        let invoice = try await invoicer.send(.invoice(orderId: "MC_1"))
        #expect(invoice.orderCode == "MC_1")
        #expect(invoices.requests.first?.url.path == "/api/partner/order/MC_1/invoice")
    }

    @Test func balanceRatesAndHistory() async throws {
        let holdings = #"[{"productName": "Bar", "images": [], "sku": "S", "metal_type": "gold", "amount": 12, "weight": 12, "value": 6965.88, "currency_code": "AED"}]"#
        let (client, transport) = client(answering: envelope(holdings))
        let wallet = try await client.send(.balance(customer: "c", metals: [.gold], deliverable: false))
        #expect(wallet.first?.value == Decimal(string: "6965.88"))
        #expect(query(transport.requests.first) == ["metal_type": "gold", "external_customer_id": "c", "is_deliverable": "false"])

        let (historian, histories) = self.client(answering: envelope(#"[{"date": "2026-02-20T12:00:00.000000Z", "buy": 592.34, "sell": 580.49}]"#))
        let points = try await historian.send(.rateHistory(currencyId: 1000013, period: .week))
        #expect(points.first?.sell == Decimal(string: "580.49"))
        #expect(query(histories.requests.first) == ["item_currency_id": "1000013", "period": "1w"])
    }

    @Test func webviewUsesTheBearerTokenAndNoDigest() async throws {
        let (tokens, tokenRequests) = client(answering: envelope(#"{"token": "abc", "expires_at": "2026-02-20T13:00:00+00:00"}"#))
        let token = try await tokens.send(.webviewToken(customer: "c"))
        #expect(token.token == "abc")
        #expect(tokenRequests.requests.first?.url.path == "/api/partner/ecom/token")
        #expect(body(tokenRequests.requests.first) == ["external_customer_id": .string("c")])

        let (client, transport) = client(answering: String(decoding: try Fixture.data("seed000-get-active-basket.json"), as: UTF8.self))
        let basket = try await client.send(.webviewBasket(token: "abc"))
        #expect(basket?.deliveryPrice == 65)
        _ = try await client.send(.webviewComplete(token: "abc", cartToken: "KOQS6Kh6j3dd0TdcmXqoC68h5O6i2tc2"))
        #expect(transport.requests.map(\.url.path) == ["/api/partner/ecom/getActiveBasket", "/api/partner/ecom/complete"])
        #expect(transport.requests.allSatisfy { $0.headers["Authorization"] == "Bearer abc" })
        #expect(body(transport.requests.last) == ["cart_token": .string("KOQS6Kh6j3dd0TdcmXqoC68h5O6i2tc2")])
    }

    @Test func anExpiredBearerTokenIsUnauthorizedWithoutRetry() async throws {
        let (client, transport) = client(answering: #"{"data": null, "success": false, "code": 401, "message": "token expired"}"#, status: 401)
        await #expect(throws: APIError.unauthorized(message: "token expired")) { _ = try await client.send(.webviewBasket(token: "old")) }
        #expect(transport.requests.count == 1)
    }
}
