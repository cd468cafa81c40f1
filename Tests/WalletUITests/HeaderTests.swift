import Foundation
import MintedAPI
import MintedTesting
import TerminalKit
import Testing
import WalletCore
import WalletUI

/// The header's liveness parts: what shows, and what does not flicker.
struct HeaderTests {
    static func header(_ state: AppState) -> String {
        MainScreen.render(state, size: Size(width: 200, height: 40), context: RenderContext()).row(0)
    }

    @Test func requestsInFlightShowOnlyOnceTheyTakeOverASecond() {
        let store = TestStore(state: Samples.liveState())
        let t0 = store.state.now
        store.send(.market(.ratePollDue)) {
            $0.requestsInFlight = 2  // the rates and, on the built-in sandbox, its fault plan
            $0.busySince = t0
        }
        store.respond(to: .sandboxFaultsPolled, with: .faults(.polled(.success(FaultPlan()))))
        store.receive(.faults(.polled(.success(FaultPlan())))) {
            $0.requestsInFlight = 1
            $0.faults = FaultPlan()
        }
        #expect(!Self.header(store.state).contains("req in flight"), "a fresh poll does not flash the count")
        store.send(.ticked(t0.addingTimeInterval(1))) { $0.now = t0.addingTimeInterval(1) }
        #expect(!Self.header(store.state).contains("req in flight"))
        store.send(.ticked(t0.addingTimeInterval(2))) { $0.now = t0.addingTimeInterval(2) }
        #expect(Self.header(store.state).contains("1 req in flight"), "a slow request shows")
        // The answer brings the chart's history (a minute old): one call ends, another starts, the busy clock restarts.
        store.respond(to: .currencyRates, with: .market(.ratesLoaded(.success([Samples.goldRate]))))
        store.receive(.market(.ratesLoaded(.success([Samples.goldRate])))) {
            $0.busySince = t0.addingTimeInterval(2)
            $0.market.ratesUpdatedAt = t0.addingTimeInterval(2)
            $0.market.historyRequestedAt = t0.addingTimeInterval(2)
        }
        #expect(!Self.header(store.state).contains("1 req in flight"))
    }

    @Test func activeFaultsAreListedInTheHeader() {
        var state = Samples.liveState()
        state.faults = FaultPlan(latencyMs: 500, dropRate: 0.1)
        #expect(Self.header(state).contains("FAULTS: latency 500 ms · drops 10 %"))
        state.faults = FaultPlan()
        #expect(!Self.header(state).contains("FAULTS"))
    }

    /// Faults set from outside (curl to the control API) reach the header within one rate poll, and leave it the same way.
    @Test func faultsSetFromOutsideShowWithinOnePoll() {
        let store = TestStore(state: Samples.liveState())
        let t0 = store.state.now
        store.send(.market(.ratePollDue)) {
            $0.requestsInFlight = 2
            $0.busySince = t0
        }
        #expect(store.pending.map(\.call) == [.currencyRates, .sandboxFaultsPolled])
        let outside = FaultPlan(latencyMs: 800, errorRate: 0.25)
        store.respond(to: .sandboxFaultsPolled, with: .faults(.polled(.success(outside))))
        store.receive(.faults(.polled(.success(outside)))) {
            $0.requestsInFlight = 1
            $0.faults = outside
        }
        #expect(Self.header(store.state).contains("FAULTS: latency 800 ms · 5xx 25 %"))
        // A failed read is a background message: it never hides what the person did, and the plan shown stays.
        store.respond(to: .currencyRates, with: .market(.ratesLoaded(.success([Samples.goldRate]))))
        store.receive(.market(.ratesLoaded(.success([Samples.goldRate])))) {
            $0.market.ratesUpdatedAt = t0
            $0.market.historyRequestedAt = t0
        }
        store.send(.faults(.polled(.failure(.timeout)))) {
            $0.notice = .failure("faults", .timeout).background
        }
        #expect(Self.header(store.state).contains("FAULTS"))
    }

    /// Off the built-in sandbox there is no control API: the poll reads the rates only.
    @Test func theFaultPlanIsPolledOnlyOnTheSandbox() {
        var state = Samples.liveState()
        state.connection = .staging
        let store = TestStore(state: state)
        store.send(.market(.ratePollDue)) {
            $0.requestsInFlight = 1
            $0.busySince = state.now
        }
        #expect(store.pending.map(\.call) == [.currencyRates])
    }
}
