import Foundation

/// What a basket, an order or a receipt charges: the items' total, the fee lines in the vendor's order, and what is
/// paid or received. The one fee model: the basket pane, the confirmation, the receipt, `minted api` and journey
/// checks all read their fee lines from here.
public struct Charges: Sendable, Equatable {
    /// The items' total before fees.
    public var total: Decimal
    /// What the customer pays (buy, delivery) or receives (sell).
    public var paidTotal: Decimal
    public var currencyCode: String?
    /// Every fee the source states, zero or not, in the vendor's order.
    public var stated: [FeeLine]
    /// Fees add to a buy or a delivery and are taken from a sale.
    public var sign: FeeLine.Sign

    /// The lines shown: every fee that is not zero, and VAT always (zero when not stated).
    public var lines: [FeeLine] {
        var lines = stated.filter { $0.kind != .vat && $0.amount != 0 }
        lines.append(stated.first { $0.kind == .vat } ?? FeeLine(kind: .vat, rate: nil, amount: 0))
        return lines
    }

    /// One line of plain text, for `minted api`: "total 1777.02 · + charge fee 1.75% 31.10 · … · pay 1852.6 AED".
    public var summary: String {
        let fees = lines.map { "\(sign.rawValue) \($0.label { "\($0)%" }) \($0.amount)" }
        let pay = sign == .minus ? "receive" : "pay"
        return (["total \(total)"] + fees + ["\(pay) \(paidTotal)\(currencyCode.map { " " + $0 } ?? "")"]).joined(separator: " · ")
    }

    /// The amount stated for `kind`, nil when the source does not state it.
    public func amount(of kind: FeeLine.Kind) -> Decimal? {
        stated.first { $0.kind == kind }?.amount
    }

    /// The charges a basket, the order it became, or its receipt states.
    public init(_ source: some ChargedAmounts) {
        self.init(type: source.type, total: source.total, paidTotal: source.paidTotal, currencyCode: source.currencyCode, fees: [
            (.chargeFee, source.chargeFeeRate, source.chargeFee), (.mintingFee, nil, source.mintingFee),
            (.storageFee, source.storageFeeRate, source.storageFee), (.deliveryCost, nil, source.deliveryCost),
            (.paymentCost, nil, source.paymentCost), (.vat, source.vatRate, source.chargesVat),
        ])
    }

    private init(type: String?, total: Decimal, paidTotal: Decimal, currencyCode: String?,
                 fees: [(FeeLine.Kind, Decimal?, Decimal?)]) {
        (self.total, self.paidTotal, self.currencyCode) = (total, paidTotal, currencyCode)
        stated = fees.compactMap { kind, rate, amount in amount.map { FeeLine(kind: kind, rate: rate, amount: $0) } }
        sign = type == BasketType.sell.rawValue ? .minus : .plus
    }
}

/// The amounts a basket, an order and a receipt all state, under the same names.
public protocol ChargedAmounts {
    var type: String? { get }
    var total: Decimal { get }
    var paidTotal: Decimal { get }
    var currencyCode: String? { get }
    var chargeFee: Decimal? { get }
    var chargeFeeRate: Decimal? { get }
    var mintingFee: Decimal? { get }
    var storageFee: Decimal? { get }
    var storageFeeRate: Decimal? { get }
    var deliveryCost: Decimal? { get }
    var paymentCost: Decimal? { get }
    var chargesVat: Decimal? { get }
    var vatRate: Decimal? { get }
}

extension Basket: ChargedAmounts {}
extension Receipt: ChargedAmounts {}

/// One fee of a basket, an order or a receipt.
public struct FeeLine: Sendable, Equatable {
    /// The fees the vendor's basket names, in its order.
    public enum Kind: String, Sendable, CaseIterable {
        case chargeFee = "charge_fee", mintingFee = "minting_fee", storageFee = "storage_fee"
        case deliveryCost = "delivery_cost", paymentCost = "payment_cost", vat = "charges_vat"

        /// The label on a sheet: "charge fee".
        public var name: String {
            switch self {
            case .chargeFee: "charge fee"
            case .mintingFee: "minting fee"
            case .storageFee: "storage fee"
            case .deliveryCost: "delivery cost"
            case .paymentCost: "payment cost"
            case .vat: "VAT"
            }
        }

        /// The label in the basket pane's one summary line: "charge".
        public var shortName: String {
            switch self {
            case .chargeFee: "charge"
            case .mintingFee: "minting"
            case .storageFee: "storage"
            case .deliveryCost: "delivery"
            case .paymentCost: "payment"
            case .vat: "VAT"
            }
        }
    }

    /// Whether a fee adds to what is paid or is taken from what is received.
    public enum Sign: String, Sendable {
        case plus = "+", minus = "−"
    }

    public var kind: Kind
    /// The rate in percent, where the source states one.
    public var rate: Decimal?
    public var amount: Decimal

    public init(kind: Kind, rate: Decimal?, amount: Decimal) {
        self.kind = kind
        self.rate = rate
        self.amount = amount
    }

    /// "charge fee 1.75%" with `percent` formatting the rate, or the name alone.
    public func label(short: Bool = false, percent: (Decimal) -> String) -> String {
        let name = short ? kind.shortName : kind.name
        return rate.map { "\(name) \(percent($0))" } ?? name
    }
}
