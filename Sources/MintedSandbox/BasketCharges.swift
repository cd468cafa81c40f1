import Foundation

/// The money of one basket as `FeeSchedule` computes it: the total, each fee and rate, and `paid_total`.
public struct BasketCharges: Sendable, Equatable {
    /// Σ item totals (delivery: Σ conversion fees).
    public var total: Decimal
    /// `charge_fee`.
    public var chargeFee: Decimal
    /// `charge_fee_rate`, percent.
    public var chargeFeeRate: Decimal
    /// `minting_fee`: Σ qty × per-unit minting fee.
    public var mintingFee: Decimal
    /// `storage_fee`.
    public var storageFee: Decimal
    /// `storage_fee_rate`, percent.
    public var storageFeeRate: Decimal
    /// `delivery_cost`: shipping.
    public var deliveryCost: Decimal
    /// `charges_vat`.
    public var chargesVat: Decimal
    /// `vat_rate`, percent.
    public var vatRate: Decimal
    /// `paid_total`: what the customer pays (buy, delivery) or receives (sell).
    public var paidTotal: Decimal

    /// Charges as computed; `FeeSchedule` is the usual source.
    public init(total: Decimal, chargeFee: Decimal, chargeFeeRate: Decimal, mintingFee: Decimal, storageFee: Decimal,
                storageFeeRate: Decimal, deliveryCost: Decimal, chargesVat: Decimal, vatRate: Decimal, paidTotal: Decimal) {
        self.total = total
        self.chargeFee = chargeFee
        self.chargeFeeRate = chargeFeeRate
        self.mintingFee = mintingFee
        self.storageFee = storageFee
        self.storageFeeRate = storageFeeRate
        self.deliveryCost = deliveryCost
        self.chargesVat = chargesVat
        self.vatRate = vatRate
        self.paidTotal = paidTotal
    }
}
