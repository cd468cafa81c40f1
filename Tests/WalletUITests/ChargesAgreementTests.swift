import Foundation
import MintedAPI
import MintedTesting
import TerminalKit
import Testing
import WalletCore
@testable import WalletUI

/// One fee model: seed 004's basket gives the same fee lines and totals in the basket pane, the confirmation, the
/// receipt and `minted api`'s summary.
struct ChargesAgreementTests {
    static let context = RenderContext(timeZone: TimeZone(identifier: "UTC")!)

    static func seedBasket() throws -> Basket {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("MintedAPITests/Fixtures/seed004-update-basket-item.json")
        let envelope = try JSONDecoder().decode(Envelope<Basket>.self, from: Data(contentsOf: url))
        return try #require(envelope.data)
    }

    static func render(_ basket: Basket, modal: Modal?) -> String {
        var state = Samples.liveState()
        state.checkout.basket = basket
        state.modal = modal
        state.viewport = Viewport(columns: 160, rows: 50)
        return MainScreen.render(state, size: Size(width: 160, height: 50), context: context).text()
    }

    @Test func seed004GivesTheSameLinesEverywhere() throws {
        var basket = try Self.seedBasket()
        basket.paymentCost = Decimal(string: "4.50")  // seed 004 states 0: a non-zero cost must show in every view
        let charges = Charges(basket)
        #expect(charges.lines.map(\.kind) == [.chargeFee, .mintingFee, .storageFee, .paymentCost, .vat])
        #expect(charges.total == Decimal(string: "1777.02"))
        #expect(charges.paidTotal == Decimal(string: "1852.6"))
        let receipt = Charges(Receipt(order: basket))
        #expect(receipt == charges)

        let money = Self.context.money
        let pane = Self.render(basket, modal: nil)
        let confirmation = Self.render(basket, modal: .confirmation)
        let receiptScreen = Self.render(basket, modal: .receipt(ReceiptView(receipt: Receipt(order: basket), returnsToOrders: false)))
        for fee in charges.lines {
            let amount = money.money(fee.amount, basket.currencyCode)
            #expect(pane.contains("\(fee.label(short: true, percent: money.percent))") && pane.contains(amount), "pane: \(fee)")
            #expect(confirmation.contains("\(fee.label(percent: money.percent))") && confirmation.contains(amount), "confirmation: \(fee)")
            #expect(receiptScreen.contains("\(fee.label(percent: money.percent))") && receiptScreen.contains(amount), "receipt: \(fee)")
            #expect(charges.summary.contains("\(fee.amount)"), "summary: \(fee)")
        }
        for screen in [confirmation, receiptScreen] {
            #expect(screen.contains(money.money(charges.total, basket.currencyCode)))
            #expect(screen.contains(money.money(charges.paidTotal, basket.currencyCode)))
        }
    }

    @Test func aSaleTakesFeesAndVATIsAlwaysListed() {
        var order = Samples.order(type: .sell)
        order.chargesVat = nil
        let charges = Charges(order)
        #expect(charges.sign == .minus)
        #expect(charges.lines.last == FeeLine(kind: .vat, rate: nil, amount: 0))
        #expect(charges.amount(of: .vat) == nil, "not stated is not zero")
        #expect(charges.summary.hasPrefix("total "))
        #expect(charges.summary.contains("receive "))
    }
}
