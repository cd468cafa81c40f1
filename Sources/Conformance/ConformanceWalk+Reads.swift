import Foundation
import MintedAPI

/// The read-only walk: rates and their history, products, the customer, wallet, open baskets, orders, receipts, an
/// invoice, the webview's token and basket, and one 404 and one 422 provoked without changing anything.
extension ConformanceWalk {
    func readAll() async throws(ConformanceError) {
        let currencies = try await readRates()
        try await readProducts()
        if let customer = options.customer {
            try await readCustomer(customer)
            try await readWallet(customer)
            var openBuy: JSONValue?
            for type in BasketType.allCases {
                guard let reply = try await call(APIRequest.activeBasket(customer: customer, type: type).endpoint),
                      let basket = reply.data, basket != .null else { continue }
                checkBasket(basket, field: "data", reply: reply, stage: .open)
                if type == .buy { openBuy = basket }
            }
            try await readOrders(customer)
            try await readWebview(customer, open: openBuy)
        } else {
            notes.append("no customer given (--customer): an existing customer's wallet, baskets and orders were not read")
        }
        try await provokeErrors(currency: currencies.first)
    }

    /// Currency rates (positive, buy at least sell, each currency once) and each one's history over every period
    /// (oldest first, positive); returns the currency ids.
    func readRates() async throws(ConformanceError) -> [Int] {
        guard let reply = try await call(APIRequest.currencyRates().endpoint) else { return [] }
        let rates = reply.data?.array ?? []
        checks.expect(!rates.isEmpty, reply.endpoint, "rates", field: "data", expected: "at least one currency", got: reply.data?.brief ?? "absent")
        var ids: [Int] = []
        for (index, rate) in rates.enumerated() {
            let buy = rate["buy"]?.decimal ?? 0, sell = rate["sell"]?.decimal ?? 0
            checks.expect(buy > 0 && sell > 0 && buy >= sell, reply.endpoint, "rates", field: "data[\(index)]",
                          expected: "buy ≥ sell > 0", got: "buy \(buy), sell \(sell)")
            if let id = rate["item_currency_id"]?.int {
                checks.expect(!ids.contains(id), reply.endpoint, "rates", field: "data[\(index)].item_currency_id", expected: "each currency once", got: "\(id) again")
                ids.append(id)
            }
        }
        for id in ids.prefix(2) {
            for period in RatePeriod.allCases {
                guard let history = try await call(APIRequest.rateHistory(currencyId: id, period: period).endpoint) else { continue }
                let points = history.data?.array ?? []
                let dates = points.compactMap { $0["date"]?.string.flatMap(Timestamp.parse) }
                checks.expect(dates.count == points.count && zip(dates, dates.dropFirst()).allSatisfy { $0 <= $1 }, history.endpoint, "history",
                              field: "data[].date", expected: "dates oldest first (\(id), \(period.rawValue))",
                              got: dates.count == points.count ? "out of order" : "\(points.count - dates.count) unreadable dates")
                checks.expect(points.allSatisfy { ($0["buy"]?.decimal ?? 0) > 0 && ($0["sell"]?.decimal ?? 0) > 0 }, history.endpoint, "history",
                              field: "data[]", expected: "positive buy and sell (\(id), \(period.rawValue))", got: "a point at or below 0")
            }
        }
        return ids
    }

    /// Every product, page by page; then the metal and deliverable filters hold on what they answer.
    func readProducts() async throws(ConformanceError) {
        let size = options.pageSize
        products = try await walkPages({ APIRequest.products(page: $0, perPage: size).endpoint }, perPage: size)
        for metal in MetalType.allCases {
            guard let reply = try await call(APIRequest.products(page: 1, perPage: 100, metals: [metal]).endpoint) else { continue }
            let listed = reply.data?["data"]?.array ?? []
            checks.expect(listed.allSatisfy { $0["metal_type"]?.string == metal.rawValue }, reply.endpoint, "filters", field: "data.data[].metal_type",
                          expected: "only \(metal.rawValue) (metal_type=\(metal.rawValue))", got: listed.compactMap { $0["metal_type"]?.string }.joined(separator: ","))
        }
        if let reply = try await call(APIRequest.products(page: 1, perPage: 100, deliverable: true).endpoint) {
            let listed = reply.data?["data"]?.array ?? []
            checks.expect(listed.allSatisfy { $0["is_deliverable"]?.bool == true }, reply.endpoint, "filters", field: "data.data[].is_deliverable",
                          expected: "only deliverable products (is_deliverable=true)", got: "\(listed.filter { $0["is_deliverable"]?.bool != true }.count) not deliverable")
        }
        for (index, product) in products.enumerated() {
            let buy = product["buy_price"]?.decimal ?? 0, sell = product["sell_price"]?.decimal ?? 0
            checks.expect(buy > 0 && sell > 0 && buy >= sell, "GET /partner/walletable/products", "prices", field: "data.data[\(index)]",
                          expected: "buy_price ≥ sell_price > 0", got: "buy_price \(buy), sell_price \(sell)")
        }
    }

    /// Get Customer: the id asked for comes back, `fullname` joins the names.
    func readCustomer(_ id: String, expecting profile: CustomerProfile? = nil) async throws(ConformanceError) {
        guard let reply = try await call(APIRequest.customer(id).endpoint), let customer = reply.data, reply.status == 200 else { return }
        checks.expect(customer["external_id"]?.string == id, reply.endpoint, "customer", field: "data.external_id", expected: id,
                      got: customer["external_id"]?.brief ?? "absent")
        let names = ["firstname", "middlename", "lastname"].compactMap { customer[$0]?.string }.filter { !$0.isEmpty }
        checks.expect(customer["fullname"]?.string == names.joined(separator: " "), reply.endpoint, "customer", field: "data.fullname",
                      expected: names.joined(separator: " "), got: customer["fullname"]?.brief ?? "absent")
        guard let profile else { return }
        for (key, value) in [("firstname", profile.firstname), ("lastname", profile.lastname), ("phone", profile.phone), ("identity_number", profile.identityNumber)] {
            guard let value else { continue }
            checks.expect(customer[key]?.string == value, reply.endpoint, "customer", field: "data." + key, expected: value, got: customer[key]?.brief ?? "absent")
        }
    }

    /// The wallet: every holding positive; `is_deliverable=true` a part of `false` (which is every holding). Returns units by sku.
    @discardableResult
    func readWallet(_ customer: String) async throws(ConformanceError) -> [String: Int] {
        guard let all = try await call(APIRequest.balance(customer: customer, deliverable: false).endpoint) else { return [:] }
        var units: [String: Int] = [:]
        for (index, holding) in (all.data?.array ?? []).enumerated() {
            // Range-checked before it is added up: units beyond 10⁹ are drift, not an overflow.
            let amount = holding["amount"]?.int.flatMap { (1...1_000_000_000).contains($0) ? $0 : nil }
            checks.expect(amount != nil && (holding["value"]?.decimal ?? -1) >= 0, all.endpoint, "wallet", field: "data[\(index)]",
                          expected: "amount 1…10⁹ and value ≥ 0", got: "amount \(holding["amount"]?.brief ?? "absent"), value \(holding["value"]?.brief ?? "absent")")
            if let sku = holding["sku"]?.string, let amount { units[sku, default: 0] += amount }
        }
        if let deliverable = try await call(APIRequest.balance(customer: customer, deliverable: true).endpoint) {
            for (index, holding) in (deliverable.data?.array ?? []).enumerated() {
                let sku = holding["sku"]?.string ?? ""
                checks.expect(units[sku] == holding["amount"]?.int, deliverable.endpoint, "wallet", field: "data[\(index)]",
                              expected: "\(sku) as in the whole wallet (\(units[sku].map(String.init) ?? "absent"))", got: holding["amount"]?.brief ?? "absent")
            }
        }
        return units
    }

    /// The customer's orders, page by page: each an order of this customer with every invariant; then the receipts
    /// of the first three and the invoice of the first. Returns the orders.
    @discardableResult
    func readOrders(_ customer: String) async throws(ConformanceError) -> [JSONValue] {
        let size = options.pageSize
        let orders = try await walkPages({ APIRequest.orders(OrderQuery(page: $0, perPage: size, customerExternalId: customer)).endpoint },
                                         perPage: size, identity: "guid")
        let name = "GET /partner/walletable/orders"
        let reply = Reply(endpoint: name, status: 200, body: nil, answeredWithin: Date()...Date())
        for (index, order) in orders.enumerated() {
            checkBasket(order, field: "data.data[\(index)]", reply: reply, stage: .order(nil))
            if let owner = order["customer"]?["external_id"]?.string {
                checks.expect(owner == customer, name, "filters", field: "data.data[\(index)].customer.external_id",
                              expected: "\(customer) (customer_external_id)", got: owner)
            }
        }
        for order in orders.prefix(3) {
            guard let guid = order["guid"]?.string, let receipt = try await call(APIRequest.receipt(customer: customer, guid: guid).endpoint),
                  let data = receipt.data, receipt.status == 200 else { continue }
            checkReceipt(data, order: order, reply: receipt)
        }
        if let order = orders.first, let id = order["increment_id"]?.string ?? order["guid"]?.string,
           let invoice = try await call(APIRequest.invoice(orderId: id).endpoint), let data = invoice.data, invoice.status == 200 {
            checks.expect(data["guid"]?.string == order["guid"]?.string, invoice.endpoint, "invoice", field: "data.guid",
                          expected: order["guid"]?.brief ?? "the order's guid", got: data["guid"]?.brief ?? "absent")
        }
        return orders
    }

    /// A 404 (a customer that does not exist) and a 422 (a rate history period that does not exist), with their envelopes.
    func provokeErrors(currency: Int?) async throws(ConformanceError) {
        let missing = "conformance-missing-" + String(UInt32.random(in: 0...UInt32.max), radix: 16)
        _ = try await call(APIRequest.customer(missing).endpoint, expecting: 404)
        var history = APIRequest.rateHistory(currencyId: currency ?? 1, period: .day).endpoint
        history.query = history.query.map { $0.name == "period" ? URLQueryItem(name: "period", value: "2d") : $0 }
        if let reply = try await call(history, expecting: 422) {
            checks.expect(reply.body?["errors"]?["period"] != nil, reply.endpoint, "envelope", field: "errors.period",
                          expected: "the refused field named (period=2d)", got: reply.body?["errors"]?.brief ?? "absent")
        }
    }
}
