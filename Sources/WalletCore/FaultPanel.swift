import Foundation
import MintedAPI

/// The fault panel (`f`, sandbox only): one row a fault or scenario; changes go to the sandbox's control API at once.
public struct FaultPanel: Sendable, Equatable {
    /// One row of the panel.
    public enum Row: Int, Sendable, CaseIterable {
        case latency, jitter, errorRate, malformedRate, dropRate, forcedStatus, forcedRoute, expireLock, spikeUp, spikeDown, clearAll

        /// True for rows that do something once (Enter) rather than hold a value (← →).
        public var isScenario: Bool { self == .expireLock || self == .spikeUp || self == .spikeDown || self == .clearAll }

        /// What a scenario row does, for notices.
        public var title: String {
            switch self {
            case .expireLock: "expire the lock now"
            case .spikeUp: "price spike up"
            case .spikeDown: "price spike down"
            case .clearAll: "all faults off"
            default: "\(self)"
            }
        }
    }

    /// A route a status can be forced on.
    public struct Route: Sendable, Equatable {
        public var label: String
        public var method: String
        public var path: String
    }

    public static let latencies = [0, 100, 250, 500, 1_000, 3_000, 8_000]
    public static let jitters = [0, 50, 250, 1_000]
    public static let rates = [0.0, 0.1, 0.25, 0.5, 1.0]
    /// nil: no forced status.
    public static let statuses: [Int?] = [nil, 500, 503, 422, 409, 404, 429]
    /// The percentage a spike moves the charted market by.
    public static let spikePercent: Decimal = 10

    public static let routes: [Route] = [
        Route(label: "complete buy", method: "POST", path: Endpoint.completePath + "/buy"),
        Route(label: "complete sell", method: "POST", path: Endpoint.completePath + "/sell"),
        Route(label: "complete delivery", method: "POST", path: Endpoint.completePath + "/delivery"),
        Route(label: "add item", method: "POST", path: Endpoint.basketPath),
        Route(label: "update item", method: "PATCH", path: Endpoint.basketPath),
        Route(label: "active basket", method: "GET", path: Endpoint.basketPath),
        Route(label: "currency rates", method: "GET", path: Endpoint.currencyRatesPath),
        Route(label: "products", method: "GET", path: Endpoint.productsPath),
        Route(label: "wallet balance", method: "GET", path: Endpoint.balancePath),
    ]

    /// The row under the cursor.
    /// The sandbox's fault plan as last read or set; nil until known, and always off the sandbox.
    public var plan: FaultPlan?
    public var selection: Row = .latency
    /// The route the forced status goes on, remembered while no status is forced.
    public var routeIndex = 0
    /// True while a plan is on its way to the sandbox. Plans go one at a time, so the last step is the one that sticks.
    public var isWriting = false
    /// The newest plan asked for while another was on its way; sent when that one is answered.
    public var queued: FaultPlan?

    public init() {}

    /// `plan` with the value of `row` moved `delta` steps along its choices; nil for scenario rows.
    public func adjusted(_ plan: FaultPlan, row: Row, by delta: Int) -> FaultPlan? {
        var plan = plan
        switch row {
        case .latency: plan.latencyMs = Self.step(Self.latencies, from: plan.latencyMs, by: delta)
        case .jitter: plan.jitterMs = Self.step(Self.jitters, from: plan.jitterMs, by: delta)
        case .errorRate: plan.errorRate = Self.step(Self.rates, from: plan.errorRate, by: delta)
        case .malformedRate: plan.malformedRate = Self.step(Self.rates, from: plan.malformedRate, by: delta)
        case .dropRate: plan.dropRate = Self.step(Self.rates, from: plan.dropRate, by: delta)
        case .forcedStatus:
            let status = Self.step(Self.statuses, from: plan.forced.first?.status, by: delta)
            // Only the first forced status is the panel's; others (set through the control API) stay as they are.
            plan.forced = (status.map { [forced($0)] } ?? []) + plan.forced.dropFirst()
        case .forcedRoute:
            return nil
        case .expireLock, .spikeUp, .spikeDown, .clearAll:
            return nil
        }
        return plan
    }

    /// The forced status `status` on the chosen route.
    public func forced(_ status: Int) -> FaultPlan.ForcedStatus {
        let route = Self.routes[routeIndex]
        return FaultPlan.ForcedStatus(method: route.method, path: route.path, status: status)
    }

    /// The route a forced status in `plan` is on, else the chosen one.
    public func route(in plan: FaultPlan) -> Route {
        if let forced = plan.forced.first,
           let route = Self.routes.first(where: { $0.path == forced.path && $0.method == forced.method }) { return route }
        if let forced = plan.forced.first { return Route(label: forced.path, method: forced.method ?? "any", path: forced.path) }
        return Self.routes[routeIndex]
    }

    /// The next choice after (or before) `value`, wrapping; the first choice when `value` is not one of them.
    static func step<Value: Equatable>(_ choices: [Value], from value: Value, by delta: Int) -> Value {
        guard let index = choices.firstIndex(of: value) else { return choices[0] }
        let count = choices.count
        return choices[((index + delta) % count + count) % count]
    }
}

extension FaultPlan {
    /// The active faults in a few words each, for the header: `latency 1000 ms`, `5xx 25 %`, `503 on complete buy`,
    /// `data.paid_total altered on POST /partner/walletable/basket`.
    public var activeFaults: [String] {
        var faults: [String] = []
        if latencyMs > 0 || jitterMs > 0 { faults.append(jitterMs > 0 ? "latency \(latencyMs)+\(jitterMs) ms" : "latency \(latencyMs) ms") }
        if errorRate > 0 { faults.append("5xx \(Self.percent(errorRate))") }
        if malformedRate > 0 { faults.append("malformed \(Self.percent(malformedRate))") }
        if dropRate > 0 { faults.append("drops \(Self.percent(dropRate))") }
        for forced in forced {
            let route = FaultPanel.routes.first { $0.path == forced.path && $0.method == forced.method }
            faults.append("\(forced.status) on \(route?.label ?? ((forced.method.map { $0 + " " } ?? "") + forced.path))")
        }
        for corruption in corrupt {
            faults.append("\(corruption.field) altered on \((corruption.method.map { $0 + " " } ?? "") + corruption.path)")
        }
        return faults
    }

    /// `25 %`.
    public static func percent(_ rate: Double) -> String { "\(Int((rate * 100).rounded())) %" }
}
