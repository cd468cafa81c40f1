import Foundation
import MintedAPI

/// Completing the basket: when it may be completed, what a refusal says, what an answer does, and the re-price an
/// expired lock needs.
extension BasketFeature {
    /// The refusal while a basket call is out.
    static let inFlight = "a basket request is in flight — try again in a moment"

    /// Why the basket cannot be completed now, or nil.
    public static func completionRefusal(_ checkout: Checkout, _ context: FeatureContext) -> String? {
        if checkout.completing { return "already completing — waiting for the answer" }
        guard let basket = checkout.basket, !basket.items.isEmpty else { return "nothing to complete: the basket is empty" }
        if checkout.repricing || basket.pricefix?.secondsLeft(at: context.now) == 0 { return "the price lock has expired — re-pricing, try again" }
        if checkout.requestsInFlight > 0 { return inFlight }
        let rows = ConfirmationSheet.height(for: basket, type: checkout.type) + context.chromeRows
        if let columns = context.columns, let height = context.rows,
           !Viewport(columns: columns, rows: height).fits(columns: ConfirmationSheet.width, rows: rows) {
            return "terminal too small for the confirmation: need \(ConfirmationSheet.width)×\(rows)"
        }
        return nil
    }


    /// What the footer says when a complete fails: plainly that no order was placed, then why. A timeout or a dropped
    /// connection cannot prove the host did nothing, so it says so and points to the order list.
    static func refusal(_ error: APIError, _ type: BasketType) -> Notice {
        var notice = Notice.failure("complete", error)
        switch error {
        case .timeout, .transport, .cancelled, .decoding:
            notice.text = "\(type.rawValue) order NOT confirmed — \(error); check the order list (o) before completing again"
        default:
            notice.text = "\(type.rawValue) order NOT placed — \(error)"
        }
        return notice
    }

    static func completionAnswered(_ result: Result<Basket, APIError>, _ checkout: inout Checkout,
                                           _ context: FeatureContext) -> Step {
        checkout.completing = false
        switch result {
        case .success(let order):
            checkout.flash = nil
            var effect = call(.balance(customer: context.customerId), checkout) + load(checkout, context)
            if let guid = order.guid { effect = effect + call(.receipt(customer: context.customerId, guid: guid), checkout) }
            return Step(effect: effect, sheet: .open(.receipt(ReceiptView(receipt: Receipt(order: order), returnsToOrders: false,
                                                                                 shippingAddress: order.shippingaddress))),
                        notice: Notice(.info, "\(order.type ?? checkout.type.rawValue) completed"))
        case .failure(let error):
            let notice = refusal(error, checkout.type)
            if case .validation(_, let fields) = error, checkout.type == .delivery, let form = addressForm(fields, context) {
                return Step(sheet: .open(.address(form)), notice: notice)
            }
            let effect = error.status == 409 ? reprice(&checkout, context) : .none
            return Step(effect: effect, sheet: .close, notice: notice)
        }
    }

    /// Re-prices an expired basket as the host requires: a read answers the lock as it stands (seed 000: `remaining`
    /// negative, `updated: false`), only a change re-prices. So the first line's quantity is sent again — a change that
    /// changes nothing — and the answer (`updated: true`) flashes what moved. An empty basket has nothing to re-price:
    /// it is read again.
    static func reprice(_ checkout: inout Checkout, _ context: FeatureContext) -> Effect {
        checkout.repricing = true
        checkout.repriceAttemptedAt = context.now
        guard let basket = checkout.basket, let line = basket.items.first else { return load(checkout, context) }
        return call(.updateItem(customer: context.customerId, cartToken: basket.token, sku: line.sku, qty: line.amount), checkout)
    }

    /// The address form again, with the API's 422 messages next to their fields; nil when none is about the address.
    static func addressForm(_ fields: [String: [String]], _ context: FeatureContext) -> AddressForm? {
        var form = AddressForm(address: context.address)
        for (key, messages) in fields where key.hasPrefix("shipping_address") {
            let name = key.split(separator: ".").last.map(String.init) ?? key
            let field = AddressField(rawValue: name) ?? .fullname
            form.problems[field] = messages.first ?? "invalid"
        }
        guard !form.problems.isEmpty else { return nil }
        form.focus = AddressField.allCases.first { form.problems[$0] != nil } ?? .fullname
        return form
    }
}
