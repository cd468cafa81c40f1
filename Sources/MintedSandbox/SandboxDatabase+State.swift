import Foundation
import MintedSQLite

/// The engine's small state (customers, open baskets, stock, ledger, sessions, generators) as one JSON row, and the
/// markets' live minutes as rows appended as they pass.
extension SandboxDatabase {
    /// Writes `engine`'s state: the JSON row replaced, the live minutes not yet written appended (the last written one
    /// rewritten: a spike changes the current minute). Call inside a transaction.
    func saveState(of engine: SandboxEngine, savedMinutes: inout [Int: Int]) throws {
        let snapshot = engine.snapshot(liveHistory: false)
        try connection.run("INSERT OR REPLACE INTO state (key, value) VALUES ('engine', ?)", [.blob(try JSONEncoder().encode(snapshot))])
        for market in engine.markets {
            let live = market.history.count - Market.pastMinutes
            let from = max(0, (savedMinutes[market.id] ?? 0) - 1)
            guard live > from else { continue }
            for position in from..<live {
                try connection.run("INSERT OR REPLACE INTO rate_minutes (market, position, cents) VALUES (?, ?, ?)", [
                    .integer(Int64(market.id)), .integer(Int64(position)),
                    .integer(Int64(market.history[Market.pastMinutes + position])),
                ])
            }
            savedMinutes[market.id] = live
        }
    }

    /// The stored state with each market's live minutes, or nil when nothing is stored yet; `savedMinutes` gets the
    /// minutes stored per market.
    func loadState(savedMinutes: inout [Int: Int]) throws -> SandboxSnapshot? {
        let statement = try connection.prepare("SELECT value FROM state WHERE key = 'engine'").bind([])
        guard try statement.step(), let data = statement.blob(0) else { return nil }
        var snapshot = try JSONDecoder().decode(SandboxSnapshot.self, from: data)
        try statement.run()
        let minutes = try connection.prepare("SELECT cents FROM rate_minutes WHERE market = ? ORDER BY position")
        for index in snapshot.markets.indices {
            try minutes.bind([.integer(Int64(snapshot.markets[index].id))])
            var live: [Int32] = []
            while try minutes.step() { live.append(Int32(clamping: minutes.int64(0))) }
            snapshot.markets[index].liveHistory = live
            savedMinutes[snapshot.markets[index].id] = live.count
        }
        return snapshot
    }

    /// Imports a state file of the JSON era: its completed baskets become order rows, the rest the state row.
    func importSnapshot(_ snapshot: SandboxSnapshot, configuration: SandboxConfiguration) throws {
        var savedMinutes: [Int: Int] = [:]
        try connection.transaction {
            for record in snapshot.baskets where record.state == .completed { try insertOrder(record) }
            var kept = snapshot
            kept.baskets = snapshot.baskets.filter { $0.state != .completed }
            let engine = try SandboxEngine(configuration: configuration, snapshot: kept, database: self)
            try saveState(of: engine, savedMinutes: &savedMinutes)
        }
    }
}
