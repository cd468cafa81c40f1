import Foundation
import MintedAPI
import MintedTesting
import Testing
@testable import WalletCore

/// The fault panel: values stepped and sent to the control API at once, scenarios run, and only on the sandbox.
struct FaultPanelReducerTests {
    static func opened() -> AppState {
        var state = Samples.liveState()
        _ = AppReducer.reduce(into: &state, action: .faults(.opened))
        _ = AppReducer.reduce(into: &state, action: .faults(.loaded(.success(FaultPlan()))))
        return state
    }

    @Test func fOpensThePanelAndReadsThePlanOnTheSandboxOnly() {
        var state = Samples.liveState()
        #expect(AppReducer.reduce(into: &state, action: .faults(.opened)) == .call(.sandboxFaults, generation: 0))
        #expect(state.inputMode == .faults)
        var staging = Samples.liveState()
        staging.connection = .staging
        #expect(AppReducer.reduce(into: &staging, action: .faults(.opened)) == .none)
        #expect(staging.modal == nil)
        #expect(staging.notice?.text.contains("need the built-in sandbox") == true)
    }

    @Test func stepsAreSentOneAtATimeAndTheLastStepSticks() {
        var state = Self.opened()
        #expect(AppReducer.reduce(into: &state, action: .faults(.adjusted(by: 1)))
            == .call(.setSandboxFaults(FaultPlan(latencyMs: 100)), generation: 0))
        #expect(AppReducer.reduce(into: &state, action: .faults(.adjusted(by: 1))) == .none, "queued behind the plan on its way")
        #expect(state.faults?.latencyMs == 250, "shown at once, before the answer")
        _ = AppReducer.reduce(into: &state, action: .faults(.adjusted(by: -3)))
        #expect(state.faults?.latencyMs == 8_000, "wraps round")
        _ = AppReducer.reduce(into: &state, action: .faults(.loaded(.success(FaultPlan()))))
        #expect(state.faults?.latencyMs == 8_000, "a read that left before the steps does not undo them")
        let next = AppReducer.reduce(into: &state, action: .faults(.set(.success(FaultPlan(latencyMs: 100)))))
        #expect(next == .call(.setSandboxFaults(FaultPlan(latencyMs: 8_000)), generation: 0), "only the newest queued plan is sent")
        #expect(state.faults?.latencyMs == 8_000)
        _ = AppReducer.reduce(into: &state, action: .faults(.set(.success(FaultPlan(latencyMs: 8_000)))))
        _ = AppReducer.reduce(into: &state, action: .selectionMoved(by: 2))
        #expect(state.faultPanel.selection == .errorRate)
        #expect(AppReducer.reduce(into: &state, action: .faults(.adjusted(by: 2))) == .call(.setSandboxFaults(FaultPlan(latencyMs: 8_000, errorRate: 0.25)), generation: 0))
        _ = AppReducer.reduce(into: &state, action: .faults(.set(.success(FaultPlan(errorRate: 0.25)))))
        #expect(state.faults == FaultPlan(errorRate: 0.25), "the sandbox's answer is what shows")
        #expect(state.faults?.activeFaults == ["5xx 25 %"])
        #expect(state.requestsInFlight == 0, "every call sent was answered")
    }

    @Test func aForcedStatusFollowsTheChosenRoute() {
        var state = Self.opened()
        _ = AppReducer.reduce(into: &state, action: .selectionMoved(by: FaultPanel.Row.forcedStatus.rawValue))
        _ = AppReducer.reduce(into: &state, action: .faults(.adjusted(by: 1)))
        let completeBuy = FaultPlan.ForcedStatus(method: "POST", path: "/partner/walletable/complete/buy", status: 500)
        #expect(state.faults?.forced == [completeBuy])
        _ = AppReducer.reduce(into: &state, action: .faults(.set(.success(state.faults!))))
        _ = AppReducer.reduce(into: &state, action: .selectionMoved(by: 1))
        let effect = AppReducer.reduce(into: &state, action: .faults(.adjusted(by: 1)))
        let completeSell = FaultPlan.ForcedStatus(method: "POST", path: "/partner/walletable/complete/sell", status: 500)
        #expect(effect == .call(.setSandboxFaults(FaultPlan(forced: [completeSell])), generation: 0))
        #expect(state.faults?.activeFaults == ["500 on complete sell"])
        _ = AppReducer.reduce(into: &state, action: .faults(.set(.success(state.faults!))))
        #expect(AppReducer.reduce(into: &state, action: .faults(.cleared)) == .call(.setSandboxFaults(FaultPlan()), generation: 0))
        #expect(state.faults?.isEmpty == true)
    }

    @Test func expireLockRunsOnTheOpenBasketAndRepricesIt() {
        var state = Self.opened()
        state.faultPanel.selection = .expireLock
        let token = state.checkout.basket!.token
        #expect(AppReducer.reduce(into: &state, action: .modalConfirmed) == .call(.expireLock(cartToken: token), generation: 0))
        let reload = AppReducer.reduce(into: &state, action: .faults(.lockExpiryForced(nil)))
        #expect(reload == .call(.updateItem(customer: Samples.customerId, cartToken: "SKTHzfR4HnKXmcM4XeHfFRUPq6n3jJGL", sku: "MNTBAE0001", qty: 3), generation: 0))
        #expect(state.checkout.repricing)
        state.checkout.basket = nil
        _ = AppReducer.reduce(into: &state, action: .modalConfirmed)
        #expect(state.notice?.text.contains("no price lock to expire") == true)
    }

    @Test func aSpikeMovesTheChartedMarketThenRatesReload() {
        var state = Self.opened()
        state.faultPanel.selection = .spikeDown
        #expect(AppReducer.reduce(into: &state, action: .modalConfirmed)
            == .call(.spike(currencyId: Samples.goldRate.itemCurrencyId, percent: -10), generation: 0))
        #expect(AppReducer.reduce(into: &state, action: .faults(.spiked(.success(Samples.goldRate)))) == .call(.currencyRates, generation: 0))
    }

    @Test func readOnlyRefusesEveryChange() {
        var state = Self.opened()
        state.readOnly = true
        for action: AppAction in [.faults(.adjusted(by: 1)), .faults(.cleared), .faults(.lockExpiryRequested), .faults(.spikeRequested(percent: 10))] {
            #expect(AppReducer.reduce(into: &state, action: action) == .none)
        }
        #expect(state.faults == FaultPlan())
    }

    @Test func demoCaptionsNameEachStep() {
        var state = Samples.liveState()
        state.demo = true
        _ = AppReducer.reduce(into: &state, action: .basket(.addRequested))
        #expect(state.caption == Caption(step: 1, text: "Choosing how many Minted 1 g 999.9 Gold Bar to put in the buy basket"))
        for character in "2" { _ = AppReducer.reduce(into: &state, action: .characterTyped(character)) }
        _ = AppReducer.reduce(into: &state, action: .modalConfirmed)
        #expect(state.caption?.step == 2)
        #expect(state.caption?.text.hasPrefix("Adding ") == true)
        _ = AppReducer.reduce(into: &state, action: .basket(.loaded(generation: state.checkout.generation, .failure(.server(status: 503, message: "down")))))
        #expect(state.caption?.text.hasPrefix("The API answered with an error") == true)
        #expect(state.masksPersonalData)
        var plain = Samples.liveState()
        _ = AppReducer.reduce(into: &plain, action: .basket(.addRequested))
        #expect(plain.caption == nil)
        #expect(!plain.masksPersonalData)
    }
}

extension FaultPanelReducerTests {
    @Test func aRefusedPlanIsReplacedByWhatTheSandboxReallyHas() {
        var state = Self.opened()
        _ = AppReducer.reduce(into: &state, action: .faults(.adjusted(by: 1)))
        let reread = AppReducer.reduce(into: &state, action: .faults(.set(.failure(.validation(message: "bad", fields: ["latencyMs": ["too high"]])))))
        #expect(reread == .call(.sandboxFaults, generation: 0))
        #expect(state.notice?.kind == .error)
        _ = AppReducer.reduce(into: &state, action: .faults(.loaded(.success(FaultPlan()))))
        #expect(state.faults == FaultPlan())
    }
}

extension FaultPanelReducerTests {
    @Test func nothingIsSentBeforeThePlanIsRead() {
        var state = Samples.liveState()
        _ = AppReducer.reduce(into: &state, action: .faults(.opened))
        #expect(AppReducer.reduce(into: &state, action: .faults(.adjusted(by: 1))) == .none)
        #expect(state.faults == nil)
        #expect(state.notice?.text.contains("reading the sandbox's faults first") == true)
    }

    @Test func inDemoModeTheConfirmationNeedsRoomForTheCaptionToo() {
        var state = Samples.liveState()
        let rows = ConfirmationSheet.height(for: state.checkout.basket!, type: .buy)
        state.viewport = Viewport(columns: 120, rows: rows + 2)
        _ = AppReducer.reduce(into: &state, action: .basket(.completionRequested))
        #expect(state.modal == .confirmation)
        state.modal = nil
        state.demo = true
        _ = AppReducer.reduce(into: &state, action: .basket(.completionRequested))
        #expect(state.modal == nil, "the caption takes the row the sheet needed")
        #expect(state.notice?.text.contains("terminal too small for the confirmation") == true)
    }
}
