import Foundation
import MintedAPI

/// The fee rates of the three basket kinds and the formulas of contract §3.2: each fee is rounded half-up
/// to cents on its own, then the fees are summed.
public struct FeeSchedule: Sendable, Equatable {
    /// Buy: `charge_fee_rate`, percent of the total.
    public var buyChargeFeeRate: Decimal
    /// Buy: `storage_fee_rate`, percent of the total.
    public var storageFeeRate: Decimal
    /// Buy: `vat_rate`, percent of the fees.
    public var buyVatRate: Decimal
    /// Sell: `charge_fee_rate`, percent of the total.
    public var sellChargeFeeRate: Decimal
    /// Sell: `vat_rate`, percent of the charge fee.
    public var sellVatRate: Decimal
    /// Delivery: shipping cost per basket (`delivery_cost`).
    public var shippingCost: Decimal
    /// Delivery: `vat_rate`, percent of conversion fees plus shipping.
    public var deliveryVatRate: Decimal
    /// `payment.comission`, percent of `payment.amount` (seed 004: 2.88 % of 1777.02 = 51.18).
    public var paymentCommissionRate: Decimal

    /// A schedule; the defaults are the sandbox's standard rates.
    public init(buyChargeFeeRate: Decimal = Decimal(minorUnits: 175), storageFeeRate: Decimal = Decimal(minorUnits: 30),
                buyVatRate: Decimal = 5, sellChargeFeeRate: Decimal = Decimal(minorUnits: 175), sellVatRate: Decimal = 5,
                shippingCost: Decimal = 25, deliveryVatRate: Decimal = 5,
                paymentCommissionRate: Decimal = Decimal(minorUnits: 288)) {
        self.buyChargeFeeRate = buyChargeFeeRate
        self.storageFeeRate = storageFeeRate
        self.buyVatRate = buyVatRate
        self.sellChargeFeeRate = sellChargeFeeRate
        self.sellVatRate = sellVatRate
        self.shippingCost = shippingCost
        self.deliveryVatRate = deliveryVatRate
        self.paymentCommissionRate = paymentCommissionRate
    }

    /// Charge 1.75 %, storage 0.3 %, VAT 5 %; sell charge 1.75 %, VAT 5 %; shipping 25.00, VAT 5 %.
    public static let standard = FeeSchedule()

    /// A buy basket: `storableTotal` is the part of `total` that pays the storage fee (all of it unless an allowance applies).
    public func buy(total: Decimal, mintingFee: Decimal, storableTotal: Decimal? = nil) -> BasketCharges {
        let chargeFee = total.percent(buyChargeFeeRate)
        let storageFee = (storableTotal ?? total).percent(storageFeeRate)
        let vat = (chargeFee + mintingFee + storageFee).percent(buyVatRate)
        return BasketCharges(
            total: total, chargeFee: chargeFee, chargeFeeRate: buyChargeFeeRate, mintingFee: mintingFee,
            storageFee: storageFee, storageFeeRate: storageFeeRate, deliveryCost: 0, chargesVat: vat, vatRate: buyVatRate,
            paidTotal: total + chargeFee + mintingFee + storageFee + vat
        )
    }

    /// A sell basket: `paidTotal` is what the customer receives.
    public func sell(total: Decimal) -> BasketCharges {
        let chargeFee = total.percent(sellChargeFeeRate)
        let vat = chargeFee.percent(sellVatRate)
        return BasketCharges(
            total: total, chargeFee: chargeFee, chargeFeeRate: sellChargeFeeRate, mintingFee: 0, storageFee: 0,
            storageFeeRate: 0, deliveryCost: 0, chargesVat: vat, vatRate: sellVatRate, paidTotal: total - chargeFee - vat
        )
    }

    /// A delivery basket: `conversionTotal` is the items' physical-conversion fees; an empty basket ships nothing.
    public func delivery(conversionTotal: Decimal, isEmpty: Bool = false) -> BasketCharges {
        let shipping = isEmpty ? 0 : shippingCost
        let vat = (conversionTotal + shipping).percent(deliveryVatRate)
        return BasketCharges(
            total: conversionTotal, chargeFee: 0, chargeFeeRate: 0, mintingFee: 0, storageFee: 0, storageFeeRate: 0,
            deliveryCost: shipping, chargesVat: vat, vatRate: deliveryVatRate, paidTotal: conversionTotal + shipping + vat
        )
    }
}
