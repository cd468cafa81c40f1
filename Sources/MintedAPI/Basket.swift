import Foundation

/// A basket, or the order it became: every field of seed 004's walletable basket and seed 000's ecom basket.
public struct Basket: Codable, Sendable, Equatable {
    public var pricefix: Pricefix?
    public var id: Int?
    public var guid: String?
    /// `basket` while open, `order` once completed.
    public var orderCreationStatus: String?
    public var externalId: String?
    public var incrementId: String?
    /// The cart token every basket call names.
    public var token: String
    public var priceToken: String?
    /// `buy`, `sell` or `delivery`; absent on the ecom basket of seed 000.
    public var type: String?
    public var txType: String?
    public var price: Decimal?
    public var tax: Decimal?
    public var total: Decimal
    public var paymentCost: Decimal?
    public var paidTotal: Decimal
    public var deliveryCost: Decimal?
    public var deliveryPrice: Decimal?
    public var insurancePrice: Decimal?
    public var conversionPrice: Decimal?
    public var marketCommission: Decimal?
    public var mintedMarkupPrice: Decimal?
    public var silverCraftsmanship: Decimal?
    public var chargeFee: Decimal?
    public var chargeFeeRate: Decimal?
    public var mintingFee: Decimal?
    public var storageFee: Decimal?
    public var storageFeeRate: Decimal?
    public var chargesVat: Decimal?
    public var vatRate: Decimal?
    public var currencyCode: String?
    public var currencyRate: Decimal?
    public var currencyTotal: Decimal?
    public var statusId: Int?
    public var statusName: String?
    public var customer: Customer?
    public var shippingaddress: Address?
    public var billingaddress: Address?
    public var payment: Payment?
    public var delivery: JSONValue?
    /// As sent (`2026-02-20T12:27:57.000000Z`); see `orderDate`.
    public var orderAt: String?
    public var items: [BasketItem]
    public var totalAmount: Decimal?
    public var currency: String?

    public init(token: String, type: BasketType, total: Decimal, paidTotal: Decimal, items: [BasketItem]) {
        self.token = token
        self.type = type.rawValue
        self.total = total
        self.paidTotal = paidTotal
        self.items = items
    }

    /// The basket kind, when it is one this client knows.
    public var basketType: BasketType? { type.flatMap(BasketType.init(rawValue:)) }

    /// `orderAt` parsed.
    public var orderDate: Date? { orderAt.flatMap(Timestamp.parse) }

    /// True once the basket has been completed into an order.
    public var isOrder: Bool { orderCreationStatus == "order" }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        pricefix = try c.decodeIfPresent(Pricefix.self, forKey: .pricefix)
        id = try c.decodeIfPresent(Int.self, forKey: .id)
        guid = try c.decodeIfPresent(String.self, forKey: .guid)
        orderCreationStatus = try c.decodeIfPresent(String.self, forKey: .orderCreationStatus)
        externalId = try c.decodeIfPresent(String.self, forKey: .externalId)
        incrementId = try c.decodeIfPresent(String.self, forKey: .incrementId)
        token = try c.decode(String.self, forKey: .token)
        priceToken = try c.decodeIfPresent(String.self, forKey: .priceToken)
        type = try c.decodeIfPresent(String.self, forKey: .type)
        txType = try c.decodeIfPresent(String.self, forKey: .txType)
        price = try c.decodeIfPresent(Decimal.self, forKey: .price)
        tax = try c.decodeIfPresent(Decimal.self, forKey: .tax)
        total = try c.decode(Decimal.self, forKey: .total)
        paymentCost = try c.decodeIfPresent(Decimal.self, forKey: .paymentCost)
        paidTotal = try c.decode(Decimal.self, forKey: .paidTotal)
        deliveryCost = try c.decodeIfPresent(Decimal.self, forKey: .deliveryCost)
        deliveryPrice = try c.decodeIfPresent(Decimal.self, forKey: .deliveryPrice)
        insurancePrice = try c.decodeIfPresent(Decimal.self, forKey: .insurancePrice)
        conversionPrice = try c.decodeIfPresent(Decimal.self, forKey: .conversionPrice)
        marketCommission = try c.decodeIfPresent(Decimal.self, forKey: .marketCommission)
        mintedMarkupPrice = try c.decodeIfPresent(Decimal.self, forKey: .mintedMarkupPrice)
        silverCraftsmanship = try c.decodeIfPresent(Decimal.self, forKey: .silverCraftsmanship)
        chargeFee = try c.decodeIfPresent(Decimal.self, forKey: .chargeFee)
        chargeFeeRate = try c.decodeIfPresent(Decimal.self, forKey: .chargeFeeRate)
        mintingFee = try c.decodeIfPresent(Decimal.self, forKey: .mintingFee)
        storageFee = try c.decodeIfPresent(Decimal.self, forKey: .storageFee)
        storageFeeRate = try c.decodeIfPresent(Decimal.self, forKey: .storageFeeRate)
        chargesVat = try c.decodeIfPresent(Decimal.self, forKey: .chargesVat)
        vatRate = try c.decodeIfPresent(Decimal.self, forKey: .vatRate)
        currencyCode = try c.decodeIfPresent(String.self, forKey: .currencyCode)
        currencyRate = try c.decodeIfPresent(Decimal.self, forKey: .currencyRate)
        currencyTotal = try c.decodeIfPresent(Decimal.self, forKey: .currencyTotal)
        statusId = try c.decodeIfPresent(Int.self, forKey: .statusId)
        statusName = try c.decodeIfPresent(String.self, forKey: .statusName)
        customer = try c.decodeIfPresent(Customer.self, forKey: .customer)
        shippingaddress = try c.decodeIfPresent(Address.self, forKey: .shippingaddress)
        billingaddress = try c.decodeIfPresent(Address.self, forKey: .billingaddress)
        payment = try c.decodeIfPresent(Payment.self, forKey: .payment)
        delivery = try c.decodeIfPresent(JSONValue.self, forKey: .delivery)
        orderAt = try c.decodeIfPresent(String.self, forKey: .orderAt)
        items = try c.decodeIfPresent([BasketItem].self, forKey: .items) ?? []
        totalAmount = try c.decodeIfPresent(Decimal.self, forKey: .totalAmount)
        currency = try c.decodeIfPresent(String.self, forKey: .currency)
    }

    /// Encodes as the vendor does: the fields the seeds show as `null` (`external_id`, the addresses, `payment`,
    /// `delivery`) are written as explicit nulls, not left out; other absent fields are omitted.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(pricefix, forKey: .pricefix)
        try c.encodeIfPresent(id, forKey: .id)
        try c.encodeIfPresent(guid, forKey: .guid)
        try c.encodeIfPresent(orderCreationStatus, forKey: .orderCreationStatus)
        try c.encode(externalId, forKey: .externalId)
        try c.encodeIfPresent(incrementId, forKey: .incrementId)
        try c.encode(token, forKey: .token)
        try c.encodeIfPresent(priceToken, forKey: .priceToken)
        try c.encodeIfPresent(type, forKey: .type)
        try c.encodeIfPresent(txType, forKey: .txType)
        try c.encodeIfPresent(price, forKey: .price)
        try c.encodeIfPresent(tax, forKey: .tax)
        try c.encode(total, forKey: .total)
        try c.encodeIfPresent(paymentCost, forKey: .paymentCost)
        try c.encode(paidTotal, forKey: .paidTotal)
        try c.encodeIfPresent(deliveryCost, forKey: .deliveryCost)
        try c.encodeIfPresent(deliveryPrice, forKey: .deliveryPrice)
        try c.encodeIfPresent(insurancePrice, forKey: .insurancePrice)
        try c.encodeIfPresent(conversionPrice, forKey: .conversionPrice)
        try c.encodeIfPresent(marketCommission, forKey: .marketCommission)
        try c.encodeIfPresent(mintedMarkupPrice, forKey: .mintedMarkupPrice)
        try c.encodeIfPresent(silverCraftsmanship, forKey: .silverCraftsmanship)
        try c.encodeIfPresent(chargeFee, forKey: .chargeFee)
        try c.encodeIfPresent(chargeFeeRate, forKey: .chargeFeeRate)
        try c.encodeIfPresent(mintingFee, forKey: .mintingFee)
        try c.encodeIfPresent(storageFee, forKey: .storageFee)
        try c.encodeIfPresent(storageFeeRate, forKey: .storageFeeRate)
        try c.encodeIfPresent(chargesVat, forKey: .chargesVat)
        try c.encodeIfPresent(vatRate, forKey: .vatRate)
        try c.encodeIfPresent(currencyCode, forKey: .currencyCode)
        try c.encodeIfPresent(currencyRate, forKey: .currencyRate)
        try c.encodeIfPresent(currencyTotal, forKey: .currencyTotal)
        try c.encodeIfPresent(statusId, forKey: .statusId)
        try c.encodeIfPresent(statusName, forKey: .statusName)
        try c.encodeIfPresent(customer, forKey: .customer)
        try c.encode(shippingaddress, forKey: .shippingaddress)
        try c.encode(billingaddress, forKey: .billingaddress)
        try c.encode(payment, forKey: .payment)
        try c.encode(delivery, forKey: .delivery)
        try c.encodeIfPresent(orderAt, forKey: .orderAt)
        try c.encode(items, forKey: .items)
        try c.encodeIfPresent(totalAmount, forKey: .totalAmount)
        try c.encodeIfPresent(currency, forKey: .currency)
    }

    enum CodingKeys: String, CodingKey {
        case pricefix, id, guid, orderCreationStatus = "order_creation_status", externalId = "external_id"
        case incrementId = "increment_id", token, priceToken = "price_token", type, txType = "tx_type", price, tax
        case total, paymentCost = "payment_cost", paidTotal = "paid_total", deliveryCost = "delivery_cost"
        case deliveryPrice = "delivery_price", insurancePrice = "insurance_price", conversionPrice = "conversion_price"
        case marketCommission = "market_commission", mintedMarkupPrice = "minted_markup_price"
        case silverCraftsmanship = "silver_craftsmanship", chargeFee = "charge_fee", chargeFeeRate = "charge_fee_rate"
        case mintingFee = "minting_fee", storageFee = "storage_fee", storageFeeRate = "storage_fee_rate"
        case chargesVat = "charges_vat", vatRate = "vat_rate", currencyCode = "currency_code"
        case currencyRate = "currency_rate", currencyTotal = "currency_total", statusId = "status_id"
        case statusName = "status_name", customer, shippingaddress, billingaddress, payment, delivery
        case orderAt = "order_at", items, totalAmount = "total_amount", currency
    }
}
