import Foundation
import MintedAPI
import TerminalKit
import WalletCore

/// The fault panel: the sandbox's faults as values to step through, and scenarios to run.
extension MainScreen {
    static func drawFaults(_ state: AppState, in body: Rect, on screen: inout Screen, context: RenderContext) {
        let theme = context.theme
        let plan = state.faults ?? FaultPlan()
        let panel = state.faultPanel
        let rows = FaultPanel.Row.allCases
        let active = plan.activeFaults
        let inner = sheet("Sandbox faults & scenarios", trailing: state.faults == nil ? "reading…" : (active.isEmpty ? "none active" : "\(active.count) active"),
                          trailingRole: active.isEmpty ? .muted : .warning, width: 66, height: rows.count + 6, in: body, on: &screen, theme: theme)
        guard inner.height > 0 else { return }
        let labelWidth = 22
        for (index, row) in rows.enumerated() {
            let selected = row == panel.selection
            let (label, value) = faultRow(row, plan: plan, panel: panel, state: state)
            let shownValue = selected && !row.isScenario ? "‹ \(value) ›" : value
            let text = TextWidth.fit(label, to: labelWidth) + " " + shownValue
            let y = index + (row.isScenario ? 1 : 0)
            guard y < inner.height else { continue }
            let role: ThemeRole = selected ? .selection : (row.isScenario ? .accent : (isActive(row, plan) ? .warning : .text))
            if selected { screen.fill(Rect(x: inner.x, y: inner.y + y, width: inner.width, height: 1), with: Cell(text: " ", style: theme[role])) }
            line(text, row: y, in: inner, role: role, on: &screen, theme: theme)
        }
        line("↑↓ row · ←→ change (sent now) · Enter run · 0 off · Esc", row: inner.height - 1, in: inner,
             role: .muted, on: &screen, theme: theme)
    }

    private static func faultRow(_ row: FaultPanel.Row, plan: FaultPlan, panel: FaultPanel, state: AppState) -> (String, String) {
        let market = state.historyCurrency?.itemCurrencyName ?? state.market.rates.first?.itemCurrencyName ?? "the charted market"
        switch row {
        case .latency: return ("Latency", "\(plan.latencyMs) ms")
        case .jitter: return ("Jitter", plan.jitterMs == 0 ? "0 ms" : "+ up to \(plan.jitterMs) ms")
        case .errorRate: return ("5xx errors", FaultPlan.percent(plan.errorRate))
        case .malformedRate: return ("Malformed bodies", FaultPlan.percent(plan.malformedRate))
        case .dropRate: return ("Dropped connections", FaultPlan.percent(plan.dropRate))
        case .forcedStatus: return ("Forced status", plan.forced.first.map { "\($0.status)" } ?? "off")
        case .forcedRoute:
            let route = panel.route(in: plan)
            return ("  on", "\(route.label) (\(route.method) \(route.path.replacingOccurrences(of: "/partner/walletable", with: "…")))")
        case .expireLock:
            let lock = state.lockSecondsLeft.map { "\($0) s left" } ?? "no lock"
            return ("▶ Expire the lock now", "\(state.checkout.type.rawValue) basket, \(lock)")
        case .spikeUp: return ("▶ Price spike +\(FaultPanel.spikePercent) %", market)
        case .spikeDown: return ("▶ Price spike −\(FaultPanel.spikePercent) %", market)
        case .clearAll: return ("▶ All faults off", active(plan))
        }
    }

    private static func active(_ plan: FaultPlan) -> String {
        plan.isEmpty ? "nothing to clear" : plan.activeFaults.joined(separator: ", ")
    }

    private static func isActive(_ row: FaultPanel.Row, _ plan: FaultPlan) -> Bool {
        switch row {
        case .latency: plan.latencyMs > 0
        case .jitter: plan.jitterMs > 0
        case .errorRate: plan.errorRate > 0
        case .malformedRate: plan.malformedRate > 0
        case .dropRate: plan.dropRate > 0
        case .forcedStatus, .forcedRoute: !plan.forced.isEmpty
        case .expireLock, .spikeUp, .spikeDown, .clearAll: false
        }
    }
}
