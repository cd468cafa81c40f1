import Foundation
import MintedAPI

/// The fault panel as a feature: it owns `FaultPanel` (the sandbox's plan and the cursor) and reduces `FaultsAction`.
/// What it reads of the app comes in a `FeatureContext`; what it asks of the app comes back in a `Step`.
public enum FaultsFeature {
    /// What the app must do after a panel action, besides running `effect`.
    public struct Step: Sendable, Equatable {
        public var effect: Effect = .none
        /// True to open the panel's sheet.
        public var sheetOpen = false
        public var notice: Notice?
        /// True when the basket must be re-priced now (the sandbox ended its lock).
        public var repriceBasket = false
    }

    public static func reduce(into panel: inout FaultPanel, action: FaultsAction, context: FeatureContext) -> Step {
        switch action {
        case .opened:
            guard context.connection == .sandbox else {
                return Step(notice: Notice(.info, "faults and scenarios need the built-in sandbox (this is \(context.connection.label))"))
            }
            return Step(effect: context.call(.sandboxFaults), sheetOpen: true)

        case .moved(let delta):
            let rows = FaultPanel.Row.allCases
            panel.selection = rows[(panel.selection.rawValue + delta).clampedIndex(rows.count)]
            return Step()

        case .adjusted(let delta):
            guard let plan = panel.plan else {
                return Step(notice: Notice(.info, "reading the sandbox's faults first — try again in a moment"))
            }
            let row = panel.selection
            if row.isScenario { return Step(notice: Notice(.info, "Enter runs “\(row.title)”; ← → change the rows above")) }
            if row == .forcedRoute {
                let count = FaultPanel.routes.count
                panel.routeIndex = ((panel.routeIndex + delta) % count + count) % count
                guard let status = plan.forced.first?.status else { return Step() }
                var moved = plan
                moved.forced = [panel.forced(status)] + plan.forced.dropFirst()
                return Step(effect: send(moved, &panel, context))
            }
            guard let adjusted = panel.adjusted(plan, row: row, by: delta) else { return Step() }
            return Step(effect: send(adjusted, &panel, context))

        case .rowConfirmed:
            switch panel.selection {
            case .expireLock: return reduce(into: &panel, action: .lockExpiryRequested, context: context)
            case .spikeUp: return reduce(into: &panel, action: .spikeRequested(percent: FaultPanel.spikePercent), context: context)
            case .spikeDown: return reduce(into: &panel, action: .spikeRequested(percent: -FaultPanel.spikePercent), context: context)
            case .clearAll: return reduce(into: &panel, action: .cleared, context: context)
            default: return reduce(into: &panel, action: .adjusted(by: 1), context: context)
            }

        case .cleared:
            return Step(effect: send(FaultPlan(), &panel, context))

        case .loaded(.success(let plan)), .polled(.success(let plan)):
            // A plan of the person's on its way or queued wins over an older read.
            guard !panel.isWriting, panel.queued == nil else { return Step() }
            panel.plan = plan
            if let status = plan.forced.first,
               let index = FaultPanel.routes.firstIndex(where: { $0.path == status.path && $0.method == status.method }) {
                panel.routeIndex = index
            }
            return Step()

        case .loaded(.failure(let error)):
            return Step(notice: .failure("faults", error))

        case .polled(.failure(let error)):
            return Step(notice: .failure("faults", error).background)

        case .set(let result):
            panel.isWriting = false
            let notice: Notice? = if case .failure(let error) = result { .failure("faults", error) } else { nil }
            if let queued = panel.queued {
                panel.queued = nil
                return Step(effect: send(queued, &panel, context), notice: notice)
            }
            switch result {
            case .success(let plan):
                panel.plan = plan
                return Step()
            case .failure:
                // What is shown was never confirmed: read what the sandbox really has.
                return Step(effect: context.call(.sandboxFaults), notice: notice)
            }

        case .lockExpiryRequested:
            guard let token = context.lockedBasketToken else {
                return Step(notice: Notice(.info, "no price lock to expire: add a product to the \(context.basketType.rawValue) basket first"))
            }
            return Step(effect: context.call(.expireLock(cartToken: token)))

        case .lockExpiryForced(let error?):
            return Step(notice: .failure("expire lock", error))

        case .lockExpiryForced(nil):
            return Step(notice: Notice(.info, "the sandbox ended the price lock: re-pricing the basket"), repriceBasket: true)

        case .spikeRequested(let percent):
            guard let id = context.chartedCurrencyId else {
                return Step(notice: Notice(.info, "no market to spike yet: rates have not loaded"))
            }
            return Step(effect: context.call(.spike(currencyId: id, percent: percent)))

        case .spiked(.success(let rate)):
            return Step(effect: context.call(.currencyRates),
                        notice: Notice(.info, "\(rate.itemCurrencyName) moved to \(rate.buy) \(rate.currencyCode) — the basket re-prices when its lock ends"))

        case .spiked(.failure(let error)):
            return Step(notice: .failure("price spike", error))
        }
    }

    /// Shows `plan` at once and sends it, or queues it behind the plan on its way (replacing any queued one).
    static func send(_ plan: FaultPlan, _ panel: inout FaultPanel, _ context: FeatureContext) -> Effect {
        panel.plan = plan
        guard !panel.isWriting else {
            panel.queued = plan
            return .none
        }
        panel.isWriting = true
        return context.call(.setSandboxFaults(plan))
    }

}
