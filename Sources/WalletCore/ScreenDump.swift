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

    /// The dump's text: a heading, the screen, then the last `exchangeCount` exchanges, newest last.
    public static func text(screen: String, state: AppState) -> String {
        let masking = state.masksPersonalData ? PrettyJSON.personalKeys : []
        var lines = ["minted screen dump · \(stamp(state.now)) · \(state.connection.label)", "", screen, ""]
        let exchanges = state.inspector.last(exchangeCount)
        lines.append("── last \(exchanges.count) HTTP exchanges, oldest first (Authorization redacted)")
        for exchange in exchanges {
            lines.append("")
            lines.append("#\(exchange.id) " + String(repeating: "─", count: 40))
            lines += exchange.report(username: state.apiUsername, masking: masking)
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
