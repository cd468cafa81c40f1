import Foundation
import MintedAPI

/// What `Ctrl-S` writes: the screen as text, then the last exchanges in full, credentials already redacted.
public enum ScreenDump {
    /// The data directory's subfolder for dumps.
    public static let folder = "dumps"
    /// Exchanges a dump carries.
    public static let exchangeCount = 50

    /// The file name for a dump taken at `date`: `minted-2026-11-23T14-25-01Z.txt`.
    public static func name(at date: Date) -> String {
        "minted-\(stamp(date)).txt"
    }

    /// `2026-11-23T14-25-01Z`: a timestamp that is also a portable file name.
    static func stamp(_ date: Date) -> String {
        Date.ISO8601FormatStyle().format(date).replacingOccurrences(of: ":", with: "-")
    }

    /// The dump's text: a heading, the screen, then in full the last `exchangeCount` exchanges the person caused and
    /// every failure of the session, oldest first; the background polls only as counts per route (they would
    /// otherwise push a failure out of the dump within minutes).
    public static func text(screen: String, state: AppState) -> String {
        let masking = state.masksPersonalData ? PrettyJSON.personalKeys : []
        var lines = ["minted screen dump · \(stamp(state.now)) · \(state.connection.label)"]
        if let path = state.recordingPath {
            let seconds = max(0, state.now.timeIntervalSince(state.recordingStartedAt ?? state.now))
            lines.append("recording: \(path), this moment at \(String(format: "%.1f", seconds)) s (asciinema play \(path))")
        }
        lines += ["", screen, ""]
        let inspector = state.inspector
        let caused = inspector.exchanges.filter { !$0.isPoll }.suffix(exchangeCount)
        var byId: [Int: Exchange] = [:]
        for exchange in caused { byId[exchange.id] = exchange }
        for failure in inspector.failures { byId[failure.id] = failure }
        let shown = byId.values.sorted { $0.id < $1.id }
        lines.append("── \(shown.count) HTTP exchanges, oldest first: the last \(caused.count) you caused and every failure "
            + "(\(inspector.failures.count)) (Authorization redacted)")
        for exchange in shown {
            lines.append("")
            lines.append("#\(exchange.id) " + String(repeating: "─", count: 40))
            lines += exchange.report(username: state.apiUsername, masking: masking)
        }
        let polls = inspector.exchanges.filter(\.isPoll)
        if !polls.isEmpty {
            lines.append("")
            lines.append("── background polls kept (\(polls.count)), counted per route; their failures are above")
            var counts: [String: (all: Int, failed: Int)] = [:]
            for poll in polls {
                let route = poll.method + " " + (poll.pathAndQuery.split(separator: "?").first.map(String.init) ?? poll.pathAndQuery)
                counts[route, default: (0, 0)].all += 1
                if poll.isFailure { counts[route, default: (0, 0)].failed += 1 }
            }
            for (route, count) in counts.sorted(by: { $0.key < $1.key }) {
                lines.append("\(route) × \(count.all)" + (count.failed > 0 ? " (\(count.failed) failed)" : ""))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
