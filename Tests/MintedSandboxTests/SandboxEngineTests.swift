import Foundation
import MintedAPI
import MintedSandbox
import Testing

@Suite struct SandboxEngineTests {
    private let start = SandboxFixtures.start
    private let customer = SandboxFixtures.customer
    private func d(_ text: String) -> Decimal { SandboxFixtures.decimal(text) }

    @Test func threeGramBarsReproduceSeed004() throws {
        var engine = SandboxEngine(configuration: SandboxFixtures.frozen, now: start)
        let basket = try engine.addItem(customer: customer, sku: "MNTBAE0001", qty: 3, type: .buy, cartToken: nil, now: start)
        #expect(basket.total == d("1777.02"))
        #expect(basket.chargeFee == d("31.10"))
        #expect(basket.mintingFee == d("35.55"))
        #expect(basket.storageFee == d("5.33"))
        #expect(basket.chargesVat == d("3.60"))
        #expect(basket.paidTotal == d("1852.60"))
        #expect(basket.items.first?.price == d("592.34"))
        #expect(basket.items.first?.prices?.map(\.id) == [6, 4, 7, 2])
        #expect(basket.totalAmount == 3)
        #expect(basket.currency == "Dirham Gold")
        #expect(basket.txType == "oneoffpurchase")
        #expect(basket.orderAt == "2026-02-20T12:27:57.000000Z")
        #expect(basket.pricefix?.remaining == 240)
        #expect(basket.customer?.fullname == "Brant Ankunding")
    }

    @Test func identifiersHaveTheirShapesAndFollowTheSeed() throws {
        var first = SandboxEngine(configuration: SandboxFixtures.frozen, now: start)
        var second = SandboxEngine(configuration: SandboxFixtures.frozen, now: start)
        let a = try first.addItem(customer: customer, sku: "MNTBAE0001", qty: 1, type: .buy, cartToken: nil, now: start)
        let b = try second.addItem(customer: customer, sku: "MNTBAE0001", qty: 1, type: .buy, cartToken: nil, now: start)
        #expect(a.token == b.token)
        #expect(a.token.count == 32 && a.token.allSatisfy { $0.isLetter || $0.isNumber })
        #expect(a.priceToken?.count == 32)
        #expect(a.incrementId?.count == 11)
        let guid = try #require(a.guid)
        #expect(UUID(uuidString: guid) != nil && guid == guid.uppercased())
        var other = SandboxEngine(configuration: SandboxConfiguration(seed: 2, volatility: 0), now: start)
        let c = try other.addItem(customer: customer, sku: "MNTBAE0001", qty: 1, type: .buy, cartToken: nil, now: start)
        #expect(c.token != a.token)
    }

    @Test func lockCountsDownThenReprices() throws {
        var engine = SandboxEngine(configuration: SandboxConfiguration(volatility: 0.01), now: start)
        let opened = try engine.addItem(customer: customer, sku: "MNTBAE0001", qty: 1, type: .buy, cartToken: nil, now: start)
        let firstLock = try #require(opened.pricefix)
        #expect(firstLock.nextUpdate == start.addingTimeInterval(240))

        let later = try #require(try engine.activeBasket(customer: customer, type: .buy, now: start.addingTimeInterval(100.5)))
        #expect(later.pricefix?.remaining == 139)
        #expect(later.pricefix?.updated == false)
        #expect(later.total == opened.total)

        // Seed 000: a read of an expired lock answers it as it stands, "remaining": -2, "updated": false.
        let expiry = start.addingTimeInterval(240)
        let stale = try #require(try engine.activeBasket(customer: customer, type: .buy, now: expiry.addingTimeInterval(2)))
        #expect(stale.pricefix?.remaining == -2)
        #expect(stale.pricefix?.updated == false)
        #expect(stale.pricefix?.nextUpdate == expiry)
        #expect(stale.total == opened.total && stale.priceToken == opened.priceToken)

        // The next change re-prices it: "updated": true, a new lock and price token.
        let repriced = try engine.updateItem(customer: customer, cartToken: opened.token, sku: "MNTBAE0001", qty: 1, now: expiry)
        #expect(repriced.pricefix?.updated == true)
        #expect(repriced.pricefix?.remaining == 240)
        #expect(repriced.pricefix?.nextUpdate == expiry.addingTimeInterval(240))
        #expect(repriced.total != opened.total)
        #expect(repriced.priceToken != opened.priceToken)
        #expect(repriced.token == opened.token)

        let again = try #require(try engine.activeBasket(customer: customer, type: .buy, now: expiry.addingTimeInterval(1)))
        #expect(again.pricefix?.updated == false)
        #expect(again.pricefix?.remaining == 239)
        let changed = try engine.updateItem(customer: customer, cartToken: opened.token, sku: "MNTBAE0001", qty: 2, now: expiry.addingTimeInterval(2))
        #expect(changed.pricefix?.updated == nil)
    }

    @Test func completeAfterExpiryIsAConflictUntilRepriced() throws {
        var engine = SandboxEngine(configuration: SandboxFixtures.frozen, now: start)
        let basket = try engine.addItem(customer: customer, sku: "MNTBAE0001", qty: 2, type: .buy, cartToken: nil, now: start)
        let expired = start.addingTimeInterval(240)
        #expect(throws: SandboxError.conflict(.priceLockExpired)) {
            try engine.complete(.buy, customer: customer, cartToken: basket.token, now: expired)
        }
        let read = try engine.activeBasket(customer: customer, type: .buy, now: expired)
        #expect(read?.pricefix?.updated == false)
        #expect(throws: SandboxError.conflict(.priceLockExpired)) {
            try engine.complete(.buy, customer: customer, cartToken: basket.token, now: expired)
        }
        _ = try engine.updateItem(customer: customer, cartToken: basket.token, sku: "MNTBAE0001", qty: 2, now: expired)
        let order = try engine.complete(.buy, customer: customer, cartToken: basket.token, now: expired)
        #expect(order.isOrder)
        #expect(order.statusName == "Completed")
    }

    @Test func buyCreditsSellDebitsAndCompletedBasketsAreGone() throws {
        var engine = SandboxEngine(configuration: SandboxFixtures.frozen, now: start)
        func goldUnits() throws -> Int {
            try engine.balance(customer: customer, now: start).first { $0.sku == "MNTBAE0001" }?.amount ?? 0
        }
        #expect(try goldUnits() == 12)
        let buy = try engine.addItem(customer: customer, sku: "MNTBAE0001", qty: 3, type: .buy, cartToken: nil, now: start)
        _ = try engine.complete(.buy, customer: customer, cartToken: buy.token, now: start)
        #expect(try goldUnits() == 15)
        #expect(throws: SandboxError.self) { try engine.complete(.buy, customer: customer, cartToken: buy.token, now: start) }
        #expect(try engine.activeBasket(customer: customer, type: .buy, now: start) == nil)

        let sell = try engine.addItem(customer: customer, sku: "MNTBAE0001", qty: 16, type: .sell, cartToken: nil, now: start)
        #expect(throws: SandboxError.self) { try engine.complete(.sell, customer: customer, cartToken: sell.token, now: start) }
        let fewer = try engine.updateItem(customer: customer, cartToken: sell.token, sku: "MNTBAE0001", qty: 5, now: start)
        #expect(fewer.items.first?.price == d("580.49"))
        let sold = try engine.complete(.sell, customer: customer, cartToken: sell.token, now: start)
        #expect(sold.paidTotal == sold.total - (sold.chargeFee ?? 0) - (sold.chargesVat ?? 0))
        #expect(try goldUnits() == 10)
    }

    @Test func deliveryNeedsAnAddressAndRemovesTheUnits() throws {
        var engine = SandboxEngine(configuration: SandboxFixtures.frozen, now: start)
        let basket = try engine.addItem(customer: customer, sku: "MNTBAS0100", qty: 1, type: .delivery, cartToken: nil, now: start)
        #expect(basket.total == 10)
        #expect(basket.deliveryCost == 25)
        #expect(basket.paidTotal == d("36.75"))
        #expect(throws: SandboxError.self) {
            try engine.complete(.delivery, customer: customer, cartToken: basket.token, now: start)
        }
        // `{}` used to complete as Preparing: each missing field is named, and a bad phone is refused.
        #expect(throws: SandboxError.validation(message: .andMore(.required("shipping_address.address"), 3), fields: [
            "shipping_address.fullname": [.required("shipping_address.fullname")],
            "shipping_address.phone": [.required("shipping_address.phone")],
            "shipping_address.city": [.required("shipping_address.city")],
            "shipping_address.address": [.required("shipping_address.address")],
        ])) {
            try engine.complete(.delivery, customer: customer, cartToken: basket.token, shippingAddress: Address(), now: start)
        }
        #expect(throws: SandboxFixtures.fieldError("shipping_address.phone", .phoneFormat("shipping_address.phone"))) {
            try engine.complete(.delivery, customer: customer, cartToken: basket.token,
                                shippingAddress: Address(fullname: "B A", phone: "0555", city: "Dubai", address: "1 Gold St"), now: start)
        }
        let order = try engine.complete(
            .delivery, customer: customer, cartToken: basket.token,
            shippingAddress: Address(fullname: "Brant Ankunding", phone: "+971500000000", city: "Dubai", address: "1 Gold St"),
            now: start
        )
        #expect(order.statusName == "Preparing")
        #expect(order.shippingaddress?.city == "Dubai")
        #expect(try engine.balance(customer: customer, now: start).map(\.sku) == ["MNTBAE0001"])
        #expect(throws: SandboxError.self) {
            try engine.addItem(customer: customer, sku: "MNTDAE0001", qty: 1, type: .delivery, cartToken: nil, now: start)
        }
    }

    @Test func itemChangesFollowTheBasket() throws {
        var engine = SandboxEngine(configuration: SandboxFixtures.frozen, now: start)
        let opened = try engine.addItem(customer: customer, sku: "MNTBAE0001", qty: 1, type: .buy, cartToken: nil, now: start)
        let more = try engine.addItem(customer: customer, sku: "MNTBAE0001", qty: 2, type: .buy, cartToken: opened.token, now: start)
        #expect(more.items.map(\.amount) == [3])
        let two = try engine.addItem(customer: customer, sku: "MNTBAE0005", qty: 1, type: .buy, cartToken: opened.token, now: start)
        #expect(two.items.map(\.sku) == ["MNTBAE0001", "MNTBAE0005"])
        let removed = try engine.removeItem(customer: customer, cartToken: opened.token, sku: "MNTBAE0001", now: start)
        #expect(removed.items.map(\.sku) == ["MNTBAE0005"])
        let zero = try engine.updateItem(customer: customer, cartToken: opened.token, sku: "MNTBAE0005", qty: 0, now: start)
        #expect(zero.items.isEmpty && zero.total == 0 && zero.paidTotal == 0)
        _ = try engine.addItem(customer: customer, sku: "MNTBAE0001", qty: 1, type: .buy, cartToken: opened.token, now: start)
        let cleared = try engine.clearBasket(customer: customer, cartToken: opened.token, now: start)
        #expect(cleared.items.isEmpty)
        #expect(throws: SandboxFixtures.fieldError("items", .basketEmpty)) {
            try engine.complete(.buy, customer: customer, cartToken: opened.token, now: start)
        }
        let replacement = try engine.addItem(customer: customer, sku: "MNTBAE0001", qty: 1, type: .buy, cartToken: nil, now: start)
        #expect(replacement.token != opened.token)
        #expect(throws: SandboxError.self) {
            try engine.addItem(customer: customer, sku: "MNTBAE0001", qty: 1, type: .buy, cartToken: opened.token, now: start)
        }
    }

    @Test func validationNamesTheField() throws {
        var engine = SandboxEngine(configuration: SandboxFixtures.frozen, now: start)
        #expect(throws: SandboxFixtures.fieldError("qty", .atLeast("qty", 1))) {
            try engine.addItem(customer: customer, sku: "MNTBAE0001", qty: 0, type: .buy, cartToken: nil, now: start)
        }
        #expect(throws: SandboxFixtures.fieldError("sku", .selectedInvalid("sku"))) {
            try engine.addItem(customer: customer, sku: "NOPE", qty: 1, type: .buy, cartToken: nil, now: start)
        }
        #expect(throws: SandboxFixtures.fieldError("cart_token", .cartTokenFormat)) {
            try engine.addItem(customer: customer, sku: "MNTBAE0001", qty: 1, type: .buy, cartToken: "short", now: start)
        }
        #expect(throws: SandboxError.notFound(.customerNotFound("nobody"))) {
            try engine.addItem(customer: "nobody", sku: "MNTBAE0001", qty: 1, type: .buy, cartToken: nil, now: start)
        }
    }

    @Test func frozenMarketStaysExactlyPut() {
        var engine = SandboxEngine(configuration: SandboxFixtures.frozen, now: start)
        let rates = engine.currencyRates(now: start.addingTimeInterval(86_400))
        #expect(rates.map(\.buy) == [d("592.34"), d("7.35")])
        #expect(rates.map(\.sell) == [d("580.49"), d("7.20")])
    }

    @Test func walkMovesEachStepAndIsReplayedBySeed() {
        let configuration = SandboxConfiguration(seed: 7)
        var first = SandboxEngine(configuration: configuration, now: start)
        var second = SandboxEngine(configuration: configuration, now: start)
        #expect(first.currencyRates(now: start.addingTimeInterval(4)).first?.buy == d("592.34"))
        let moved = first.currencyRates(now: start.addingTimeInterval(3_600))
        #expect(moved.first?.buy != d("592.34"))
        #expect(moved.last?.buy != d("7.35"))
        #expect(second.currencyRates(now: start.addingTimeInterval(3_600)).map(\.buy) == moved.map(\.buy))
        for rate in moved { #expect(rate.buy.minorUnits > 0 && rate.buy == rate.buy.rounded()) }
    }

    @Test func historyIsDownsampledOldestFirstAndGrowsLive() throws {
        var engine = SandboxEngine(configuration: SandboxConfiguration(seed: 3), now: start)
        let day = try engine.rateHistory(currencyId: 1_000_013, period: .day, now: start)
        #expect(day.count == 1_440)
        #expect(day.last?.buy == d("592.34"))
        #expect(day.last?.date == "2026-02-20T12:27:00.000000Z")
        let dates = day.compactMap { Timestamp.parse($0.date) }
        #expect(dates.count == 1_440 && dates == dates.sorted())
        #expect(dates[1].timeIntervalSince(dates[0]) == 60)
        #expect(try engine.rateHistory(currencyId: 1_000_013, period: .week, now: start).count == 1_008)
        #expect(try engine.rateHistory(currencyId: 1_000_014, period: .month, now: start).count == 720)
        let year = try engine.rateHistory(currencyId: 1_000_014, period: .year, now: start)
        #expect(year.count == 365)
        #expect(Timestamp.parse(year[1].date)!.timeIntervalSince(Timestamp.parse(year[0].date)!) == 86_400)

        let later = start.addingTimeInterval(600)
        let live = try engine.rateHistory(currencyId: 1_000_013, period: .day, now: later)
        var twin = SandboxEngine(configuration: SandboxConfiguration(seed: 3), now: start)
        let rateAtLastMinute = twin.currencyRates(now: Timestamp.parse("2026-02-20T12:37:00Z")!).first?.buy
        #expect(live.count == 1_440)
        #expect(live.last?.date == "2026-02-20T12:37:00.000000Z")
        #expect(live.suffix(11).first?.buy == d("592.34"))
        #expect(live.last?.buy == rateAtLastMinute)
        #expect(throws: SandboxError.self) { try engine.rateHistory(currencyId: 42, period: .day, now: later) }
    }
}
