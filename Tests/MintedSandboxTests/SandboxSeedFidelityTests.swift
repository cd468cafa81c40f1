import Foundation
import MintedAPI
import MintedSandbox
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
}
