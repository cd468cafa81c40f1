import Foundation
import MintedSQLite

/// The engine's state: customers and baskets (open and replaced) one JSON row each, the rest (stock, ledger, sessions,
/// generators) one small JSON row, and the markets' live minutes as rows appended as they pass. A write touches only
/// the rows whose value changed since the last write, so that its cost does not grow with the customers and baskets
/// kept.
extension SandboxDatabase {
    /// The values last written or read, compared with the engine's at the next write.
    struct SavedState {
        var engine: Data
        var customers: [String: CustomerAccount]
        var baskets: [Int: BasketRecord]
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
    /// `saved`; the rest as the `engine` row when it changed.
    func writeSplit(_ snapshot: SandboxSnapshot) throws {
        let encoder = JSONEncoder()
        var rest = snapshot
        rest.customers = [:]
        rest.baskets = []
        let engine = try encoder.encode(rest)
        let baskets = Dictionary(snapshot.baskets.map { ($0.id, $0) }, uniquingKeysWith: { _, last in last })
        let previous = saved
        if previous == nil {
            try connection.execute("DELETE FROM customers; DELETE FROM baskets")
        }
        if previous?.engine != engine {
            try connection.run("INSERT OR REPLACE INTO state (key, value) VALUES ('engine', ?)", [.blob(engine)])
        }
        for (id, account) in snapshot.customers where previous?.customers[id] != account {
            try connection.run("INSERT OR REPLACE INTO customers (id, value) VALUES (?, ?)", [.text(id), .blob(try encoder.encode(account))])
        }
        for id in previous?.customers.keys.filter({ snapshot.customers[$0] == nil }) ?? [] {
            try connection.run("DELETE FROM customers WHERE id = ?", [.text(id)])
        }
        for (id, record) in baskets where previous?.baskets[id] != record {
            try connection.run("INSERT OR REPLACE INTO baskets (id, value) VALUES (?, ?)", [.integer(Int64(id)), .blob(try encoder.encode(record))])
        }
        for id in previous?.baskets.keys.filter({ baskets[$0] == nil }) ?? [] {
            try connection.run("DELETE FROM baskets WHERE id = ?", [.integer(Int64(id))])
        }
        saved = SavedState(engine: engine, customers: snapshot.customers, baskets: baskets)
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
        let customers = try connection.prepare("SELECT id, value FROM customers").bind([])
        while try customers.step() {
            guard let id = customers.text(0), let value = customers.blob(1) else { continue }
            snapshot.customers[id] = try decoder.decode(CustomerAccount.self, from: value)
        }
        // Ids ascend in the order baskets were opened: the engine's list order.
        let baskets = try connection.prepare("SELECT value FROM baskets ORDER BY id").bind([])
        while try baskets.step() {
            guard let value = baskets.blob(0) else { continue }
            snapshot.baskets.append(try decoder.decode(BasketRecord.self, from: value))
        }
        saved = SavedState(engine: data, customers: snapshot.customers,
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
