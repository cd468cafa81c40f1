import Foundation
import MintedSandbox
import Testing

@Suite struct FeeScheduleTests {
    private func d(_ text: String) -> Decimal { SandboxFixtures.decimal(text) }

    @Test func seed004BuyBasket() {
        let charges = FeeSchedule.standard.buy(total: d("1777.02"), mintingFee: d("35.55"))
        #expect(charges.chargeFee == d("31.10"))
        #expect(charges.storageFee == d("5.33"))
        #expect(charges.chargesVat == d("3.60"))
        #expect(charges.paidTotal == d("1852.60"))
        #expect(charges.chargeFeeRate == d("1.75"))
        #expect(charges.storageFeeRate == d("0.3"))
        #expect(charges.vatRate == 5)
    }

    @Test func feePageBuyExample() {
        let schedule = FeeSchedule(buyChargeFeeRate: 10, storageFeeRate: 20, buyVatRate: 5)
        let charges = schedule.buy(total: d("2184.24"), mintingFee: d("109.21"))
        #expect(charges.chargeFee == d("218.42"))
        #expect(charges.storageFee == d("436.85"))
        #expect(charges.chargesVat == d("38.22"))
        #expect(charges.paidTotal == d("2986.94"))
    }

    @Test func feePageSellExample() {
        let charges = FeeSchedule(sellChargeFeeRate: 10, sellVatRate: 5).sell(total: d("2730.30"))
        #expect(charges.chargeFee == d("273.03"))
        #expect(charges.chargesVat == d("13.65"))
        #expect(charges.paidTotal == d("2443.62"))
    }

    @Test func storageAllowanceExemptsTheStoredPart() {
        let charges = FeeSchedule.standard.buy(total: d("1777.02"), mintingFee: d("35.55"), storableTotal: 0)
        #expect(charges.storageFee == 0)
        #expect(charges.chargesVat == d("3.33"))
        #expect(charges.paidTotal == d("1847.00"))
    }

    @Test func deliveryAddsShippingAndVat() {
        let charges = FeeSchedule.standard.delivery(conversionTotal: d("30.00"))
        #expect(charges.deliveryCost == 25)
        #expect(charges.chargesVat == d("2.75"))
        #expect(charges.paidTotal == d("57.75"))
        #expect(FeeSchedule.standard.delivery(conversionTotal: 0, isEmpty: true).paidTotal == 0)
    }
}
