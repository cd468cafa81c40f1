import Foundation
import MintedSQLite

/// The engine's state: customers and baskets (open and replaced) one JSON row each, the rest (stock, ledger, sessions,
/// generators) two small JSON rows, all in `state`, and the markets' live minutes as rows appended as they pass. A write touches only
/// the rows whose value changed since the last write, so that its cost does not grow with the customers and baskets
/// kept.
extension SandboxDatabase {
    /// The values last written or read, compared with the engine's at the next write.
    struct SavedState {
        var engine: SandboxSnapshot
        var counters: Counters?
        var customers: [String: CustomerAccount]
        var baskets: [Int: BasketRecord]
    }

    /// What moves with nearly every write (a new basket's tokens and id, the rate walk): the `counters` row, apart
    /// from the `engine` row so that the latter (stock, ledger, sessions, …) is encoded only when it changed.
    struct Counters: Codable, Sendable, Equatable {
        var random: SplitMix64
        var walkRandom: SplitMix64
        var appliedSteps: Int
        var nextBasketId: Int
        /// Each market's live rate, in the snapshot's market order.
        var buyCents: [Int]

        init(_ snapshot: SandboxSnapshot) {
            random = snapshot.random
            walkRandom = snapshot.walkRandom
            appliedSteps = snapshot.appliedSteps
            nextBasketId = snapshot.nextBasketId
            buyCents = snapshot.markets.map(\.buyCents)
        }

        /// `snapshot` with these values.
        func applied(to snapshot: SandboxSnapshot) -> SandboxSnapshot {
            var snapshot = snapshot
            snapshot.random = random
            snapshot.walkRandom = walkRandom
            snapshot.appliedSteps = appliedSteps
            snapshot.nextBasketId = nextBasketId
            for (index, cents) in zip(snapshot.markets.indices, buyCents) { snapshot.markets[index].buyCents = cents }
            return snapshot
        }

        /// `snapshot` without them (and without customers and baskets): what the `engine` row holds.
        static func rest(of snapshot: SandboxSnapshot) -> SandboxSnapshot {
            var rest = snapshot
            rest.customers = [:]
            rest.baskets = []
            rest.random = SplitMix64(seed: 0)
            rest.walkRandom = SplitMix64(seed: 0)
            rest.appliedSteps = 0
            rest.nextBasketId = 0
            for index in rest.markets.indices { rest.markets[index].buyCents = 0 }
            return rest
        }
    }

    /// Writes `engine`'s state: the rows that changed replaced, the ones gone deleted, the live minutes not yet written
    /// appended (the last written one rewritten: a spike changes the current minute). Call inside a transaction; when
    /// it fails, call `forgetSaved()` once the transaction is rolled back.
    /// `savedMinutes` holds the minutes each market has as rows; those pruned from memory are deleted.
    func saveState(of engine: SandboxEngine, savedMinutes: inout [Int: Range<Int>]) throws {
        try writeSplit(engine.snapshot(liveHistory: false))
        for market in engine.markets {
            let live = market.pastEndMinute + 1..<market.historyStartMinute + market.history.count
            let saved = savedMinutes[market.id]
            if saved?.lowerBound != live.lowerBound {
                try connection.run("DELETE FROM rate_minutes WHERE market = ? AND minute < ?",
                                   [.integer(Int64(market.id)), .integer(Int64(live.lowerBound))])
            }
            let from = max(live.lowerBound, (saved?.upperBound ?? live.lowerBound) - 1)
            for minute in from..<max(from, live.upperBound) {
                try connection.run("INSERT OR REPLACE INTO rate_minutes (market, minute, cents) VALUES (?, ?, ?)", [
                    .integer(Int64(market.id)), .integer(Int64(minute)),
                    .integer(Int64(market.history[minute - market.historyStartMinute])),
                ])
            }
            savedMinutes[market.id] = live
        }
    }

    /// Writes `snapshot` (without live minutes) as rows: its customers and baskets apart, only those that differ from
    /// `saved`; its counters and the rest as the `counters` and `engine` rows, each when it changed.
    func writeSplit(_ snapshot: SandboxSnapshot) throws {
        let encoder = JSONEncoder()
        let rest = Counters.rest(of: snapshot), counters = Counters(snapshot)
        let baskets = Dictionary(snapshot.baskets.map { ($0.id, $0) }, uniquingKeysWith: { _, last in last })
        let previous = saved
        if previous == nil {
            try connection.execute("DELETE FROM state WHERE key NOT IN ('engine', 'counters')")
        }
        if previous?.engine != rest {
            try connection.run("INSERT OR REPLACE INTO state (key, value) VALUES ('engine', ?)", [.blob(try encoder.encode(rest))])
        }
        if previous?.counters != counters {
            try connection.run("INSERT OR REPLACE INTO state (key, value) VALUES ('counters', ?)", [.blob(try encoder.encode(counters))])
        }
        for (id, account) in snapshot.customers where previous?.customers[id] != account {
            try connection.run("INSERT OR REPLACE INTO state (key, value) VALUES (?, ?)", [.text(Self.customerKey(id)), .blob(try encoder.encode(account))])
        }
        for id in previous?.customers.keys.filter({ snapshot.customers[$0] == nil }) ?? [] {
            try connection.run("DELETE FROM state WHERE key = ?", [.text(Self.customerKey(id))])
        }
        for (id, record) in baskets where previous?.baskets[id] != record {
            try connection.run("INSERT OR REPLACE INTO state (key, value) VALUES (?, ?)", [.text(Self.basketKey(id)), .blob(try encoder.encode(record))])
        }
        for id in previous?.baskets.keys.filter({ baskets[$0] == nil }) ?? [] {
            try connection.run("DELETE FROM state WHERE key = ?", [.text(Self.basketKey(id))])
        }
        saved = SavedState(engine: rest, counters: counters, customers: snapshot.customers, baskets: baskets)
    }

    /// After a failed transaction: what the database holds is no longer known, so the next write rewrites every row.
    func forgetSaved() {
        saved = nil
    }

    /// The stored state with each market's live minutes, or nil when nothing is stored yet; `savedMinutes` gets the
    /// minutes stored per market.
    func loadState(savedMinutes: inout [Int: Range<Int>]) throws -> SandboxSnapshot? {
        let statement = try connection.prepare("SELECT value FROM state WHERE key = 'engine'").bind([])
        guard try statement.step(), let data = statement.blob(0) else {
            try statement.run()
            return nil
        }
        try statement.run()
        let decoder = JSONDecoder()
        var snapshot = try decoder.decode(SandboxSnapshot.self, from: data)
        let rest = Counters.rest(of: snapshot)
        let counterRow = try connection.prepare("SELECT value FROM state WHERE key = 'counters'").bind([])
        let counterData = try counterRow.step() ? counterRow.blob(0) : nil
        try counterRow.run()
        let counters = try counterData.map { try decoder.decode(Counters.self, from: $0) }
        if let counters { snapshot = counters.applied(to: snapshot) }
        // A kind's keys: from its prefix (which ends with a space) to the prefix ending with the next character, `!`.
        let customerPrefix = Self.customerKey("")
        let customers = try connection.prepare("SELECT key, value FROM state WHERE key >= ? AND key < ?")
            .bind([.text(customerPrefix), .text("customer!")])
        while try customers.step() {
            guard let key = customers.text(0), let value = customers.blob(1) else { continue }
            snapshot.customers[String(key.dropFirst(customerPrefix.count))] = try decoder.decode(CustomerAccount.self, from: value)
        }
        // Ids ascend in the order baskets were opened (the engine's list order), and their keys with them.
        let baskets = try connection.prepare("SELECT value FROM state WHERE key >= ? AND key < ? ORDER BY key")
            .bind([.text("basket "), .text("basket!")])
        while try baskets.step() {
            guard let value = baskets.blob(0) else { continue }
            snapshot.baskets.append(try decoder.decode(BasketRecord.self, from: value))
        }
        saved = SavedState(engine: rest, counters: counters, customers: snapshot.customers,
                           baskets: Dictionary(snapshot.baskets.map { ($0.id, $0) }, uniquingKeysWith: { _, last in last }))
        let minutes = try connection.prepare("SELECT minute, cents FROM rate_minutes WHERE market = ? AND minute > ? ORDER BY minute")
        for index in snapshot.markets.indices {
            let first = (snapshot.markets[index].pastEndMinute ?? Market.minute(of: snapshot.origin)) + 1
            try minutes.bind([.integer(Int64(snapshot.markets[index].id)), .integer(Int64(first - 1))])
            var live: [Int32] = []
            while try minutes.step() {
                guard minutes.int(0) == first + live.count else { throw MinuteGap(market: snapshot.markets[index].id, minute: minutes.int(0)) }
                live.append(Int32(clamping: minutes.int64(1)))
            }
            snapshot.markets[index].liveHistory = live
            savedMinutes[snapshot.markets[index].id] = first..<first + live.count
        }
        return snapshot
    }

    /// Live minutes that do not follow each other: a database this build did not write.
    struct MinuteGap: Error, Sendable {
        var market: Int
        var minute: Int
    }

    /// Imports a state file of the JSON era: its completed baskets become order rows, the rest the state rows.
    func importSnapshot(_ snapshot: SandboxSnapshot, configuration: SandboxConfiguration) throws {
        var savedMinutes: [Int: Range<Int>] = [:]
        do {
            try connection.transaction {
                for record in snapshot.baskets where record.state == .completed { try insertOrder(record) }
                var kept = snapshot
                kept.baskets = snapshot.baskets.filter { $0.state != .completed }
                let engine = try SandboxEngine(configuration: configuration, snapshot: kept, database: self)
                try saveState(of: engine, savedMinutes: &savedMinutes)
            }
        } catch {
            forgetSaved()
            throw error
        }
    }
}
