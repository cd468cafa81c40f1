import Foundation

/// A completed order's receipt [ours]: identity, type, lines, every fee and the totals.
public struct Receipt: Codable, Sendable, Equatable {
    public var guid: String
    public var orderId: String?
    public var type: String?
    public var externalCustomerId: String?
    public var statusName: String?
    public var items: [BasketItem]
    public var total: Decimal
    public var chargeFee: Decimal?
    public var chargeFeeRate: Decimal?
    public var mintingFee: Decimal?
    public var storageFee: Decimal?
    public var storageFeeRate: Decimal?
    public var deliveryCost: Decimal?
    public var paymentCost: Decimal?
    public var chargesVat: Decimal?
    public var vatRate: Decimal?
    public var paidTotal: Decimal
    public var currencyCode: String?
    public var issuedAt: String?

    public init(guid: String, orderId: String?, type: String?, externalCustomerId: String?, statusName: String?, items: [BasketItem],
                total: Decimal, chargeFee: Decimal?, chargeFeeRate: Decimal?, mintingFee: Decimal?, storageFee: Decimal?,
                storageFeeRate: Decimal?, deliveryCost: Decimal?, chargesVat: Decimal?, vatRate: Decimal?, paidTotal: Decimal,
                currencyCode: String?, issuedAt: String?, paymentCost: Decimal? = nil) {
        self.guid = guid
        self.orderId = orderId
        self.type = type
        self.externalCustomerId = externalCustomerId
        self.statusName = statusName
        self.items = items
        self.total = total
        self.chargeFee = chargeFee
        self.chargeFeeRate = chargeFeeRate
        self.mintingFee = mintingFee
        self.storageFee = storageFee
        self.storageFeeRate = storageFeeRate
        self.deliveryCost = deliveryCost
        self.paymentCost = paymentCost
        self.chargesVat = chargesVat
        self.vatRate = vatRate
        self.paidTotal = paidTotal
        self.currencyCode = currencyCode
        self.issuedAt = issuedAt
    }

    enum CodingKeys: String, CodingKey {
        case guid, orderId = "order_id", type, externalCustomerId = "external_customer_id", statusName = "status_name", items
        case total, chargeFee = "charge_fee", chargeFeeRate = "charge_fee_rate", mintingFee = "minting_fee"
        case storageFee = "storage_fee", storageFeeRate = "storage_fee_rate", deliveryCost = "delivery_cost"
        case paymentCost = "payment_cost", chargesVat = "charges_vat", vatRate = "vat_rate", paidTotal = "paid_total", currencyCode = "currency_code"
        case issuedAt = "issued_at"
    }
}

/// An order's invoice [doc, partial]: only `guid` and `order_code` are known; the rest is kept as sent.
public struct Invoice: Codable, Sendable, Equatable {
    public var guid: String
    public var orderCode: String
    public var url: String?
    public var issuedAt: String?
    public var total: Decimal?
    public var currencyCode: String?

    public init(guid: String, orderCode: String, url: String? = nil, issuedAt: String? = nil, total: Decimal? = nil, currencyCode: String? = nil) {
        (self.guid, self.orderCode, self.url) = (guid, orderCode, url)
        (self.issuedAt, self.total, self.currencyCode) = (issuedAt, total, currencyCode)
    }

    enum CodingKeys: String, CodingKey {
        case guid, orderCode = "order_code", url, issuedAt = "issued_at", total, currencyCode = "currency_code"
    }
}

/// A webview session token (Create Token) [ours].
public struct WebviewToken: Codable, Sendable, Equatable {
    public var token: String
    public var expiresAt: String

    public init(token: String, expiresAt: String) {
        (self.token, self.expiresAt) = (token, expiresAt)
    }

    enum CodingKeys: String, CodingKey { case token, expiresAt = "expires_at" }
}

/// The body of Create Token.
public struct WebviewTokenRequest: Codable, Sendable, Equatable {
    public var externalCustomerId: String

    public init(externalCustomerId: String) { self.externalCustomerId = externalCustomerId }

    enum CodingKeys: String, CodingKey { case externalCustomerId = "external_customer_id" }
}

/// The body of the webview Complete: the bearer token names the customer.
public struct WebviewCompletion: Codable, Sendable, Equatable {
    public var cartToken: String

    public init(cartToken: String) { self.cartToken = cartToken }

    enum CodingKeys: String, CodingKey { case cartToken = "cart_token" }
}
