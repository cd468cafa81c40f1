import Foundation
import MintedAPI

/// The receipt modal: the receipt shown, and whether Esc goes back to the order list.
public struct ReceiptView: Sendable, Equatable {
    public var receipt: Receipt
    public var returnsToOrders: Bool
    /// True once the server's own receipt replaced the one built from the order.
    public var isFromServer: Bool
    /// The order's invoice once fetched (`v`).
    public var invoice: Invoice?
    /// True while the invoice is being fetched.
    public var invoiceLoading: Bool

    public init(receipt: Receipt, returnsToOrders: Bool, isFromServer: Bool = false, invoice: Invoice? = nil, invoiceLoading: Bool = false) {
        self.receipt = receipt
        self.returnsToOrders = returnsToOrders
        self.isFromServer = isFromServer
        self.invoice = invoice
        self.invoiceLoading = invoiceLoading
    }

    /// The id Get Order Invoice is asked with: the order's increment id, else its guid.
    public var invoiceOrderId: String? {
        receipt.orderId ?? (receipt.guid.isEmpty ? nil : receipt.guid)
    }
}

extension Receipt {
    /// A receipt built from a completed order, shown until the server's receipt arrives.
    public init(order: Basket) {
        self.init(guid: order.guid ?? order.token, orderId: order.incrementId ?? order.externalId ?? order.id.map(String.init),
                  type: order.type, externalCustomerId: order.customer?.externalId, statusName: order.statusName, items: order.items,
                  total: order.total, chargeFee: order.chargeFee, chargeFeeRate: order.chargeFeeRate, mintingFee: order.mintingFee,
                  storageFee: order.storageFee, storageFeeRate: order.storageFeeRate, deliveryCost: order.deliveryCost,
                  chargesVat: order.chargesVat, vatRate: order.vatRate, paidTotal: order.paidTotal, currencyCode: order.currencyCode,
                  issuedAt: order.orderAt, paymentCost: order.paymentCost)
    }
}
