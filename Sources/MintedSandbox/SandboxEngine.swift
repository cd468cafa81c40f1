import Foundation
import MintedAPI

/// The sandbox's whole state and rules as a pure value: markets, catalog, customers, wallets and baskets.
/// Time and randomness are injected: every operation takes `now`, and every random choice comes from
/// generators seeded by `configuration.seed`. Operations throw `SandboxError`.
public struct SandboxEngine: Sendable {
    /// The external id of the customer every sandbox starts with (Brant Ankunding).
    public static let demoCustomerId = "ea0982a7-4fd3-43ff-a682-cae5870d1eac"

    /// How this sandbox behaves.
    public let configuration: SandboxConfiguration
    /// The instant the market started; rate steps are counted from here.
    public let origin: Date
    /// What the generated past was made with, so that a restart can regenerate it.
    let pastSeed: PastSeed

    /// Where completed orders are kept: shared by copies of this engine, owned by its store.
    let database: SandboxDatabase
    /// Bumped by every change of what the database's state row holds (the markets' walk is replayed, not counted):
    /// the store writes that row only when it moved, so that a read writes nothing.
    var revision = 0

    /// Tokens, guids and increment ids.
    var random: SplitMix64 { didSet { revision &+= 1 } }
    /// The rate walk, apart from `random` so that tokens do not depend on how much time has passed.
    var walkRandom: SplitMix64
    var markets: [Market]
    let catalog: [CatalogProduct]
    var customers: [String: CustomerAccount] { didSet { revision &+= 1 } }
    var baskets: [BasketRecord] { didSet { revision &+= 1 } }
    /// Rate-walk steps applied since `origin`.
    var appliedSteps = 0
    var nextBasketId = 10_001 { didSet { revision &+= 1 } }
    /// Units of each sku the house can still sell; a buy takes from it, a sell gives back.
    var stock: [String: Int] { didSet { revision &+= 1 } }
    /// Units of each sku that left the sandbox by delivery.
    var delivered: [String: Int] = [:] { didSet { revision &+= 1 } }
    /// Money moved by completed orders, per currency code.
    var ledger: [String: Ledger] = [:] { didSet { revision &+= 1 } }
    /// Webview bearer tokens and whose session each opens.
    var webviewSessions: [String: WebviewSession] = [:] { didSet { revision &+= 1 } }
    /// The scenarios loaded (`POST /_sandbox/scenarios/…`): their markets and products exist but are never listed or walked.
    var scenarios: [SandboxScenario] = [] { didSet { revision &+= 1 } }

    /// A sandbox at its start: the standard markets and catalog, the demo customer, a year of rate history; its orders
    /// in a private in-memory database.
    public init(configuration: SandboxConfiguration = SandboxConfiguration(), now: Date) {
        self.init(configuration: configuration, now: now, database: .inMemory())
    }

    /// A sandbox at its start keeping its orders in `database`.
    init(configuration: SandboxConfiguration, now: Date, database: SandboxDatabase) {
        self.init(configuration: configuration, origin: now, pastSeed: PastSeed(
            seed: configuration.seed, volatility: configuration.volatility, rateStep: configuration.rateStep
        ), database: database)
    }

    /// A sandbox whose market started at `origin` with a past generated from `pastSeed`.
    init(configuration: SandboxConfiguration, origin: Date, pastSeed: PastSeed, database: SandboxDatabase) {
        self.configuration = configuration
        self.database = database
        self.origin = origin
        self.pastSeed = pastSeed
        self.random = SplitMix64(seed: configuration.seed)
        self.walkRandom = SplitMix64(seed: configuration.seed ^ 0xA5A5_A5A5_5A5A_5A5A)
        self.catalog = CatalogProduct.standard
        self.customers = [CustomerAccount.demo.customer.externalId: CustomerAccount.demo]
        self.baskets = []
        self.stock = Dictionary(uniqueKeysWithValues: CatalogProduct.standard.map { ($0.sku, $0.stock) })
        self.markets = Market.standard.map { market in
            var market = market
            market.generatePast(
                endingAt: Market.minute(of: origin), seed: pastSeed.seed, volatility: pastSeed.volatility,
                rateStep: pastSeed.rateStep
            )
            return market
        }
    }

    /// The seed, volatility and step a market's generated past is made with.
    struct PastSeed: Sendable, Equatable {
        var seed: UInt64
        var volatility: Double
        var rateStep: TimeInterval
    }

    /// The market with `id`, if any.
    func marketIndex(_ id: Int) -> Int? {
        markets.firstIndex { $0.id == id }
    }

    /// The market with `id`: a walking one, else a loaded scenario's (at its fixed rate).
    func market(_ id: Int) -> Market? {
        marketIndex(id).map { markets[$0] } ?? scenarios.lazy.flatMap(\.markets).first { $0.id == id }
    }

    /// Every product a basket or wallet may hold: the catalog, then the loaded scenarios' (unlisted) products.
    var knownProducts: [CatalogProduct] {
        scenarios.isEmpty ? catalog : catalog + scenarios.flatMap(\.products)
    }

    /// The product with `sku`, if any: the catalog's, else a loaded scenario's.
    func product(sku: String) -> CatalogProduct? {
        catalog.first { $0.sku == sku } ?? scenarios.lazy.flatMap(\.products).first { $0.sku == sku }
    }

    /// The customer with `id`, or 404.
    func account(_ id: String) throws -> CustomerAccount {
        guard let account = customers[id] else { throw SandboxError.notFound(.customerNotFound(id)) }
        return account
    }
}
