import Foundation
import MintedAPI

/// The embedded webview's samples: seed 000's basket as the webview answers it, a token for it, and the order it became.
extension Samples {
    /// Seed 000's customer in the sandbox's scenario.
    public static let webviewCustomerId = "seed000-john-due"

    /// A 40-character token issued at `start`, expiring 15 minutes later (offset shape, as the sandbox writes it).
    public static let webviewToken = WebviewToken(token: "KOQS6Kh6j3dd0TdcmXqoC68h5O6i2tc2Wv7Yq1Xz", expiresAt: "2026-02-20T12:42:57+00:00")

    /// Seed 000's Get Active Basket, unedited but for the customer's id (the seed has a template variable) and a lock
    /// that ends 240 s after `start`.
    public static func webviewBasket() throws -> Basket {
        let basket = try JSONDecoder().decode(Envelope<Basket>.self, from: SeedRoundTrip.seed("seed000-get-active-basket.json")).data
        guard var basket else { throw CocoaError(.coderValueNotFound) }
        basket.customer?.externalId = webviewCustomerId
        basket.pricefix = Pricefix(remaining: 240, nextUpdate: start.addingTimeInterval(240))
        return basket
    }

    /// The webview basket completed: a buy order, Completed, at `start` + 60 s.
    public static func webviewOrder() throws -> Basket {
        var order = try webviewBasket()
        order.pricefix = nil
        order.orderCreationStatus = "order"
        order.type = BasketType.buy.rawValue
        order.statusId = 5
        order.statusName = "Completed"
        order.orderAt = "2026-02-20T12:28:57.000000Z"
        return order
    }
}
