import Foundation
import MintedAPI

/// The fault panel: the sandbox's faults and scenarios, through its control API.
extension AppReducer {
    static func faultsRequested(_ state: inout AppState) -> Effect {
        guard state.connection == .sandbox else {
            state.notice = Notice(.info, "faults and scenarios need the built-in sandbox (this is \(state.connection.label))")
            return .none
        }
        state.modal = .faults
        return call(.sandboxFaults, &state)
    }

    static func faultSelectionMoved(by delta: Int, _ state: inout AppState) -> Effect {
        let rows = FaultPanel.Row.allCases
        state.faultPanel.selection = rows[clamp(state.faultPanel.selection.rawValue + delta, rows.count)]
        return .none
    }

    static func faultAdjusted(by delta: Int, _ state: inout AppState) -> Effect {
        guard let plan = state.faults else {
            state.notice = Notice(.info, "reading the sandbox's faults first — try again in a moment")
            return .none
        }
        let row = state.faultPanel.selection
        if row.isScenario {
            state.notice = Notice(.info, "Enter runs “\(row.title)”; ← → change the rows above")
            return .none
        }
        if row == .forcedRoute {
            let count = FaultPanel.routes.count
            state.faultPanel.routeIndex = ((state.faultPanel.routeIndex + delta) % count + count) % count
            guard let status = plan.forced.first?.status else { return .none }
            var moved = plan
            moved.forced = [state.faultPanel.forced(status)] + plan.forced.dropFirst()
            return setFaults(moved, &state)
        }
        guard let adjusted = state.faultPanel.adjusted(plan, row: row, by: delta) else { return .none }
        return setFaults(adjusted, &state)
    }

    /// Shows `plan` at once and sends it, or queues it behind the plan on its way (replacing any queued one).
    static func setFaults(_ plan: FaultPlan, _ state: inout AppState) -> Effect {
        state.faults = plan
        guard !state.faultPanel.isWriting else {
            state.faultPanel.queued = plan
            return .none
        }
        state.faultPanel.isWriting = true
        return call(.setSandboxFaults(plan), &state)
    }

    /// The plan as read: shown unless a plan of the person's is on its way or queued.
    static func faultsLoaded(_ result: Result<FaultPlan, APIError>, _ state: inout AppState) -> Effect {
        switch result {
        case .success(let plan):
            guard !state.faultPanel.isWriting, state.faultPanel.queued == nil else { return .none }
            state.faults = plan
            if let status = plan.forced.first,
               let index = FaultPanel.routes.firstIndex(where: { $0.path == status.path && $0.method == status.method }) {
                state.faultPanel.routeIndex = index
            }
        case .failure(let error):
            state.notice = .failure("faults", error)
        }
        return .none
    }

    /// A plan sent was answered: the queued one goes next; otherwise the sandbox's answer is what shows.
    static func faultsSet(_ result: Result<FaultPlan, APIError>, _ state: inout AppState) -> Effect {
        state.faultPanel.isWriting = false
        if case .failure(let error) = result { state.notice = .failure("faults", error) }
        if let queued = state.faultPanel.queued {
            state.faultPanel.queued = nil
            return setFaults(queued, &state)
        }
        switch result {
        case .success(let plan):
            state.faults = plan
            return .none
        case .failure:
            // What is shown was never confirmed: read what the sandbox really has.
            return call(.sandboxFaults, &state)
        }
    }

    /// Enter on a row: a scenario runs, a value moves on.
    static func faultRowConfirmed(_ state: inout AppState) -> Effect {
        switch state.faultPanel.selection {
        case .expireLock: reduce(into: &state, action: .lockExpiryRequested)
        case .spikeUp: reduce(into: &state, action: .priceSpikeRequested(percent: FaultPanel.spikePercent))
        case .spikeDown: reduce(into: &state, action: .priceSpikeRequested(percent: -FaultPanel.spikePercent))
        case .clearAll: reduce(into: &state, action: .faultsCleared)
        default: reduce(into: &state, action: .faultAdjusted(by: 1))
        }
    }

    static func lockExpiryRequested(_ state: inout AppState) -> Effect {
        guard let basket = state.basket, basket.pricefix != nil, !basket.items.isEmpty else {
            state.notice = Notice(.info, "no price lock to expire: add a product to the \(state.basketType.rawValue) basket first")
            return .none
        }
        return call(.expireLock(cartToken: basket.token), &state)
    }

    static func lockExpiryForced(_ error: APIError?, _ state: inout AppState) -> Effect {
        if let error {
            state.notice = .failure("expire lock", error)
            return .none
        }
        state.notice = Notice(.info, "the sandbox ended the price lock: re-pricing the basket")
        return reprice(&state)
    }

    static func priceSpikeRequested(percent: Decimal, _ state: inout AppState) -> Effect {
        guard let id = state.historyCurrencyId ?? state.rates.first?.itemCurrencyId else {
            state.notice = Notice(.info, "no market to spike yet: rates have not loaded")
            return .none
        }
        return call(.spike(currencyId: id, percent: percent), &state)
    }

    static func priceSpiked(_ result: Result<CurrencyRate, APIError>, _ state: inout AppState) -> Effect {
        switch result {
        case .success(let rate):
            state.notice = Notice(.info, "\(rate.itemCurrencyName) moved to \(rate.buy) \(rate.currencyCode) — the basket re-prices when its lock ends")
            return call(.currencyRates, &state)
        case .failure(let error):
            state.notice = .failure("price spike", error)
            return .none
        }
    }
}
