import Foundation
import MintedAPI

/// How a sandbox behaves: its seed, market, price lock, fees and Digest credentials.
public struct SandboxConfiguration: Sendable, Equatable {
    /// The seed of every random choice: rate walk, rate history, tokens and ids.
    public var seed: UInt64
    /// Seconds a basket's prices stay locked (`pricefix`).
    public var pricefixTTL: TimeInterval
    /// Relative size of one rate step (each step multiplies the rate by 1 + volatility × r, r in [-1, 1]); 0 freezes prices.
    public var volatility: Double
    /// Seconds between two steps of the rate walk.
    public var rateStep: TimeInterval
    /// Grams of a metal a customer may hold (including the basket) before a buy pays the storage fee.
    public var storageAllowanceGrams: Decimal
    /// The fee rates and shipping cost.
    public var fees: FeeSchedule
    /// The Digest username.
    public var username: String
    /// The Digest password.
    public var password: String
    /// The Digest realm.
    public var realm: String
    /// The Digest form the sandbox challenges with and accepts.
    public var digestMode: DigestMode
    /// Seconds a Digest nonce stays fresh; older ones are answered with `stale=true`.
    public var nonceLifetime: TimeInterval
    /// Seconds a webview bearer token (Create Token) stays valid.
    public var webviewTokenTTL: TimeInterval
    /// Seconds a delivery order spends in each of Preparing and Packed before it is Shipped.
    public var deliveryStageSeconds: TimeInterval
    /// Connections served at once; more wait in the listen backlog. Well under the usual 1,024 descriptors, leaving
    /// room for the state file, the TUI and its client.
    public var maximumConnections: Int = 512
    /// Seconds a connection may sit without traffic before it is closed.
    public var idleTimeout: TimeInterval = 30
    /// Seconds a connection has to send a whole request head, from when it opens or its last response ends; a client
    /// that trickles the head (slowloris) is closed then, however steadily its bytes arrive.
    public var requestHeadTimeout: TimeInterval = 30
    /// Seconds a request has, from its head, to send its whole body; a client that trickles a body is closed then.
    /// Longer than the longest latency fault (60 s), which may keep a large body unread meanwhile.
    public var requestBodyTimeout: TimeInterval = 90
    /// The faults injected from the start (`--latency`); changed at run time through `/_sandbox/faults`.
    public var faults: FaultPlan

    /// A configuration; every default is the documented sandbox behaviour.
    public init(seed: UInt64 = 1, pricefixTTL: TimeInterval = 240, volatility: Double = 0.0005, rateStep: TimeInterval = 5,
                storageAllowanceGrams: Decimal = 0, fees: FeeSchedule = .standard, username: String = "sandbox",
                password: String = "sandbox", realm: String = "minted-sandbox",
                digestMode: DigestMode = .rfc7616, nonceLifetime: TimeInterval = 300,
                webviewTokenTTL: TimeInterval = 900, deliveryStageSeconds: TimeInterval = 60, faults: FaultPlan = FaultPlan()) {
        self.seed = seed
        self.pricefixTTL = pricefixTTL
        self.volatility = volatility
        self.rateStep = rateStep
        self.storageAllowanceGrams = storageAllowanceGrams
        self.fees = fees
        self.username = username
        self.password = password
        self.realm = realm
        self.digestMode = digestMode
        self.nonceLifetime = nonceLifetime
        self.webviewTokenTTL = webviewTokenTTL
        self.deliveryStageSeconds = deliveryStageSeconds
        self.faults = faults
    }
}
