import MintedAPI

/// The fault plan's limits, as the control API enforces them.
extension FaultPlan {
    /// Per-field messages for values out of range; empty when the plan is usable.
    var errors: [String: [SandboxMessage]] {
        var errors: [String: [SandboxMessage]] = [:]
        if latencyMs < 0 || latencyMs > 60_000 { errors["latencyMs"] = [.between("latencyMs", 0, 60_000)] }
        if jitterMs < 0 || jitterMs > 60_000 { errors["jitterMs"] = [.between("jitterMs", 0, 60_000)] }
        for (name, rate) in [("errorRate", errorRate), ("malformedRate", malformedRate), ("dropRate", dropRate)] where !(0...1).contains(rate) {
            errors[name] = [.between(name, 0, 1)]
        }
        if forced.contains(where: { !(100...599).contains($0.status) || !$0.path.hasPrefix("/") }) {
            errors["forced"] = [.forcedStatusInvalid]
        }
        if corrupt.contains(where: { !$0.path.hasPrefix("/") || JSONPathStep.parse($0.field) == nil || ($0.times.map { $0 < 1 } ?? false) }) {
            errors["corrupt"] = [.corruptionInvalid]
        }
        return errors
    }
}
