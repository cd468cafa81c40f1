import Foundation
import MintedAPI
import MintedTesting
import Testing
@testable import WalletCore

/// The fault panel: values stepped and sent to the control API at once, scenarios run, and only on the sandbox. Every
/// step goes through the exhaustive `TestStore`: its whole state change, the calls it sends and their answers.
struct FaultPanelReducerTests {
    /// The panel open over a live session, the sandbox's (empty) plan read; `configure` runs on the state first.
    static func opened(_ configure: (inout AppState) -> Void = { _ in }) -> TestStore {
        var state = Samples.liveState()
        configure(&state)
        let store = TestStore(state: state)
        store.send(.faults(.opened)) {
            $0.modal = .faults
            $0.requestsInFlight = 1
            $0.busySince = $0.now
        }
        store.respond(to: .sandboxFaults, with: .faults(.loaded(.success(FaultPlan()))))
        store.receive(.faults(.loaded(.success(FaultPlan())))) {
            $0.faults = FaultPlan()
            $0.requestsInFlight = 0
            $0.busySince = nil
        }
        return store
    }

    /// `plan` sent to the sandbox as the only call in flight.
    static func sending(_ plan: FaultPlan) -> (inout AppState) -> Void {
        { state in
            state.faults = plan
            state.faultPanel.isWriting = true
            state.requestsInFlight = 1
            state.busySince = state.now
        }
    }

    /// The sandbox answered `plan` to the only call in flight, with nothing queued behind it.
    static func answered(_ plan: FaultPlan) -> (inout AppState) -> Void {
        { state in
            state.faults = plan
            state.faultPanel.isWriting = false
            state.requestsInFlight = 0
            state.busySince = nil
        }
    }

    @Test func fOpensThePanelAndReadsThePlanOnTheSandboxOnly() {
        let store = Self.opened()
        #expect(store.state.inputMode == .faults)
        store.finish()
        var state = Samples.liveState()
        state.connection = .staging
        let staging = TestStore(state: state)
        staging.send(.faults(.opened)) {
            $0.notice = Notice(.info, "faults and scenarios need the built-in sandbox (this is \(ConnectionKind.staging.label))")
        }
        #expect(staging.pending.isEmpty && staging.state.modal == nil)
        staging.finish()
    }

    @Test func stepsAreSentOneAtATimeAndTheLastStepSticks() {
        let store = Self.opened()
        store.send(.faults(.adjusted(by: 1)), Self.sending(FaultPlan(latencyMs: 100)))
        store.send(.faults(.adjusted(by: 1))) {
            $0.faults = FaultPlan(latencyMs: 250)
            $0.faultPanel.queued = FaultPlan(latencyMs: 250)
        }
        #expect(store.pending.map(\.call) == [.setSandboxFaults(FaultPlan(latencyMs: 100))], "queued behind the plan on its way")
        store.send(.faults(.adjusted(by: -3))) {
            $0.faults = FaultPlan(latencyMs: 8_000)
            $0.faultPanel.queued = FaultPlan(latencyMs: 8_000)
        }
        // A read that left before the steps does not undo them.
        store.send(.faults(.loaded(.success(FaultPlan()))))
        store.respond(to: .setSandboxFaults(FaultPlan(latencyMs: 100)), with: .faults(.set(.success(FaultPlan(latencyMs: 100)))))
        // Only the newest queued plan is sent, and what shows stays the person's.
        store.receive(.faults(.set(.success(FaultPlan(latencyMs: 100))))) { $0.faultPanel.queued = nil }
        store.respond(to: .setSandboxFaults(FaultPlan(latencyMs: 8_000)), with: .faults(.set(.success(FaultPlan(latencyMs: 8_000)))))
        store.receive(.faults(.set(.success(FaultPlan(latencyMs: 8_000)))), Self.answered(FaultPlan(latencyMs: 8_000)))
        store.send(.selectionMoved(by: 2)) { $0.faultPanel.selection = .errorRate }
        store.send(.faults(.adjusted(by: 2)), Self.sending(FaultPlan(latencyMs: 8_000, errorRate: 0.25)))
        // The sandbox's answer is what shows.
        store.respond(to: .setSandboxFaults(FaultPlan(latencyMs: 8_000, errorRate: 0.25)), with: .faults(.set(.success(FaultPlan(errorRate: 0.25)))))
        store.receive(.faults(.set(.success(FaultPlan(errorRate: 0.25)))), Self.answered(FaultPlan(errorRate: 0.25)))
        #expect(store.state.faults?.activeFaults == ["5xx 25 %"])
        store.finish()
    }

    @Test func aForcedStatusFollowsTheChosenRoute() {
        let store = Self.opened()
        store.send(.selectionMoved(by: FaultPanel.Row.forcedStatus.rawValue)) { $0.faultPanel.selection = .forcedStatus }
        let completeBuy = FaultPlan.ForcedStatus(method: "POST", path: "/partner/walletable/complete/buy", status: 500)
        store.send(.faults(.adjusted(by: 1)), Self.sending(FaultPlan(forced: [completeBuy])))
        store.respond(to: .setSandboxFaults(FaultPlan(forced: [completeBuy])), with: .faults(.set(.success(FaultPlan(forced: [completeBuy])))))
        store.receive(.faults(.set(.success(FaultPlan(forced: [completeBuy])))), Self.answered(FaultPlan(forced: [completeBuy])))
        store.send(.selectionMoved(by: 1)) { $0.faultPanel.selection = .forcedRoute }
        let completeSell = FaultPlan.ForcedStatus(method: "POST", path: "/partner/walletable/complete/sell", status: 500)
        store.send(.faults(.adjusted(by: 1))) {
            $0.faultPanel.routeIndex = 1
            Self.sending(FaultPlan(forced: [completeSell]))(&$0)
        }
        #expect(store.state.faults?.activeFaults == ["500 on complete sell"])
        store.respond(to: .setSandboxFaults(FaultPlan(forced: [completeSell])), with: .faults(.set(.success(FaultPlan(forced: [completeSell])))))
        store.receive(.faults(.set(.success(FaultPlan(forced: [completeSell])))), Self.answered(FaultPlan(forced: [completeSell])))
        store.send(.faults(.cleared), Self.sending(FaultPlan()))
        store.respond(to: .setSandboxFaults(FaultPlan()), with: .faults(.set(.success(FaultPlan()))))
        store.receive(.faults(.set(.success(FaultPlan()))), Self.answered(FaultPlan()))
        #expect(store.state.faults?.isEmpty == true)
        store.finish()
    }

    @Test func expireLockRunsOnTheOpenBasketAndRepricesIt() {
        let store = Self.opened { $0.faultPanel.selection = .expireLock }
        let token = store.state.checkout.basket!.token
        store.send(.modalConfirmed) {
            $0.requestsInFlight = 1
            $0.busySince = $0.now
        }
        store.respond(to: .expireLock(cartToken: token), with: .faults(.lockExpiryForced(nil)))
        store.receive(.faults(.lockExpiryForced(nil))) {
            $0.notice = Notice(.info, "the sandbox ended the price lock: re-pricing the basket")
            $0.checkout.repricing = true
            $0.checkout.repriceAttemptedAt = $0.now
            $0.checkout.requestsInFlight = 1
        }
        let reprice = APICall.updateItem(customer: Samples.customerId, cartToken: "SKTHzfR4HnKXmcM4XeHfFRUPq6n3jJGL", sku: "MNTBAE0001", qty: 3)
        #expect(store.pending.map(\.call) == [reprice])
        // The host answers that the basket is gone: with no lock left, the scenario says so.
        store.respond(to: reprice, with: .basket(.loaded(generation: 0, .success(nil))))
        store.receive(.basket(.loaded(generation: 0, .success(nil)))) {
            $0.checkout.basket = nil
            $0.checkout.repricing = false
            $0.checkout.requestsInFlight = 0
            $0.requestsInFlight = 0
            $0.busySince = nil
        }
        store.send(.modalConfirmed) { $0.notice = Notice(.info, "no price lock to expire: add a product to the buy basket first") }
        store.finish()
    }

    @Test func aSpikeMovesTheChartedMarketThenRatesReload() {
        let store = Self.opened { $0.faultPanel.selection = .spikeDown }
        store.send(.modalConfirmed) {
            $0.requestsInFlight = 1
            $0.busySince = $0.now
        }
        let rate = Samples.goldRate
        store.respond(to: .spike(currencyId: rate.itemCurrencyId, percent: -10), with: .faults(.spiked(.success(rate))))
        store.receive(.faults(.spiked(.success(rate)))) {
            $0.notice = Notice(.info, "\(rate.itemCurrencyName) moved to \(rate.buy) \(rate.currencyCode) — the basket re-prices when its lock ends")
        }
        #expect(store.pending.map(\.call) == [.currencyRates], "rates reload at once")
        store.respond(to: .currencyRates, with: .market(.ratesLoaded(.failure(.cancelled))))
        store.receive(.market(.ratesLoaded(.failure(.cancelled)))) {
            $0.notice = .failure("rates", .cancelled).background
            $0.market.ratePolling.failures = 1
            $0.requestsInFlight = 0
            $0.busySince = nil
        }
        store.finish()
    }

    @Test func readOnlyRefusesEveryChange() {
        let store = Self.opened { $0.readOnly = true }
        for action: AppAction in [.faults(.adjusted(by: 1)), .faults(.cleared), .faults(.lockExpiryRequested), .faults(.spikeRequested(percent: 10))] {
            store.send(action) { $0.notice = AppReducer.readOnlyNotice }
        }
        #expect(store.state.faults == FaultPlan())
        store.finish()
    }

    @Test func demoCaptionsNameEachStepAndWaitTheirTurn() {
        var state = Samples.liveState()
        state.demo = true
        let store = TestStore(state: state)
        let start = state.now
        var entry = QuantityEntry(sku: Samples.goldBar.sku, productName: Samples.goldBar.name)
        store.send(.basket(.addRequested)) {
            $0.modal = .quantity(entry)
            $0.captions.post("Choosing how many Minted 1 g 999.9 Gold Bar to put in the buy basket", at: start)
        }
        #expect(store.state.caption == Caption(step: 1, text: "Choosing how many Minted 1 g 999.9 Gold Bar to put in the buy basket"))
        entry.type("2")
        store.send(.characterTyped("2")) { $0.modal = .quantity(entry) }
        // Typed at once: the first caption has not had its time, so the next waits rather than replacing it.
        store.send(.modalConfirmed) {
            $0.modal = nil
            $0.captions.post("Adding 2 × Minted 1 g 999.9 Gold Bar to the buy basket", at: start)
            $0.requestsInFlight = 1
            $0.checkout.requestsInFlight = 1
            $0.busySince = $0.now
        }
        #expect(store.state.caption?.step == 1 && store.state.captions.waiting.map(\.step) == [2])
        let add = APICall.addItem(customer: Samples.customerId, sku: Samples.goldBar.sku, qty: 2, type: .buy, cartToken: state.checkout.basket?.token)
        let down = APIError.server(status: 503, message: "down")
        store.respond(to: add, with: .basket(.loaded(generation: 0, .failure(down))))
        store.receive(.basket(.loaded(generation: 0, .failure(down)))) {
            $0.notice = .failure("basket", down)
            $0.captions.post("The API answered with an error: the footer says what, the inspector (i) shows the exchange", at: start)
            $0.requestsInFlight = 0
            $0.checkout.requestsInFlight = 0
            $0.busySince = nil
        }
        // Each waits its turn, in order; none is skipped.
        let hold = CaptionQueue.holdSeconds(for: Caption(step: 1, text: "Choosing how many Minted 1 g 999.9 Gold Bar to put in the buy basket"))
        store.send(.ticked(start.addingTimeInterval(1))) { $0.now = start.addingTimeInterval(1) }
        #expect(store.state.caption?.step == 1)
        let second = start.addingTimeInterval(hold)
        store.send(.ticked(second)) {
            $0.now = second
            $0.captions.advance(at: second)
        }
        #expect(store.state.caption?.text == "Adding 2 × Minted 1 g 999.9 Gold Bar to the buy basket")
        let third = second.addingTimeInterval(8)
        store.send(.ticked(third)) {
            $0.now = third
            $0.captions.advance(at: third)
        }
        #expect(store.state.caption?.step == 3 && store.state.captions.waiting.isEmpty)
        #expect(store.state.masksPersonalData)
        store.finish()

        let plain = TestStore(state: Samples.liveState())
        plain.send(.basket(.addRequested)) { $0.modal = .quantity(QuantityEntry(sku: Samples.goldBar.sku, productName: Samples.goldBar.name)) }
        #expect(plain.state.caption == nil && !plain.state.masksPersonalData)
        plain.finish()
    }
}

extension FaultPanelReducerTests {
    @Test func aRefusedPlanIsReplacedByWhatTheSandboxReallyHas() {
        let store = Self.opened()
        store.send(.faults(.adjusted(by: 1)), Self.sending(FaultPlan(latencyMs: 100)))
        let refusal = APIError.validation(message: "bad", fields: ["latencyMs": ["too high"]])
        store.respond(to: .setSandboxFaults(FaultPlan(latencyMs: 100)), with: .faults(.set(.failure(refusal))))
        store.receive(.faults(.set(.failure(refusal)))) {
            $0.faultPanel.isWriting = false
            $0.notice = .failure("faults", refusal)
        }
        #expect(store.pending.map(\.call) == [.sandboxFaults], "what shows was never confirmed: read it again")
        store.respond(to: .sandboxFaults, with: .faults(.loaded(.success(FaultPlan()))))
        store.receive(.faults(.loaded(.success(FaultPlan())))) {
            $0.faults = FaultPlan()
            $0.requestsInFlight = 0
            $0.busySince = nil
        }
        store.finish()
    }
}

extension FaultPanelReducerTests {
    @Test func nothingIsSentBeforeThePlanIsRead() {
        let store = TestStore(state: Samples.liveState())
        store.send(.faults(.opened)) {
            $0.modal = .faults
            $0.requestsInFlight = 1
            $0.busySince = $0.now
        }
        store.send(.faults(.adjusted(by: 1))) { $0.notice = Notice(.info, "reading the sandbox's faults first — try again in a moment") }
        #expect(store.state.faults == nil && store.pending.map(\.call) == [.sandboxFaults])
        store.respond(to: .sandboxFaults, with: .faults(.loaded(.failure(.cancelled))))
        store.receive(.faults(.loaded(.failure(.cancelled)))) {
            $0.notice = .failure("faults", .cancelled)
            $0.requestsInFlight = 0
            $0.busySince = nil
        }
        store.finish()
    }

    @Test func inDemoModeTheConfirmationNeedsRoomForTheCaptionToo() {
        var state = Samples.liveState()
        state.checkout.lockLength = 240
        let rows = ConfirmationSheet.height(for: state.checkout.basket!, type: .buy)
        state.viewport = Viewport(columns: 120, rows: rows + 2)
        let plain = TestStore(state: state)
        plain.openConfirmation()
        plain.finish()
        state.demo = true
        let demo = TestStore(state: state)
        // The caption takes the row the sheet needed.
        demo.send(.basket(.completionRequested)) {
            $0.notice = Notice(.error, "complete refused: terminal too small for the confirmation: need \(ConfirmationSheet.width)×\(rows + 3)")
        }
        demo.finish()
    }
}

/// What a `--demo` caption says a basket answer changed.
struct DemoCaptionWordingTests {
    @Test func aBasketAnswerSaysTheQuantityAddedNotTheLineCount() {
        let bar = Samples.basket(lockedUntil: Date(timeIntervalSince1970: 0), quantity: 1).items[0]
        var more = bar
        more.amount = bar.amount + 2
        #expect(DemoCaption.changed(from: [], to: [bar]) == "Added \(bar.amount) × \(bar.productName)")
        #expect(DemoCaption.changed(from: [bar], to: [more]) == "Added 2 × \(bar.productName) (now \(bar.amount + 2))")
        #expect(DemoCaption.changed(from: [more], to: [bar]) == "\(bar.productName) \(bar.amount + 2) → \(bar.amount)")
        #expect(DemoCaption.changed(from: [bar], to: []) == "Removed \(bar.productName)")
        #expect(DemoCaption.changed(from: [bar], to: [bar]) == nil)
    }

    @Test func aLongCaptionStaysLongerButNeverPastEightSeconds() {
        #expect(CaptionQueue.holdSeconds(for: Caption(step: 1, text: "Short")) == 3)
        let long = Caption(step: 1, text: Array(repeating: "word", count: 200).joined(separator: " "))
        #expect(CaptionQueue.holdSeconds(for: long) == 8)
    }
}

/// How the rate chart says its points were sampled.
struct RateSamplingTests {
    func summary(every seconds: Int, count: Int = 10) -> RateHistorySummary? {
        RateHistorySummary((0..<count).map { index in
            RatePoint(date: Timestamp.offsetString(Date(timeIntervalSince1970: 1_700_000_000 + Double(index * seconds))), buy: 1, sell: 1)
        })
    }

    @Test func theSpacingReadsInWords() {
        #expect(summary(every: 15)?.sampling == "every 15 s")
        #expect(summary(every: 60)?.sampling == "every minute")
        #expect(summary(every: 300)?.sampling == "every 5 min")
        #expect(summary(every: 3_600)?.sampling == "hourly")
        #expect(summary(every: 86_400)?.sampling == "daily")
        #expect(summary(every: 7 * 86_400)?.sampling == "every 7 days")
        #expect(summary(every: 60, count: 1)?.sampling == nil)
    }
}
