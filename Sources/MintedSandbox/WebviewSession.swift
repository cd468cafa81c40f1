import Foundation

/// A webview session opened by Create Token: whose it is and when its bearer token stops working.
struct WebviewSession: Sendable, Equatable, Codable {
    var customerId: String
    var expiresAt: Date
}
