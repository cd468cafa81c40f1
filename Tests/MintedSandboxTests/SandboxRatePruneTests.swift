import Foundation
import MintedAPI
@testable import MintedSandbox
import Testing

/// Live rate minutes are pruned to the newest month (`Market.liveMinutesKept`): the day, week and month views keep
/// their recorded minutes, the year view's older part comes from the re-anchored generated series, and a restart
/// answers what the pruned sandbox did.
@Suite struct SandboxRatePruneTests {
    @Test func liveMinutesBeyondAMonthArePrunedFromMemoryAndFile() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("minted-prune-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = SandboxStateFile(url: folder.appendingPathComponent("sandbox.sqlite"))
        let configuration = SandboxConfiguration(volatility: 0.001, rateStep: 60)
        let clock = ManualClock()
        let server = try SandboxServer(configuration: configuration, clock: clock.reading, stateFile: file)
        let customer = SandboxFixtures.customer
        let write: @Sendable (inout SandboxEngine, Date) throws -> Int = { engine, now in
            _ = try engine.addItem(customer: customer, sku: "MNTBAE0001", qty: 1, type: .buy, cartToken: nil, now: now)
            return 0
        }
        let views: @Sendable (inout SandboxEngine, Date) throws -> [[RatePoint]] = { engine, now in
            try RatePeriod.allCases.map { try engine.rateHistory(currencyId: 1_000_013, period: $0, now: now) }
        }
        let stored: @Sendable (inout SandboxEngine, Date) throws -> [Int] = { engine, _ in
            try engine.markets.map { market in
                try engine.database.connection.integer("SELECT COUNT(*) FROM rate_minutes WHERE market = ?", [.integer(Int64(market.id))]) ?? 0
            } + engine.markets.map { $0.history.count - Market.pastMinutes }
        }
        for _ in 0..<30 {
            clock.advance(by: 86_400)
            _ = try await server.perform(write)
        }
        clock.advance(by: 2.5 * 86_400)
        // Read first (a read prunes nothing), then write: the write prunes.
        let before = try await server.perform(views)
        #expect(try await server.perform(stored).suffix(2).allSatisfy { $0 > Market.liveMinutesKept + Market.pruneSlack })
        _ = try await server.perform(write)
        #expect(try await server.perform(stored) == Array(repeating: Market.liveMinutesKept, count: 4))
        let after = try await server.perform(views)
        #expect(after[0] == before[0] && after[1] == before[1] && after[2] == before[2])
        #expect(after[3].count == before[3].count && after[3].suffix(30) == before[3].suffix(30))
        #expect(after[3] != before[3])

        let again = try SandboxServer(configuration: configuration, clock: clock.reading, stateFile: file)
        #expect(try await again.perform(views) == after)
        #expect(try await again.perform(stored) == Array(repeating: Market.liveMinutesKept, count: 4))
    }

    @Test func anInMemorySandboxPrunesToo() throws {
        var engine = SandboxEngine(configuration: SandboxConfiguration(volatility: 0.001, rateStep: 3_600), now: SandboxFixtures.start)
        _ = engine.currencyRates(now: SandboxFixtures.start + 32 * 86_400)
        let minute = engine.markets[0].historyStartMinute + engine.markets[0].history.count - 1
        let rate = engine.markets[0].history.last
        let pruned = engine.pruneLiveMinutes()
        #expect(pruned)
        #expect(engine.markets.allSatisfy { $0.history.count - Market.pastMinutes == Market.liveMinutesKept })
        #expect(engine.markets[0].historyStartMinute + engine.markets[0].history.count - 1 == minute)
        #expect(engine.markets[0].history.last == rate)
        let again = engine.pruneLiveMinutes()
        #expect(!again)
    }
}
