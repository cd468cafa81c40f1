import Foundation
import MintedAPI
import MintedTesting
import MintedSandbox
import Testing

@Suite struct SandboxServerTests {
    private let customer = SandboxFixtures.customer
    private func d(_ text: String) -> Decimal { SandboxFixtures.decimal(text) }

    @Test func threeGramBarsOverHTTPReproduceSeed004() async throws {
        try await SandboxFixtures.withSandbox { client, _ in
            let basket = try await client.send(.addItem(customer: customer, sku: "MNTBAE0001", qty: 3, type: .buy, cartToken: nil))
            #expect(basket.total == d("1777.02"))
            #expect(basket.chargeFee == d("31.10"))
            #expect(basket.mintingFee == d("35.55"))
            #expect(basket.storageFee == d("5.33"))
            #expect(basket.chargesVat == d("3.60"))
            #expect(basket.paidTotal == d("1852.60"))
            #expect(basket.orderCreationStatus == "basket")
            #expect(basket.statusId == 1)
            #expect(basket.currencyCode == "AED")
            #expect(basket.items.first?.prices?.first { $0.id == 7 }?.price == d("11.85"))
            let active = try await client.send(.activeBasket(customer: customer, type: .buy))
            #expect(active?.token == basket.token)
            #expect(try await client.send(.activeBasket(customer: customer, type: .sell)) == nil)
        }
    }

    @Test func lockExpiresAndRepricesOnTheInjectedClock() async throws {
        let clock = ManualClock()
        try await SandboxFixtures.withSandbox(SandboxConfiguration(volatility: 0.01), clock: clock) { client, _ in
            let opened = try await client.send(.addItem(customer: customer, sku: "MNTBAE0001", qty: 1, type: .buy, cartToken: nil))
            #expect(opened.pricefix?.remaining == 240)
            #expect(opened.pricefix?.nextUpdate == SandboxFixtures.start.addingTimeInterval(240))

            clock.advance(by: 90)
            let counting = try #require(try await client.send(.activeBasket(customer: customer, type: .buy)))
            #expect(counting.pricefix?.remaining == 150)
            #expect(counting.pricefix?.updated != true)

            clock.advance(by: 150)
            await #expect(throws: APIError.conflict(message: "price lock expired, re-price the basket")) {
                try await client.send(.complete(.buy, customer: customer, cartToken: opened.token))
            }
            let stale = try #require(try await client.send(.activeBasket(customer: customer, type: .buy)))
            #expect(stale.pricefix?.updated == false)
            #expect(stale.pricefix?.remaining == 0)
            #expect(stale.total == opened.total)
            let repriced = try await client.send(.updateItem(customer: customer, cartToken: opened.token, sku: "MNTBAE0001", qty: 1))
            #expect(repriced.pricefix?.updated == true)
            #expect(repriced.pricefix?.remaining == 240)
            #expect(repriced.pricefix?.nextUpdate == SandboxFixtures.start.addingTimeInterval(480))
            #expect(repriced.total != opened.total)

            let order = try await client.send(.complete(.buy, customer: customer, cartToken: opened.token))
            #expect(order.isOrder)
            #expect(order.total == repriced.total)
        }
    }

    @Test func buyThenCompleteGrowsTheWalletOnce() async throws {
        try await SandboxFixtures.withSandbox { client, _ in
            func goldUnits() async throws -> Int {
                try await client.send(.balance(customer: customer)).first { $0.sku == "MNTBAE0001" }?.amount ?? 0
            }
            let before = try await goldUnits()
            let basket = try await client.send(.addItem(customer: customer, sku: "MNTBAE0001", qty: 4, type: .buy, cartToken: nil))
            let order = try await client.send(.complete(.buy, customer: customer, cartToken: basket.token))
            #expect(order.isOrder)
            #expect(order.paidTotal == basket.paidTotal)
            #expect(try await goldUnits() == before + 4)
            await #expect(throws: APIError.self) {
                try await client.send(.complete(.buy, customer: customer, cartToken: basket.token))
            }
            #expect(try await goldUnits() == before + 4)
        }
    }

    @Test func sellingMoreThanHeldIsRefused() async throws {
        try await SandboxFixtures.withSandbox { client, _ in
            let basket = try await client.send(.addItem(customer: customer, sku: "MNTBAE0001", qty: 13, type: .sell, cartToken: nil))
            do {
                _ = try await client.send(.complete(.sell, customer: customer, cartToken: basket.token))
                Issue.record("selling 13 of 12 held was accepted")
            } catch let APIError.validation(_, fields) {
                #expect(fields["qty"]?.isEmpty == false)
            }
        }
    }

    @Test func validationErrorsNameTheirFields() async throws {
        try await SandboxFixtures.withSandbox { client, _ in
            do {
                _ = try await client.send(.addItem(customer: customer, sku: "MNTBAE0001", qty: 0, type: .buy, cartToken: nil))
                Issue.record("qty 0 was accepted")
            } catch let APIError.validation(message, fields) {
                #expect(fields["qty"] == ["The qty field must be at least 1."])
                #expect(message == "The qty field must be at least 1.")
            }
            do {
                _ = try await client.send(.addItem(customer: customer, sku: "NOPE0001", qty: 1, type: .buy, cartToken: nil))
                Issue.record("an unknown sku was accepted")
            } catch let APIError.validation(_, fields) {
                #expect(fields["sku"] != nil)
            }
            await #expect(throws: APIError.notFound(message: "customer nobody-here not found")) {
                try await client.send(.addItem(customer: "nobody-here", sku: "MNTBAE0001", qty: 1, type: .buy, cartToken: nil))
            }
            await #expect(throws: APIError.notFound(message: "customer nobody-here not found")) {
                try await client.send(.customer("nobody-here"))
            }
        }
    }

    @Test func wrongTypesAndMalformedBodiesAreClientErrors() async throws {
        try await SandboxFixtures.withSandbox { client, _ in
            let wrongTypes = Endpoint(
                method: "POST", path: Endpoint.basketPath,
                body: Data(#"{"external_customer_id": 7, "sku": "MNTBAE0001", "qty": "3", "type": "gift"}"#.utf8)
            )
            do {
                _ = try await client.send(.decoding(wrongTypes, as: Basket.self))
                Issue.record("a wrong-typed body was accepted")
            } catch let APIError.validation(_, fields) {
                #expect(Set(fields.keys) == ["external_customer_id", "qty", "type"])
            }
            let fractional = Endpoint(
                method: "PATCH", path: Endpoint.basketPath,
                body: Data(#"{"external_customer_id": "x", "cart_token": "y", "sku": "MNTBAE0001", "qty": 2.5}"#.utf8)
            )
            await #expect(throws: APIError.validation(message: "The qty field must be an integer.", fields: ["qty": ["The qty field must be an integer."]])) {
                try await client.send(.decoding(fractional, as: Basket.self))
            }
            let malformed = Endpoint(method: "POST", path: Endpoint.basketPath, body: Data("{not json".utf8))
            await #expect(throws: APIError.http(status: 400, message: "The request body is not a JSON object.")) {
                try await client.send(.decoding(malformed, as: Basket.self))
            }
            let huge = Endpoint(method: "POST", path: Endpoint.basketPath, body: Data(repeating: 0x20, count: 2 << 20))
            await #expect(throws: APIError.http(status: 413, message: "The request body is larger than 1024 KiB.")) {
                try await client.send(.decoding(huge, as: Basket.self))
            }
            await #expect(throws: APIError.notFound(message: "No route for GET /partner/walletable/nowhere")) {
                try await client.send(.decoding(Endpoint(method: "GET", path: "/partner/walletable/nowhere"), as: Basket.self))
            }
        }
    }

    @Test func wrongPasswordIsUnauthorized() async throws {
        let transport = CountingTransport()
        try await SandboxFixtures.withSandbox(transport: transport, password: "wrong") { client, _ in
            await #expect(throws: APIError.unauthorized(message: "Unauthenticated.")) {
                try await client.send(.currencyRates())
            }
            #expect(transport.seen == [401, 401])
        }
    }

    @Test func digestCostsOneExtraExchangeForTenCalls() async throws {
        let transport = CountingTransport()
        try await SandboxFixtures.withSandbox(transport: transport) { client, _ in
            for _ in 0..<5 {
                _ = try await client.send(.currencyRates())
                _ = try await client.send(.balance(customer: customer))
            }
            #expect(transport.exchanges == 11)
            #expect(transport.seen.filter { $0 == 401 }.count == 1)
        }
    }

    @Test func readsServeCatalogWalletRatesAndHistory() async throws {
        try await SandboxFixtures.withSandbox { client, _ in
            let who = try await client.send(.customer(customer))
            #expect(who.fullname == "Brant Ankunding" && who.email == "brant@example.com" && who.birthdate == "1970-01-31")

            let products = try await client.send(.products())
            #expect(products.total == 7 && products.data.count == 7 && products.currentPage == 1)
            let bar = try #require(products.data.first { $0.sku == "MNTBAE0001" })
            #expect(bar.id == 3_000_099 && bar.buyPrice == d("592.34") && bar.sellPrice == d("580.49") && bar.mintingFee == d("11.85"))
            let silverBar = try #require(products.data.first { $0.sku == "MNTBAS0100" })
            #expect(silverBar.buyPrice == d("735.00"))
            let silver = try await client.send(.products(metals: [.silver]))
            #expect(silver.data.allSatisfy { $0.metalType == .silver } && silver.total == 2)
            let digital = try await client.send(.products(deliverable: false))
            #expect(digital.data.map(\.sku) == ["MNTDAE0001"])
            let paged = try await client.send(.products(page: 2, perPage: 3))
            #expect(paged.data.count == 3 && paged.lastPage == 3 && paged.from == 4)

            let holdings = try await client.send(.balance(customer: customer))
            #expect(holdings.map(\.sku) == ["MNTBAE0001", "MNTBAS0100"])
            #expect(holdings.map(\.amount) == [12, 1])
            #expect(holdings.map(\.weight) == [12, 100])
            #expect(holdings.map(\.value) == [d("6965.88"), d("720.00")])
            #expect(try await client.send(.balance(customer: customer, metals: [.silver])).map(\.sku) == ["MNTBAS0100"])

            let rates = try await client.send(.currencyRates())
            #expect(rates.map(\.itemCurrencyId) == [1_000_013, 1_000_014])
            #expect(rates.first?.buy == d("592.34") && rates.first?.updatedAt != nil)

            let day = try await client.send(.rateHistory(currencyId: 1_000_013, period: .day))
            #expect(day.count == 1_440)
            let dates = day.compactMap { Timestamp.parse($0.date) }
            #expect(dates.count == 1_440 && dates == dates.sorted() && Set(dates).count == 1_440)
            #expect(try await client.send(.rateHistory(currencyId: 1_000_014, period: .year)).count == 365)
        }
    }
}
