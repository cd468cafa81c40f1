import Foundation
import MintedAPI
import MintedTesting
import Testing
@testable import WalletCore

/// The inspector alone: its reducer over its own state, each step compared whole.
struct InspectorFeatureTests {
    static let context = FeatureContext(Samples.liveState(), sheet: .inspector)

    static func filled() -> Inspector {
        var inspector = Inspector()
        for id in 1...3 {
            var exchange = InspectorReducerTests.exchange("/products", status: id == 3 ? 422 : 200)
            exchange.id = id
            _ = InspectorFeature.reduce(into: &inspector, action: .exchangeRecorded(exchange), context: context)
        }
        return inspector
    }

    /// Reduces `action` and checks the whole inspector after it and the step it asks of the app.
    static func expect(_ inspector: inout Inspector, _ action: InspectorAction, context: FeatureContext = context,
                       step: InspectorFeature.Step = InspectorFeature.Step(), _ update: (inout Inspector) -> Void = { _ in },
                       sourceLocation: SourceLocation = #_sourceLocation) {
        expectFeature(&inspector, step: step, update, sourceLocation: sourceLocation) {
            InspectorFeature.reduce(into: &$0, action: action, context: context)
        }
    }

    @Test func openMovePauseFollowDetailAndClose() {
        var inspector = Self.filled()
        var open = Self.context
        open.isOpen = true
        Self.expect(&inspector, .opened, step: InspectorFeature.Step(sheetOpen: true))
        Self.expect(&inspector, .moved(by: 1), context: open) {
            $0.pausedAt = 3
            $0.selection = 1
        }
        Self.expect(&inspector, .followToggled, context: open) {
            $0.pausedAt = nil
            $0.selection = 0
        }
        Self.expect(&inspector, .confirmed, context: open) { $0.detailId = 3 }
        Self.expect(&inspector, .dismissed, context: open) { $0.detailId = nil }
        Self.expect(&inspector, .dismissed, context: open, step: InspectorFeature.Step(sheetOpen: false))
    }

    @Test func theFilterTypesErasesAndEscClearsIt() {
        var inspector = Self.filled()
        Self.expect(&inspector, .filterStarted) { $0.editingFilter = true }
        Self.expect(&inspector, .filterTyped("4")) { $0.filter = "4" }
        Self.expect(&inspector, .filterTyped("x")) { $0.filter = "4x" }
        Self.expect(&inspector, .filterErased) { $0.filter = "4" }
        #expect(inspector.listed.map(\.id) == [3])
        Self.expect(&inspector, .dismissed) {
            $0.filter = ""
            $0.editingFilter = false
        }
    }

    @Test func copyAndWriteActOnTheExchangeInFocusOrSaySoWhenThereIsNone() {
        var empty = Inspector()
        Self.expect(&empty, .copyRequested, step: InspectorFeature.Step(notice: Notice(.info, "no exchange selected to copy")))
        Self.expect(&empty, .writeRequested, step: InspectorFeature.Step(notice: Notice(.info, "no exchange selected to write")))
        var inspector = Self.filled()
        let step = InspectorFeature.reduce(into: &inspector, action: .copyRequested, context: Self.context)
        #expect(step.effect == .copy(inspector.selected!.curl(username: Self.context.apiUsername)))
    }
}
