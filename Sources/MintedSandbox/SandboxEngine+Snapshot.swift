import Foundation

/// The engine to and from its `SandboxSnapshot`.
extension SandboxEngine {
    /// The engine's state, for the state file; completed orders are rows of `database`, not part of it.
    var snapshot: SandboxSnapshot { snapshot(liveHistory: true) }

    /// The engine's state; without `liveHistory` the markets' live minutes are left out (the database keeps them as
    /// rows), so that a write does not copy every minute lived.
    func snapshot(liveHistory: Bool) -> SandboxSnapshot {
        SandboxSnapshot(
            seed: pastSeed.seed, volatility: pastSeed.volatility, rateStep: pastSeed.rateStep, origin: origin, random: random,
            walkRandom: walkRandom,
            markets: markets.map { market in
                SandboxSnapshot.MarketState(
                    id: market.id, buyCents: market.buyCents,
                    liveHistory: liveHistory ? Array(market.history.dropFirst(Market.pastMinutes)) : [],
                    pastEndMinute: market.pastEndMinute, pastStartCents: market.history.past.startCents
                )
            },
            customers: customers, baskets: baskets, appliedSteps: appliedSteps, nextBasketId: nextBasketId, stock: stock,
            delivered: delivered, ledger: ledger, webviewSessions: webviewSessions,
            scenarios: scenarios.isEmpty ? nil : scenarios
        )
    }

    /// An engine that continues from `snapshot` under `configuration` (the flags of this run); the generated past
    /// is regenerated as it was first made. Throws `SnapshotMismatch` when the snapshot names an unknown market.
    init(configuration: SandboxConfiguration, snapshot: SandboxSnapshot, database: SandboxDatabase) throws {
        self.init(configuration: configuration, origin: snapshot.origin,
                  pastSeed: PastSeed(seed: snapshot.seed, volatility: snapshot.volatility, rateStep: snapshot.rateStep),
                  database: database)
        for state in snapshot.markets {
            guard let index = marketIndex(state.id) else { throw SnapshotMismatch(reason: "unknown market \(state.id)") }
            if let end = state.pastEndMinute, let cents = state.pastStartCents,
               end != markets[index].pastEndMinute || cents != markets[index].history.past.startCents {
                markets[index].generatePast(endingAt: end, startCents: cents, seed: pastSeed.seed, volatility: pastSeed.volatility,
                                            rateStep: pastSeed.rateStep)
            }
            markets[index].buyCents = state.buyCents
            markets[index].history.append(contentsOf: state.liveHistory)
        }
        random = snapshot.random
        walkRandom = snapshot.walkRandom
        customers = snapshot.customers
        baskets = snapshot.baskets
        appliedSteps = snapshot.appliedSteps
        nextBasketId = snapshot.nextBasketId
        stock = snapshot.stock
        delivered = snapshot.delivered
        ledger = snapshot.ledger
        webviewSessions = snapshot.webviewSessions
        scenarios = snapshot.scenarios ?? []
    }

    /// A snapshot that does not fit this build.
    struct SnapshotMismatch: Error, Sendable {
        var reason: String
    }
}
