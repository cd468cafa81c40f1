import Foundation
import MintedAPI

/// The model's invariants of a basket, an order and a receipt (walletable.md §3): lines, fees recomputed to the cent
/// from the rates the answer states, `paid_total`, the payment block, the price lock and the status.
extension ConformanceWalk {
    /// What a basket is expected to be at this point of the walk.
    enum Stage: Equatable {
        /// An open basket (`order_creation_status: basket`, Created, a live or expired lock).
        case open
        /// An order (`order_creation_status: order`) of this type; nil: any type.
        case order(BasketType?)
    }

    /// Every invariant of the basket or order `basket`, found at `field` of `reply`.
    func checkBasket(_ basket: JSONValue, field: String, reply: Reply, stage: Stage) {
        let name = reply.endpoint
        let type = basket["type"]?.string.flatMap(BasketType.init(rawValue:))
        checks.expect(type != nil, name, "type", field: field + ".type", expected: "buy, sell or delivery", got: basket["type"]?.brief ?? "absent")
        if case .order(let wanted?) = stage {
            checks.expect(type == wanted, name, "type", field: field + ".type", expected: wanted.rawValue, got: basket["type"]?.brief ?? "absent")
        }
        checkLines(basket, field: field, name: name)
        if Self.isEcom(basket) {
            checkEcomFees(basket, field: field, name: name)
        } else if let type {
            checkFees(basket, type: type, field: field, name: name)
        }
        checkPayment(basket, field: field, name: name)
        checkStatus(basket, type: type, field: field, name: name, stage: stage)
        if stage == .open { checkPricefix(basket, field: field, reply: reply) }
    }

    /// Each line's total is its unit price times its units; the basket's total (and `price`) is their sum, `total_amount`
    /// the units.
    func checkLines(_ basket: JSONValue, field: String, name: String) {
        let items = basket["items"]?.array ?? []
        var sum = Decimal(0)
        var units = Decimal(0)
        for (index, item) in items.enumerated() {
            let at = "\(field).items[\(index)]"
            guard let price = item["price"]?.decimal, let amount = item["amount"]?.decimal else {
                checks.drift(name, "items", field: at, expected: "price and amount", got: item.brief)
                continue
            }
            checks.money(name, "items", field: at + ".total", expected: price * amount, got: item["total"], how: " (price × amount)")
            sum += item["total"]?.decimal ?? 0
            units += amount
        }
        checks.money(name, "items", field: field + ".total", expected: sum, got: basket["total"], how: " (Σ item totals)")
        if let price = basket["price"], price != .null {
            checks.money(name, "items", field: field + ".price", expected: sum, got: price, how: " (Σ item totals)")
        }
        if let stated = basket["total_amount"], stated != .null {
            checks.expect(stated.decimal == units, name, "items", field: field + ".total_amount", expected: "\(units) (Σ units)", got: stated.brief)
        }
    }

    /// Fees from the rates the answer states (§3.2), each rounded half-up to the cent, and `paid_total`.
    func checkFees(_ basket: JSONValue, type: BasketType, field: String, name: String) {
        func amount(_ key: String) -> Decimal { basket[key]?.decimal ?? 0 }
        let total = amount("total")
        let vatRate = amount("vat_rate")
        switch type {
        case .buy:
            let charge = amount("charge_fee"), minting = amount("minting_fee"), storage = amount("storage_fee")
            checks.money(name, "fees", field: field + ".charge_fee", expected: total * amount("charge_fee_rate") / 100,
                         got: basket["charge_fee"], how: " (total × charge_fee_rate %)")
            let unitFees = (basket["items"]?.array ?? []).map { item -> Decimal? in
                let line = (item["prices"]?.array ?? []).first { $0["name"]?.string == "Minting Fee" || $0["id"]?.int == 7 }
                guard let fee = line?["price"]?.decimal, let units = item["amount"]?.decimal else { return nil }
                return fee * units
            }
            if !unitFees.contains(nil) {
                checks.money(name, "fees", field: field + ".minting_fee", expected: unitFees.reduce(Decimal(0)) { $0 + ($1 ?? 0) },
                             got: basket["minting_fee"], how: " (Σ units × per-unit Minting Fee)")
            }
            checkStorage(basket, field: field, name: name)
            checks.money(name, "fees", field: field + ".charges_vat", expected: (charge + minting + storage) * vatRate / 100,
                         got: basket["charges_vat"], how: " (vat_rate % × fees)")
            checks.money(name, "paid_total", field: field + ".paid_total",
                         expected: total + amount("payment_cost") + charge + minting + storage + amount("charges_vat"),
                         got: basket["paid_total"], how: " (total + payment_cost + fees + VAT)")
        case .sell:
            let charge = amount("charge_fee")
            checks.money(name, "fees", field: field + ".charge_fee", expected: total * amount("charge_fee_rate") / 100,
                         got: basket["charge_fee"], how: " (total × charge_fee_rate %)")
            checks.money(name, "fees", field: field + ".charges_vat", expected: charge * vatRate / 100,
                         got: basket["charges_vat"], how: " (vat_rate % × charge_fee)")
            checks.money(name, "paid_total", field: field + ".paid_total", expected: total - charge - amount("charges_vat"),
                         got: basket["paid_total"], how: " (total − charge_fee − VAT)")
        case .delivery:
            let shipping = amount("delivery_cost")
            checks.money(name, "fees", field: field + ".charges_vat", expected: (total + shipping) * vatRate / 100,
                         got: basket["charges_vat"], how: " (vat_rate % × (total + delivery_cost))")
            checks.money(name, "paid_total", field: field + ".paid_total", expected: total + shipping + amount("charges_vat"),
                         got: basket["paid_total"], how: " (total + delivery_cost + VAT)")
        }
    }

    /// `storage_fee` is `storage_fee_rate` % of the items of the metals over the storage allowance: of some set of the
    /// basket's currencies (all of them, or none while the allowance holds).
    func checkStorage(_ basket: JSONValue, field: String, name: String) {
        guard let stated = basket["storage_fee"]?.decimal else {
            checks.drift(name, "fees", field: field + ".storage_fee", expected: "an amount", got: basket["storage_fee"]?.brief ?? "absent")
            return
        }
        let rate = basket["storage_fee_rate"]?.decimal ?? 0
        var byCurrency: [String: Decimal] = [:]
        for item in basket["items"]?.array ?? [] {
            byCurrency[item["item_currency_id"]?.brief ?? "", default: 0] += item["total"]?.decimal ?? 0
        }
        let parts = Array(byCurrency.values.prefix(10))
        var possible: [Decimal] = []
        for mask in 0..<(1 << parts.count) {
            let subtotal = parts.indices.filter { mask & (1 << $0) != 0 }.reduce(Decimal(0)) { $0 + parts[$1] }
            possible.append((subtotal * rate / 100).rounded())
        }
        let total = basket["total"]?.decimal ?? 0
        checks.expect(possible.contains(stated), name, "fees", field: field + ".storage_fee",
                      expected: "\((total * rate / 100).rounded()) (total × storage_fee_rate %; less under the storage allowance)",
                      got: "\(stated)")
    }

    /// The payment block (§3.1a): `amount` = the total, `total` = amount + comission, `details` null while `new`, and
    /// one commission rate for every payment of the run (to the cent).
    func checkPayment(_ basket: JSONValue, field: String, name: String) {
        guard let payment = basket["payment"], payment != .null else { return }
        let at = field + ".payment"
        checks.money(name, "payment", field: at + ".amount", expected: basket["total"]?.decimal ?? 0, got: payment["amount"], how: " (the total)")
        let amount = payment["amount"]?.decimal ?? 0
        let comission = payment["comission"]?.decimal ?? 0
        checks.money(name, "payment", field: at + ".total", expected: amount + comission, got: payment["total"], how: " (amount + comission)")
        if payment["state"]?.string == "new" {
            checks.expect(payment["details"] == .null, name, "payment", field: at + ".details", expected: "null while state is new",
                          got: payment["details"]?.brief ?? "absent")
        }
        guard amount > 0 else { return }
        // The rates that round to this comission: (comission ± 0.005) / amount, in percent.
        let half = Decimal(string: "0.005") ?? 0
        let allowed = max(0, (comission - half) / amount * 100)...((comission + half) / amount * 100)
        let joint = commission.map { max($0.lowerBound, allowed.lowerBound)...max(max($0.lowerBound, allowed.lowerBound), min($0.upperBound, allowed.upperBound)) }
        let consistent = commission.map { $0.lowerBound <= allowed.upperBound && allowed.lowerBound <= $0.upperBound } ?? true
        checks.expect(consistent, name, "payment", field: at + ".comission",
                      expected: "one commission rate for every payment (\(commission.map { "\($0.lowerBound.rounded(scale: 4))–\($0.upperBound.rounded(scale: 4))" } ?? "")%)",
                      got: "\(comission) on \(amount) (\((comission / amount * 100).rounded(scale: 4))%)")
        if consistent { commission = joint ?? allowed }
    }

    /// `status_id` names `status_name` (§3), an open basket is 1 Created, a bought or sold order 5 Completed, a delivery
    /// order Preparing, Packed or Shipped; `order_creation_status` says which it is.
    func checkStatus(_ basket: JSONValue, type: BasketType?, field: String, name: String, stage: Stage) {
        let id = basket["status_id"]?.int
        let status = id.flatMap(OrderStatus.init(rawValue:))
        checks.expect(status != nil && basket["status_name"]?.string == status?.name, name, "order_status", field: field + ".status_name",
                      expected: status.map { "\($0.name) (status_id \($0.rawValue))" } ?? "a status_id 1…12",
                      got: "\(basket["status_name"]?.brief ?? "absent") (status_id \(basket["status_id"]?.brief ?? "absent"))")
        let creation = basket["order_creation_status"]?.string
        switch stage {
        case .open:
            checks.expect(creation == "basket", name, "order_status", field: field + ".order_creation_status", expected: "basket",
                          got: basket["order_creation_status"]?.brief ?? "absent")
            checks.expect(status == .created, name, "order_status", field: field + ".status_id", expected: "1 Created", got: basket["status_id"]?.brief ?? "absent")
        case .order:
            checks.expect(creation == "order", name, "order_status", field: field + ".order_creation_status", expected: "order",
                          got: basket["order_creation_status"]?.brief ?? "absent")
            let allowed: [OrderStatus] = type == .delivery ? [.preparing, .packed, .shipped] : [.completed]
            checks.expect(status.map(allowed.contains) ?? false, name, "order_status", field: field + ".status_id",
                          expected: allowed.map { "\($0.rawValue) \($0.name)" }.joined(separator: " or "), got: basket["status_id"]?.brief ?? "absent")
        }
    }

    /// The lock (§3.1): `nextUpdate` parses with its offset, comes after `order_at`, and `remaining` is the whole seconds
    /// from the answer's time to it.
    func checkPricefix(_ basket: JSONValue, field: String, reply: Reply) {
        let name = reply.endpoint
        let at = field + ".pricefix"
        guard let pricefix = basket["pricefix"], pricefix != .null else {
            checks.drift(name, "pricefix", field: at, expected: "a price lock on an open basket", got: "absent")
            return
        }
        guard let text = pricefix["nextUpdate"]?.string, let next = Timestamp.parse(text), let remaining = pricefix["remaining"]?.int else {
            checks.drift(name, "pricefix", field: at, expected: "nextUpdate (a time with offset) and remaining (whole seconds)",
                         got: "nextUpdate \(pricefix["nextUpdate"]?.brief ?? "absent"), remaining \(pricefix["remaining"]?.brief ?? "absent")")
            return
        }
        let earliest = Int(next.timeIntervalSince(reply.answeredWithin.upperBound).rounded(.down)) - 1
        let latest = Int(next.timeIntervalSince(reply.answeredWithin.lowerBound).rounded(.up)) + 1
        checks.expect((earliest...latest).contains(remaining), name, "pricefix", field: at + ".remaining",
                      expected: "\(earliest)…\(latest) (seconds from the answer to nextUpdate \(text))", got: "\(remaining)")
        if let opened = basket["order_at"]?.string.flatMap(Timestamp.parse) {
            checks.expect(next > opened, name, "pricefix", field: at + ".nextUpdate", expected: "after order_at \(basket["order_at"]?.string ?? "")",
                          got: text)
        }
    }

    /// A receipt states the same money as the order it is for.
    func checkReceipt(_ receipt: JSONValue, order: JSONValue, reply: Reply) {
        let name = reply.endpoint
        for key in ["total", "paid_total", "charge_fee", "minting_fee", "storage_fee", "delivery_cost", "charges_vat"] {
            guard let expected = order[key]?.decimal, let stated = receipt[key], stated != .null else { continue }
            checks.money(name, "receipt", field: "data." + key, expected: expected, got: stated, how: " (the order's)")
        }
        checks.expect(receipt["guid"]?.string == order["guid"]?.string, name, "receipt", field: "data.guid",
                      expected: order["guid"]?.brief ?? "the order's guid", got: receipt["guid"]?.brief ?? "absent")
    }
}
