import Foundation
import MintedAPI

/// The Embedded Webview: Create Token (Digest), Get Active Basket and Complete with its bearer token, and the
/// "Ecom Order" invariants (fees inside the price: `paid_total` = `total` = `price` = Σ lines).
extension ConformanceWalk {
    /// Create Token for `customer`, then Get Active Basket with it: 404 "Record Not Found" when `open` (the customer's
    /// walletable buy basket) is nil, else that basket in the Ecom shape.
    func readWebview(_ customer: String, open: JSONValue?) async throws(ConformanceError) {
        guard let token = try await webviewToken(customer) else { return }
        _ = try await readWebviewBasket(token: token, open: open)
    }

    /// Create Token: `{token, expires_at}` with the expiry after the answer; the token, or nil. The token itself is never
    /// put in a report.
    func webviewToken(_ customer: String) async throws(ConformanceError) -> String? {
        guard let reply = try await call(APIRequest.webviewToken(customer: customer).endpoint), reply.status == 200,
              let data = reply.data else { return nil }
        let token = data["token"]?.string ?? ""
        checks.expect(!token.isEmpty, reply.endpoint, "webview", field: "data.token", expected: "a bearer token",
                      got: data["token"] == nil ? "absent" : "an empty or non-text token")
        let expiry = data["expires_at"]?.string.flatMap(Timestamp.parse)
        checks.expect(expiry.map { $0 > reply.answeredWithin.lowerBound } ?? false, reply.endpoint, "webview", field: "data.expires_at",
                      expected: "a time with offset after the answer", got: data["expires_at"]?.brief ?? "absent")
        return token.isEmpty ? nil : token
    }

    /// Get Active Basket (webview) with the bearer `token`: the 404 envelope when no buy basket is `open`, else the Ecom
    /// basket of that cart with every invariant. Returns the basket read.
    func readWebviewBasket(token: String, open: JSONValue?) async throws(ConformanceError) -> JSONValue? {
        let endpoint = APIRequest.webviewBasket(token: token).endpoint
        guard let open else {
            if let reply = try await call(endpoint, expecting: 404), reply.status == 404 {
                checks.expect(reply.body?["message"]?.string == "Record Not Found", reply.endpoint, "envelope", field: "message",
                              expected: "Record Not Found (no open buy basket)", got: reply.body?["message"]?.brief ?? "absent")
            }
            return nil
        }
        guard let reply = try await call(endpoint), reply.status == 200, let basket = reply.data, basket != .null else { return nil }
        let cart = open["token"]?.string ?? ""
        checks.expect(basket["token"]?.string == cart, reply.endpoint, "basket", field: "data.token", expected: "\(cart) (the open buy basket)",
                      got: basket["token"]?.brief ?? "absent")
        checkLines(basket, field: "data", name: reply.endpoint)
        checkEcomFees(basket, field: "data", name: reply.endpoint)
        checkPayment(basket, field: "data", name: reply.endpoint)
        checkStatus(basket, type: .buy, field: "data", name: reply.endpoint, stage: .open)
        checkPricefix(basket, field: "data", reply: reply)
        return basket
    }

    /// Buys one `sku` through the webview (`--write`): a buy basket opened, read with a bearer token and completed with
    /// it; the order is paid what the webview basket showed and the wallet then holds `held` + 1. True when placed.
    func webviewBuy(customer: String, sku: String, held: Int) async throws(ConformanceError) -> Bool {
        guard let opened = try await change(.addItem(customer: customer, sku: sku, qty: 1, type: .buy, cartToken: nil), units: [sku: 1]),
              let cart = opened["token"]?.string, let token = try await webviewToken(customer),
              let seen = try await readWebviewBasket(token: token, open: opened) else { return false }
        guard let reply = try await call(APIRequest.webviewComplete(token: token, cartToken: cart).endpoint), reply.status == 200,
              let order = reply.data else { return false }
        checkBasket(order, field: "data", reply: reply, stage: .order(.buy))
        for key in ["total", "paid_total"] {
            guard let expected = seen[key]?.decimal else { continue }
            checks.money(reply.endpoint, "order", field: "data." + key, expected: expected, got: order[key], how: " (the webview basket's)")
        }
        try await expectWallet(customer, sku: sku, units: held + 1)
        return true
    }

    /// An Ecom order or basket: no walletable charges, seed 000's `MC_` increment id.
    static func isEcom(_ basket: JSONValue) -> Bool {
        basket["charge_fee"] == nil && (basket["increment_id"]?.string?.hasPrefix("MC_") ?? false)
    }

    /// The Ecom fees are inside the price (seed 000): `paid_total` is the total.
    func checkEcomFees(_ basket: JSONValue, field: String, name: String) {
        checks.money(name, "paid_total", field: field + ".paid_total", expected: basket["total"]?.decimal ?? 0, got: basket["paid_total"],
                     how: " (the total: the webview's fees are inside the price)")
    }
}
