import Foundation
import MintedAPI

/// The write walk (`--write`): a test customer is created, buys, sells and delivers, its wallet and orders are read
/// back, and it is removed at the end (Remove Customer Id), also when a step failed.
extension ConformanceWalk {
    func writeAll() async throws(ConformanceError) {
        let stamp = String(Int(Date().timeIntervalSince1970)) + "-" + String(UInt16.random(in: 0...UInt16.max), radix: 16)
        let id = "conformance-" + stamp
        let profile = CustomerProfile(externalId: id, firstname: "Conformance", lastname: "Check", email: "\(id)@example.invalid",
                                      phone: "+905550000000", gender: "F", identityNumber: "10000000146", birthdate: "1990-01-01")
        guard let created = try await call(APIRequest.createCustomer(profile).endpoint), created.status == 200 else {
            notes.append("the test customer \(id) could not be created: buy, sell and delivery were not run")
            return
        }
        notes.append("created the test customer \(id)")
        do {
            try await readCustomer(id, expecting: profile)
            try await trade(customer: id)
        } catch {
            try await remove(id)
            throw error
        }
        try await remove(id)
    }

    /// Removes the test customer and checks that it is gone (404 with its envelope).
    func remove(_ id: String) async throws(ConformanceError) {
        guard let reply = try await call(APIRequest.removeCustomer(id).endpoint), reply.status == 200 else {
            notes.append("the test customer \(id) could not be removed: it is left on the host")
            return
        }
        notes.append("removed the test customer \(id)")
        _ = try await call(APIRequest.customer(id).endpoint, expecting: 404)
    }

    /// Buy (add, update, a second line added and removed, read, complete), then sell one unit, deliver one and buy one
    /// through the webview, checking each answer, the wallet after each order, and the customer's orders and receipts.
    func trade(customer: String) async throws(ConformanceError) {
        let candidates = products.filter { ($0["stock"]?.int ?? 0) >= 3 && $0["is_deliverable"]?.bool == true }
        guard let sku = candidates.first?["sku"]?.string else {
            notes.append("no deliverable product with stock: buy, sell and delivery were not run")
            return
        }
        let other = products.first { $0["sku"]?.string != sku && ($0["stock"]?.int ?? 0) >= 1 }?["sku"]?.string
        guard var basket = try await change(.addItem(customer: customer, sku: sku, qty: 2, type: .buy, cartToken: nil), units: [sku: 2]),
              let token = basket["token"]?.string else { return }
        basket = try await change(.updateItem(customer: customer, cartToken: token, sku: sku, qty: 3), units: [sku: 3]) ?? basket
        if let other {
            basket = try await change(.addItem(customer: customer, sku: other, qty: 1, type: .buy, cartToken: token), units: [sku: 3, other: 1]) ?? basket
            basket = try await change(.removeItem(customer: customer, cartToken: token, sku: other), units: [sku: 3]) ?? basket
        }
        if let read = try await call(APIRequest.activeBasket(customer: customer, type: .buy).endpoint), let data = read.data, data != .null {
            checks.expect(data["token"]?.string == token, read.endpoint, "basket", field: "data.token", expected: token, got: data["token"]?.brief ?? "absent")
            checkBasket(data, field: "data", reply: read, stage: .open)
            basket = data
        }
        guard try await complete(.buy, customer: customer, basket: basket) else { return }
        try await expectWallet(customer, sku: sku, units: 3)
        for (type, held) in [(BasketType.sell, 2), (.delivery, 1)] {
            guard let opened = try await change(.addItem(customer: customer, sku: sku, qty: 1, type: type, cartToken: nil), units: [sku: 1]) else { continue }
            guard try await complete(type, customer: customer, basket: opened) else { continue }
            try await expectWallet(customer, sku: sku, units: held)
        }
        let viaWebview = try await webviewBuy(customer: customer, sku: sku, held: 1)
        let orders = try await readOrders(customer)
        let placed = viaWebview ? 4 : 3
        checks.expect(orders.count == placed, "GET /partner/walletable/orders", "orders", field: "data.total",
                      expected: "\(placed) (the buy, sell\(viaWebview ? ", delivery and webview buy" : " and delivery") just completed)",
                      got: "\(orders.count)")
    }

    /// A basket change: its answer is an open basket with exactly `units` per sku and every invariant.
    func change(_ request: APIRequest<Basket>, units: [String: Int]) async throws(ConformanceError) -> JSONValue? {
        guard let reply = try await call(request.endpoint), reply.status == 200, let basket = reply.data, basket != .null else { return nil }
        checkBasket(basket, field: "data", reply: reply, stage: .open)
        var stated: [String: Int] = [:]
        for item in basket["items"]?.array ?? [] {
            // Units beyond 10⁹ are not added (an overflow would trap): the line then reads as missing units, which is drift.
            guard let amount = item["amount"]?.int, (0...1_000_000_000).contains(amount) else { continue }
            stated[item["sku"]?.string ?? "", default: 0] += amount
        }
        checks.expect(stated == units, reply.endpoint, "basket", field: "data.items", expected: Self.describe(units), got: Self.describe(stated))
        return basket
    }

    /// Completes `basket`: the order states the basket's money, with its status; false when it was not placed.
    func complete(_ type: BasketType, customer: String, basket: JSONValue) async throws(ConformanceError) -> Bool {
        guard let token = basket["token"]?.string else { return false }
        let address = type == .delivery
            ? Address(fullname: "Conformance Check", phone: "+905550000000", city: "İstanbul", address: "1 Conformance Sk.") : nil
        guard let reply = try await call(APIRequest.complete(type, customer: customer, cartToken: token, shippingAddress: address).endpoint),
              reply.status == 200, let order = reply.data else { return false }
        checkBasket(order, field: "data", reply: reply, stage: .order(type))
        for key in ["total", "paid_total"] {
            guard let expected = basket[key]?.decimal else { continue }
            checks.money(reply.endpoint, "order", field: "data." + key, expected: expected, got: order[key], how: " (the basket's)")
        }
        return true
    }

    /// The wallet holds `units` of `sku` after an order.
    func expectWallet(_ customer: String, sku: String, units: Int) async throws(ConformanceError) {
        let held = try await readWallet(customer)
        checks.expect(held[sku] == units, "GET /partner/walletable/balance", "wallet", field: "data[].amount",
                      expected: "\(units) × \(sku) after the order", got: held[sku].map { "\($0)" } ?? "none")
    }

    static func describe(_ units: [String: Int]) -> String {
        units.isEmpty ? "no lines" : units.sorted { $0.key < $1.key }.map { "\($0.value) × \($0.key)" }.joined(separator: ", ")
    }
}
