import Foundation
import MintedAPI

/// The Embedded Webview endpoints: a bearer token opens one customer's session on their buy basket.
extension SandboxEngine {
    /// Create Token: a 40-character bearer token for the customer, valid for `webviewTokenTTL`; 404 for an unknown customer.
    public mutating func createWebviewToken(customer id: String, now: Date) throws -> WebviewToken {
        _ = try account(id)
        webviewSessions = webviewSessions.filter { $0.value.expiresAt > now }
        let token = makeToken() + String(makeToken().prefix(8))
        let expiresAt = Date(timeIntervalSince1970: now.timeIntervalSince1970.rounded(.down) + configuration.webviewTokenTTL)
        webviewSessions[token] = WebviewSession(customerId: id, expiresAt: expiresAt)
        return WebviewToken(token: token, expiresAt: Timestamp.offsetString(expiresAt))
    }

    /// The customer a bearer token speaks for; 401 when it is unknown, expired or its customer is gone.
    public func webviewCustomer(token: String, now: Date) throws -> String {
        guard let session = webviewSessions[token] else { throw SandboxError.unauthorized(.bearerInvalid) }
        guard session.expiresAt > now else { throw SandboxError.unauthorized(.bearerExpired) }
        guard customers[session.customerId] != nil else { throw SandboxError.unauthorized(.bearerInvalid) }
        return session.customerId
    }

    /// Get Active Basket (webview): the session customer's open buy basket in the "Ecom Order" shape of seed 000;
    /// 404 "Record Not Found" when there is none, as seed 000 documents.
    public mutating func webviewBasket(token: String, now: Date) throws -> Basket {
        let customer = try webviewCustomer(token: token, now: now)
        advance(to: now)
        guard let record = baskets.first(where: { $0.customerId == customer && $0.type == .buy && $0.state == .open }) else {
            throw SandboxError.notFound(.recordNotFound)
        }
        return ecomBasket(record, now: now)
    }

    /// Complete (webview): completes the session customer's buy basket `cartToken` at the price Get Active Basket
    /// showed (`EcomFeeSchedule.seed000`, fees inside the price), not the walletable charges.
    public mutating func webviewComplete(token: String, cartToken: String, now: Date) throws -> Basket {
        try complete(.buy, customer: webviewCustomer(token: token, now: now), cartToken: cartToken, now: now, pricing: .ecom(.seed000))
    }
}
