import Foundation
import MintedAPI

/// The embedded webview (`W`): one customer's bearer token, their basket as the partner's webview answers it, and its
/// completion; `WebviewFeature` owns it.
public struct Webview: Sendable, Equatable {
    /// The customer the session speaks for: the current one when opened, seed 000's once its scenario is loaded.
    public var customerId: String?
    /// The bearer token in use, as Create Token answered it.
    public var token: WebviewToken?
    /// True while Create Token is out.
    public var creatingToken = false
    /// The basket as Get Active Basket answered it; nil once read means "no active basket" (404 Record Not Found).
    public var basket: Basket?
    /// True once Get Active Basket answered for the token in use.
    public var basketLoaded = false
    /// True while Get Active Basket is out.
    public var loadingBasket = false
    /// True while the y/n question before Complete is open.
    public var confirming = false
    /// Set when Complete is sent and cleared only by its answer: the webview's basket is never completed twice from here.
    public var completing = false
    /// True while seed 000's scenario is being loaded.
    public var loadingScenario = false
    /// The order Complete answered, shown until the next read.
    public var order: Basket?

    public init(customerId: String? = nil) {
        self.customerId = customerId
    }

    /// When the token expires, parsed from `expires_at`; nil without a token or when it cannot be read.
    public var tokenExpiry: Date? {
        token.flatMap { Timestamp.parse($0.expiresAt) }
    }

    /// True when the token can still be used at `now` with a margin for the call (an unreadable expiry is left to the host).
    public func tokenIsFresh(at now: Date) -> Bool {
        guard token != nil else { return false }
        guard let expiry = tokenExpiry else { return true }
        return expiry.timeIntervalSince(now) > Self.tokenMargin
    }

    /// Seconds before its expiry a token is replaced rather than used.
    public static let tokenMargin: TimeInterval = 30

    /// The token as the screen shows it: its first six characters and an ellipsis; the rest is a credential.
    public static func maskedToken(_ token: String) -> String {
        String(token.prefix(6)) + "…"
    }
}
