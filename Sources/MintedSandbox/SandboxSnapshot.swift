import Foundation

/// Everything a sandbox must keep across a restart, as the state file holds it. The generated year of rate
/// history is not stored: it is regenerated from the seed, volatility and step it was made with; only the
/// minutes lived since `origin` are.
struct SandboxSnapshot: Codable, Sendable, Equatable {
    /// One market's live state.
    struct MarketState: Codable, Sendable, Equatable {
        var id: Int
        var buyCents: Int
        /// Buy cents of every minute recorded after the generated past.
        var liveHistory: [Int32]
        /// The minute the generated past ends at and its rate, once live minutes were pruned (nil: `origin`'s minute and
        /// the market's standard rate).
        var pastEndMinute: Int?
        var pastStartCents: Int?
    }

    /// The file format; a file of another version is refused.
    var version = SandboxSnapshot.currentVersion
    var seed: UInt64
    var volatility: Double
    var rateStep: TimeInterval
    var origin: Date
    var random: SplitMix64
    var walkRandom: SplitMix64
    var markets: [MarketState]
    var customers: [String: CustomerAccount]
    var baskets: [BasketRecord]
    var appliedSteps: Int
    var nextBasketId: Int
    var stock: [String: Int]
    var delivered: [String: Int]
    var ledger: [String: Ledger]
    var webviewSessions: [String: WebviewSession]
    /// The scenarios loaded; absent (nil) when none, as in files written before scenarios existed.
    var scenarios: [SandboxScenario]? = nil

    /// The version this build writes.
    static let currentVersion = 1
}
