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
        var state = Samples.liveState()
        state.requestsInFlight = 0
        _ = AppReducer.reduce(into: &state, action: .ratePollDue)
        #expect(state.busySince == state.now)
        #expect(!Self.header(state).contains("req in flight"), "a fresh poll does not flash the count")
        _ = AppReducer.reduce(into: &state, action: .ticked(state.now.addingTimeInterval(1)))
        #expect(!Self.header(state).contains("req in flight"))
        _ = AppReducer.reduce(into: &state, action: .ticked(state.now.addingTimeInterval(1)))
        #expect(Self.header(state).contains("1 req in flight"), "a slow request shows")
        _ = AppReducer.reduce(into: &state, action: .ratesLoaded(.success([Samples.goldRate])))
        #expect(state.busySince == nil || state.requestsInFlight > 0)
        #expect(!Self.header(state).contains("1 req in flight"))
    }

    @Test func activeFaultsAreListedInTheHeader() {
        var state = Samples.liveState()
        state.faults = FaultPlan(latencyMs: 500, dropRate: 0.1)
        #expect(Self.header(state).contains("FAULTS: latency 500 ms · drops 10 %"))
        state.faults = FaultPlan()
        #expect(!Self.header(state).contains("FAULTS"))
    }
}
