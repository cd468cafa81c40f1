import Foundation
import MintedAPI
import MintedSandbox
import MintedTesting
import Testing

/// The sandbox as the vendor's pages show it: each test names the seed line it follows.
@Suite struct SandboxSeedFidelityTests {
    private let start = SandboxFixtures.start
    private let customer = SandboxFixtures.customer
    private func d(_ text: String) -> Decimal { SandboxFixtures.decimal(text) }

    /// Seed 004's wallet query is `GET …/balance?…&is_deliverable=false`: it must see gold bars too; `true` narrows.
    @Test func isDeliverableFalseIsEveryHoldingAndTrueNarrows() throws {
        var engine = SandboxEngine(configuration: SandboxFixtures.frozen, now: start)
        let basket = try engine.addItem(customer: customer, sku: "MNTDAE0001", qty: 2, type: .buy, cartToken: nil, now: start)
        _ = try engine.complete(.buy, customer: customer, cartToken: basket.token, now: start)
        let all = try engine.balance(customer: customer, now: start).map(\.sku)
        #expect(all.contains("MNTBAE0001") && all.contains("MNTDAE0001"))
        #expect(try engine.balance(customer: customer, deliverable: false, now: start).map(\.sku) == all)
        let deliverable = try engine.balance(customer: customer, deliverable: true, now: start).map(\.sku)
        #expect(deliverable.contains("MNTBAE0001") && !deliverable.contains("MNTDAE0001"))
    }

    /// Seed 004's payment block: "amount": 1777.02, "comission": 51.18, "total": 1828.2, "details": null, while
    /// "paid_total": 1852.6 leaves the commission out.
    @Test func paymentBlockAsSeed004() throws {
        var engine = SandboxEngine(configuration: SandboxFixtures.frozen, now: start)
        let basket = try engine.addItem(customer: customer, sku: "MNTBAE0001", qty: 3, type: .buy, cartToken: nil, now: start)
        let payment = try #require(basket.payment)
        #expect(payment.amount == d("1777.02"))
        #expect(payment.comission == d("51.18"))
        #expect(payment.total == d("1828.20"))
        #expect(payment.state == "new")
        #expect(payment.details == nil)
        #expect(basket.paidTotal == d("1852.60"))
        let json = try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(basket))
        guard case .object(let fields) = json, case .object(let block)? = fields["payment"] else {
            Issue.record("no payment object in \(json)")
            return
        }
        #expect(block["details"] == .null)
        #expect(fields["external_id"] == .null && fields["shippingaddress"] == .null && fields["delivery"] == .null)

        let sell = try engine.addItem(customer: customer, sku: "MNTBAE0001", qty: 1, type: .sell, cartToken: nil, now: start)
        #expect(sell.payment == nil)
    }

    /// Seed 004: "Minting Fee" 11.85 on a 592.34 bar is 2 % of it, per unit (3 × 11.85 = 35.55): the fee follows the price.
    @Test func mintingFeeFollowsThePricePerUnit() throws {
        var engine = SandboxEngine(configuration: SandboxFixtures.frozen, now: start)
        let at592 = try engine.addItem(customer: customer, sku: "MNTBAE0001", qty: 3, type: .buy, cartToken: nil, now: start)
        #expect(at592.items.first?.prices?.first { $0.id == 7 }?.price == d("11.85"))
        #expect(at592.mintingFee == d("35.55"))
        _ = try engine.spike(currencyId: 1_000_013, percent: 10, now: start)
        let later = start.addingTimeInterval(1)
        let product = try #require(engine.products(now: later).data.first { $0.sku == "MNTBAE0001" })
        let unit = product.buyPrice
        #expect(unit != d("592.34"))
        let twoPercent = (unit * 2 / 100).rounded()
        #expect(product.mintingFee == twoPercent)
        let basket = try engine.addItem(customer: customer, sku: "MNTBAE0001", qty: 3, type: .buy, cartToken: nil, now: later)
        #expect(basket.items.first?.prices?.first { $0.id == 7 }?.price == twoPercent)
        #expect(basket.mintingFee == twoPercent * 3)
    }

    /// Seed 004's own Update Basket Item request sends "external_customer_id": "" with the cart token.
    @Test func emptyCustomerIdWithACartTokenActsForTheBasketsOwner() throws {
        var engine = SandboxEngine(configuration: SandboxFixtures.frozen, now: start)
        let basket = try engine.addItem(customer: customer, sku: "MNTBAE0001", qty: 1, type: .buy, cartToken: nil, now: start)
        let updated = try engine.updateItem(customer: "", cartToken: basket.token, sku: "MNTBAE0001", qty: 3, now: start)
        #expect(updated.totalAmount == 3 && updated.customer?.externalId == customer)
        let added = try engine.addItem(customer: "", sku: "MNTBAE0005", qty: 1, type: .buy, cartToken: basket.token, now: start)
        #expect(added.items.count == 2)
        let order = try engine.complete(.buy, customer: "", cartToken: basket.token, now: start)
        #expect(order.isOrder)
        #expect(throws: SandboxError.self) {
            try engine.updateItem(customer: "", cartToken: basket.token, sku: "MNTBAE0001", qty: 1, now: start)
        }
    }

    /// Seed 004 served by the sandbox for its inputs (3 × MNTBAE0001 for Brant Ankunding, `Accept-Language: tr`, at the
    /// seed's time): every field the seed shows is there, and every amount, rate, name and state equals the seed's.
    /// Only what identifies this one basket differs (ids, tokens, guid, the customer's redacted e-mail).
    @Test func seed004FieldByField() async throws {
        let identity: Set<String> = ["data.id", "data.guid", "data.increment_id", "data.token", "data.price_token",
                                     "data.customer.email"]
        let clock = ManualClock()
        try await SandboxFixtures.withSandbox(clock: clock, language: "tr") { client, _ in
            // Opened at the seed's order_at; updated 39 s later, so 201 of the lock's 240 s remain.
            let opened = try await client.send(.addItem(customer: customer, sku: "MNTBAE0001", qty: 1, type: .buy, cartToken: nil))
            clock.advance(by: 39)
            let basket = try await client.send(.updateItem(customer: "", cartToken: opened.token, sku: "MNTBAE0001", qty: 3))
            let served = try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(Envelope(data: basket)))
            let seed = try JSONDecoder().decode(JSONValue.self, from: SeedRoundTrip.seed("seed004-update-basket-item.json"))
            let round = SeedRoundTrip()
            var compared = 0
            for (path, value) in round.leaves(seed) where !identity.contains(path) {
                let mine = round.lookup(path, in: served)
                #expect(mine.map { round.same($0, value) } == true, "\(path): seed \(value), sandbox \(String(describing: mine))")
                compared += 1
            }
            #expect(compared > 60)
        }
    }

    /// Seed 000 served over HTTP for its inputs: the `seed000` scenario (John Due, 1 × MNT0001 of 1.01 g in TRY "Physical
    /// Gold" at 2930.99 a gram) loaded at the seed's `order_at` through the Digest-authenticated control API, a webview
    /// token from Create Token (Digest), then Get Active Basket with that bearer token under `Accept-Language: tr`, 2 s
    /// after the lock ended (the seed's `"remaining": -2`). The HTTP body exactly as received is compared leaf by leaf
    /// with the seed's (`Fixtures/seed000-get-active-basket.json`: the JSON of seeds/000_5b1cf9030d74b7ef.txt, unedited).
    @Test func seed000FieldByField() async throws {
        // Left out, being identities of this one basket and its records rather than behaviour:
        // - data.id, data.guid, data.increment_id, data.token: generated per basket (the `MC_` + 13 hex shape of the
        //   increment id is checked by webviewBasketIsTheEcomOrderShape);
        // - data.shippingaddress.id, data.billingaddress.id: the vendor's address row ids;
        // - data.customer.external_id: the partner's id for the customer; the seed shows a template variable,
        //   "{{customer_external_id}}";
        // - data.customer.email, data.billingaddress.email: redacted in the seed's page ("[email protected]").
        // The timestamps are compared: the clock starts at the seed's order_at (2024-07-19T09:39:03Z) and the lock
        // runs the seed's 211 s (its nextUpdate, 12:42:34+03:00, is 211 s after order_at; seed 004's ran 240 s, the
        // default).
        let identity: Set<String> = ["data.id", "data.guid", "data.increment_id", "data.token",
                                     "data.shippingaddress.id", "data.billingaddress.id", "data.customer.external_id",
                                     "data.customer.email", "data.billingaddress.email"]
        let orderAt = Date(timeIntervalSince1970: 1_721_381_943)
        let clock = ManualClock(orderAt)
        let transport = CountingTransport()
        let configuration = SandboxConfiguration(pricefixTTL: 211, volatility: 0)
        try await SandboxFixtures.withSandbox(configuration, clock: clock, transport: transport, language: "tr") { client, _ in
            let loaded = try await client.send(.loadScenario(.seed000))
            let customer = try #require(loaded.customer?.externalId)
            let session = try await client.send(.webviewToken(customer: customer))
            clock.advance(by: 213)
            let basket = try #require(try await client.send(.webviewBasket(token: session.token)))
            #expect(basket.token == loaded.token)
            let response = try #require(transport.all.last)
            #expect(response.status == 200)
            let served = try JSONDecoder().decode(JSONValue.self, from: response.body)
            let seed = try JSONDecoder().decode(JSONValue.self, from: SeedRoundTrip.seed("seed000-get-active-basket.json"))
            let round = SeedRoundTrip()
            var compared = 0
            for (path, value) in round.leaves(seed) where !identity.contains(path) {
                let mine = round.lookup(path, in: served)
                #expect(mine.map { round.same($0, value) } == true, "\(path): seed \(value), sandbox \(String(describing: mine))")
                compared += 1
            }
            #expect(compared > 80)
            #expect(round.leaves(seed).count == compared + identity.count, "an identity path is not in the seed")
        }
    }

    /// The `seed000` scenario adds nothing to what is listed or walked: products, rates and their walk are those of a
    /// sandbox without it; its market keeps its fixed 2930.99, so a re-priced scenario basket is still 2960.30 TRY.
    @Test func seed000ScenarioIsUnlistedAndPricedFixed() throws {
        let configuration = SandboxConfiguration(volatility: 0.01)
        var plain = SandboxEngine(configuration: configuration, now: start)
        var loaded = SandboxEngine(configuration: configuration, now: start)
        let opened = loaded.loadSeed000Scenario(now: start)
        #expect(opened.price == d("2960.30") && opened.currencyCode == "TRY" && opened.items.first?.sku == "MNT0001")
        let later = start.addingTimeInterval(3_600)
        #expect(try loaded.products(perPage: 100, now: later) == plain.products(perPage: 100, now: later))
        #expect(loaded.currencyRates(now: later).map(\.buy) == plain.currencyRates(now: later).map(\.buy))
        #expect(!loaded.currencyRates(now: later).contains { $0.itemCurrencyId == 1_000_006 })
        #expect(throws: SandboxError.self) { try loaded.rateHistory(currencyId: 1_000_006, period: .day, now: later) }
        let customer = try #require(opened.customer?.externalId)
        let repriced = try loaded.updateItem(customer: customer, cartToken: opened.token, sku: "MNT0001", qty: 2, now: later)
        #expect(repriced.pricefix?.updated == true)
        #expect(repriced.items.first?.price == d("2960.30") && repriced.total == d("5920.60") && repriced.currencyCode == "TRY")
        #expect(repriced.billingaddress?.companyName == "Minted LTD")
    }

    /// Seed 000's breakdown, from its inputs (1 × 1.01 g at 2930.99 a gram): the fitted rates give every amount to the cent.
    @Test func seed000BreakdownToTheCent() {
        let unit = (Decimal(string: "1.01")! * Decimal(string: "2930.99")!).rounded()
        #expect(unit == d("2960.30"))
        let fees = EcomFeeSchedule.seed000
        let breakdown = fees.breakdown(price: unit)
        #expect(breakdown.insurance == d("8.12"))
        #expect(breakdown.marketCommission == d("209.69"))
        #expect(breakdown.mintedMarkup == d("31.81"))
        #expect(fees.deliveryPrice == 65)
        let lines = fees.itemLines(unitPrice: unit)
        #expect(lines.map(\.id) == [1, 2, 4, 3])
        #expect(lines.map(\.name) == ["Minted Markup", "Sigorta", "Kargo", "Market Komisyon"])
        #expect(lines.map(\.price) == [0, d("5.44"), 0, d("190.68")])
    }

    /// Seed 000: no open basket is a 404 "Record Not Found"; an open one is the "Ecom Order" shape.
    @Test func webviewBasketIsTheEcomOrderShape() async throws {
        try await SandboxFixtures.withSandbox { client, _ in
            let session = try await client.send(.webviewToken(customer: customer))
            await #expect(throws: APIError.notFound(message: "Record Not Found")) {
                _ = try await client.raw(.webviewBasket(token: session.token))
            }
            #expect(try await client.send(.webviewBasket(token: session.token)) == nil)
            let opened = try await client.send(.addItem(customer: customer, sku: "MNTBAE0001", qty: 3, type: .buy, cartToken: nil))
            let raw = try await client.raw(.webviewBasket(token: session.token))
            guard case .object(let fields)? = raw else { Issue.record("no object: \(String(describing: raw))"); return }
            #expect(fields["payment"] == .null)
            #expect(fields["type"] == nil && fields["price_token"] == nil && fields["charge_fee"] == nil)
            for key in ["delivery_price", "insurance_price", "market_commission", "minted_markup_price", "currency_rate",
                        "currency_total", "increment_id", "pricefix", "customer"] {
                #expect(fields[key] != nil, "\(key)")
            }
            let basket = try #require(try await client.send(.webviewBasket(token: session.token)))
            #expect(basket.token == opened.token)
            #expect(basket.incrementId?.range(of: #"^MC_[0-9A-F]{13}$"#, options: .regularExpression) != nil, "\(basket.incrementId ?? "")")
            #expect(basket.price == d("1777.02") && basket.total == d("1777.02") && basket.paidTotal == d("1777.02"))
            #expect(basket.insurancePrice == d("1777.02").percent(EcomFeeSchedule.seed000.insuranceRate))
            #expect(basket.deliveryPrice == 65 && basket.currencyCode == "AED" && basket.currencyTotal == d("1777.02"))
            #expect(basket.items.first?.prices?.map(\.id) == [1, 2, 4, 3])
            #expect(basket.pricefix?.updated == false)
        }
    }
}
