import Foundation
import MintedAPI
import MintedTesting
import Testing
@testable import WalletCore

/// The fault panel alone: its reducer over its own state, each step compared whole.
struct FaultsFeatureTests {
    static let context = FeatureContext(Samples.liveState(), sheet: .faults)

    static func expect(_ panel: inout FaultPanel, _ action: FaultsAction, context: FeatureContext = context,
                       step: FaultsFeature.Step = FaultsFeature.Step(), _ update: (inout FaultPanel) -> Void = { _ in },
                       sourceLocation: SourceLocation = #_sourceLocation) {
        expectFeature(&panel, step: step, update, sourceLocation: sourceLocation) {
            FaultsFeature.reduce(into: &$0, action: action, context: context)
        }
    }

    @Test func opensOnTheSandboxOnly() {
        var panel = FaultPanel()
        var staging = Self.context
        staging.connection = .staging
        Self.expect(&panel, .opened, context: staging,
                    step: FaultsFeature.Step(notice: Notice(.info, "faults and scenarios need the built-in sandbox (this is STAGING)")))
        Self.expect(&panel, .opened, step: FaultsFeature.Step(effect: .call(.sandboxFaults, generation: 0), sheetOpen: true))
    }

    @Test func stepsGoOneAtATimeTheLastQueuedAndTheAnswerIsWhatShows() {
        var panel = FaultPanel()
        Self.expect(&panel, .adjusted(by: 1), step: FaultsFeature.Step(notice: Notice(.info, "reading the sandbox's faults first — try again in a moment")))
        Self.expect(&panel, .loaded(.success(FaultPlan()))) { $0.plan = FaultPlan() }
        Self.expect(&panel, .adjusted(by: 1), step: FaultsFeature.Step(effect: .call(.setSandboxFaults(FaultPlan(latencyMs: 100)), generation: 0))) {
            $0.plan = FaultPlan(latencyMs: 100)
            $0.isWriting = true
        }
        Self.expect(&panel, .adjusted(by: 1)) {
            $0.plan = FaultPlan(latencyMs: 250)
            $0.queued = FaultPlan(latencyMs: 250)
        }
        Self.expect(&panel, .loaded(.success(FaultPlan())))  // an older read changes nothing while the person's plan is out
        Self.expect(&panel, .set(.success(FaultPlan(latencyMs: 100))),
                    step: FaultsFeature.Step(effect: .call(.setSandboxFaults(FaultPlan(latencyMs: 250)), generation: 0))) {
            $0.queued = nil
        }
        Self.expect(&panel, .set(.success(FaultPlan(latencyMs: 250)))) { $0.isWriting = false }
    }

    @Test func anEndedLockAsksTheAppToReprice() {
        var panel = FaultPanel()
        Self.expect(&panel, .lockExpiryRequested, step: FaultsFeature.Step(effect: .call(.expireLock(cartToken: "SKTHzfR4HnKXmcM4XeHfFRUPq6n3jJGL"), generation: 0)))
        Self.expect(&panel, .lockExpiryForced(nil),
                    step: FaultsFeature.Step(notice: Notice(.info, "the sandbox ended the price lock: re-pricing the basket"), repriceBasket: true))
    }
}
