import Foundation
import TerminalKit
import WalletCore

/// The message log (`m`): every footer message, newest first, with its time, who caused it and the HTTP status.
extension MainScreen {
    static func drawMessages(offset: Int, _ state: AppState, in body: Rect, on screen: inout Screen, context: RenderContext) {
        let theme = context.theme
        let log = state.messages.log
        let failures = state.messages.failureCount
        let inner = sheet("Messages · \(log.count) kept", trailing: failures == 0 ? "no failures" : "\(failures) failed",
                          trailingRole: failures == 0 ? .muted : .danger,
                          width: min(110, body.width), height: body.height, in: body, on: &screen, theme: theme)
        guard inner.height > 0 else { return }
        line(TextWidth.fit("time", to: 8) + "  " + TextWidth.fit("from", to: 6) + "  " + TextWidth.fit("status", to: 6) + "  message",
             row: 0, in: inner, role: .muted, on: &screen, theme: theme)
        guard !log.isEmpty else {
            line("no messages yet", row: 1, in: inner, role: .muted, on: &screen, theme: theme)
            return
        }
        let rows = max(0, inner.height - 2)
        let newestFirst = log.reversed().dropFirst(min(offset, log.count))
        for (row, entry) in newestFirst.prefix(rows).enumerated() {
            let notice = entry.notice
            let from = notice.origin == .person ? "you" : "app"
            let status = notice.status.map(String.init) ?? (notice.kind == .error ? "—" : "")
            let repeats = entry.repeats > 1 ? " (×\(entry.repeats))" : ""
            let text = context.clock(entry.at) + "  " + TextWidth.fit(from, to: 6) + "  " + TextWidth.fit(status, to: 6) + "  "
                + notice.text + repeats
            line(text, row: row + 1, in: inner, role: notice.kind == .error ? .danger : .text, on: &screen, theme: theme)
        }
        let shown = min(rows, log.count - min(offset, log.count))
        let position = log.count > rows ? " · \(offset + 1)–\(offset + shown) of \(log.count)" : ""
        line("↑↓ scroll · g newest · Esc close" + position, row: inner.height - 1, in: inner, role: .muted, on: &screen, theme: theme)
    }
}
