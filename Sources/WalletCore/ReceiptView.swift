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
    /// Where a delivery goes, from the order (the receipt itself does not carry it).
    public var shippingAddress: Address?

    public init(receipt: Receipt, returnsToOrders: Bool, isFromServer: Bool = false, invoice: Invoice? = nil, invoiceLoading: Bool = false,
                shippingAddress: Address? = nil) {
        self.receipt = receipt
        self.returnsToOrders = returnsToOrders
        self.isFromServer = isFromServer
        self.invoice = invoice
        self.invoiceLoading = invoiceLoading
        self.shippingAddress = shippingAddress
    }

    /// The receipt as plain text, for the clipboard (`y`): what the sheet shows, one fact a line, amounts as sent.
    public var text: String {
        let code = receipt.currencyCode.map { " " + $0 } ?? ""
        var lines = [["order " + (receipt.orderId ?? "—"), receipt.type?.uppercased(), receipt.statusName, receipt.issuedAt]
            .compactMap { $0 }.joined(separator: " · ")]
        for item in receipt.items { lines.append("\(item.amount) × \(item.productName) (\(item.sku)) @ \(item.price)\(code) = \(item.total)\(code)") }
        lines.append("total \(receipt.total)\(code)")
        for fee in Charges(receipt).lines { lines.append("  " + fee.label(percent: { "\($0)%" }) + " \(fee.amount)\(code)") }
        let sell = receipt.type == BasketType.sell.rawValue
        lines.append((sell ? "received +" : "paid ") + "\(receipt.paidTotal)\(code)")
        if let address = shippingAddress { lines.append("ship to " + address.oneLine) }
        lines.append("receipt \(receipt.guid)")
        if let invoice { lines.append("invoice \(invoice.guid) · order code \(invoice.orderCode)" + (invoice.url.map { " · " + $0 } ?? "")) }
        return lines.joined(separator: "\n")
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
