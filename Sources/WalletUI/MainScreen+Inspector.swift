import Foundation
import MintedAPI
import TerminalKit
import WalletCore

/// The HTTP inspector: the list of exchanges, newest first, and one exchange in full.
extension MainScreen {
    static func drawInspector(_ state: AppState, in body: Rect, on screen: inout Screen, context: RenderContext) {
        if let exchange = state.inspector.detail {
            drawExchange(exchange, state, in: body, on: &screen, context: context)
        } else {
            drawExchangeList(state, in: body, on: &screen, context: context)
        }
    }

    static func drawExchangeList(_ state: AppState, in body: Rect, on screen: inout Screen, context: RenderContext) {
        let theme = context.theme
        let inspector = state.inspector
        let rows = inspector.listed
        let mode = (inspector.isFollowing ? "following" : "paused · \(inspector.arrivedSincePause) new · Space follows")
            + (inspector.hidesPolls ? " · polls hidden" : "")
        var trailing: String?
        if inspector.editingFilter { trailing = "/ " + inspector.filter + "▏" } else if !inspector.filter.isEmpty { trailing = "/ " + inspector.filter }
        let inner = sheet("HTTP inspector · \(rows.count) of \(inspector.exchanges.count) · \(mode)", trailing: trailing,
                          trailingRole: inspector.editingFilter ? .selection : .accent,
                          width: min(150, body.width), height: body.height, in: body, on: &screen, theme: theme)
        guard inner.height > 2 else { return }
        line("at        method status    took     path", row: 0, in: inner, role: .muted, on: &screen, theme: theme)
        let list = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 2)
        if rows.isEmpty {
            let empty = if inspector.exchanges.isEmpty {
                "no exchanges yet"
            } else if inspector.filter.isEmpty {
                "nothing before the pause is still kept · Space follows"
            } else {
                "no exchange matches “\(inspector.filter)” (/ then Esc clears the filter)"
            }
            line(empty, row: 1, in: inner, role: .muted, on: &screen, theme: theme)
        }
        let first = firstVisible(selection: inspector.selection, count: rows.count, height: list.height)
        for (offset, exchange) in rows.dropFirst(first).prefix(list.height).enumerated() {
            let y = list.y + offset
            let selected = first + offset == inspector.selection
            let role: ThemeRole = selected ? .selection : (exchange.isFailure ? .danger : (exchange.isChallenge ? .muted : .text))
            if selected { screen.fill(Rect(x: list.x, y: y, width: list.width, height: 1), with: Cell(text: " ", style: theme[role])) }
            let text = exchange.summaryLine(clock: context.clock(exchange.startedAt), masksPersonalData: state.masksPersonalData)
            screen.put(TextWidth.truncate(text, to: list.width), at: Point(x: list.x, y: y), style: theme[role])
        }
        line("Enter detail · Space follow/pause · / filter · y copy curl · w write · Esc close", row: inner.height - 1, in: inner,
             role: .muted, on: &screen, theme: theme)
    }

    static func drawExchange(_ exchange: Exchange, _ state: AppState, in body: Rect, on screen: inout Screen, context: RenderContext) {
        let theme = context.theme
        let lines = ExchangeDetail.lines(exchange, state: state, width: ExchangeDetail.textWidth(columns: body.width))
        let title = state.masksPersonalData ? exchange.maskedPathAndQuery : exchange.pathAndQuery
        let inspector = state.inspector
        let matches = ExchangeDetail.matchingLines(lines, search: inspector.search)
        let found = inspector.searchLine.flatMap { matches.firstIndex(of: $0) }.map { "match \($0 + 1) of \(matches.count) · " } ?? ""
        let inner = sheet("#\(exchange.id) · \(exchange.method) \(exchange.statusLabel) · \(title)",
                          trailing: found + "line \(min(lines.count, inspector.detailScroll + 1))/\(lines.count)",
                          width: min(ExchangeDetail.maximumWidth, body.width), height: body.height, in: body, on: &screen, theme: theme)
        guard inner.height > 1 else { return }
        let shown = inner.height - 1
        let first = min(state.inspector.detailScroll, max(0, lines.count - shown))
        for (offset, text) in lines.dropFirst(first).prefix(shown).enumerated() {
            let role: ThemeRole = if text.hasPrefix("──") {
                .accent
            } else if text.hasPrefix("status ") || text.hasPrefix("failure:") {
                exchange.isFailure ? .danger : .positive
            } else {
                .text
            }
            line(text, row: offset, in: inner, role: role, on: &screen, theme: theme)
            if !inspector.search.isEmpty {
                let current = first + offset == inspector.searchLine
                var style = theme[current ? .selection : .accent]
                style.attributes.insert(.reverse)
                highlightAll(inspector.search, in: text, at: Point(x: inner.x, y: inner.y + offset), style: current ? theme[.selection] : style, on: &screen)
            }
        }
        let hint: String
        if inspector.editingSearch {
            hint = "/" + inspector.search + "▏  Enter find · Esc clear"
        } else if !inspector.search.isEmpty {
            hint = matches.isEmpty ? "“\(inspector.search)” not found · / search again · Esc clear" : "n next · N previous · Esc clear “\(inspector.search)”"
        } else {
            let full = "↑↓ PgUp PgDn scroll · / search · r re-send · e edit · y copy curl · w write · Esc back"
            hint = full.count <= inner.width ? full : "↑↓ scroll · / search · r re-send · e edit · y curl · w write · Esc back"
        }
        line(hint, row: inner.height - 1, in: inner, role: inspector.editingSearch ? .focus : .muted, on: &screen, theme: theme)
    }

    /// Restyles every occurrence of `needle` in `line` (case-blind), drawn at `origin`.
    static func highlightAll(_ needle: String, in line: String, at origin: Point, style: Style, on screen: inout Screen) {
        guard !needle.isEmpty else { return }
        var rest = line[...]
        while let range = rest.range(of: needle, options: .caseInsensitive) {
            let offset = TextWidth.width(of: String(line[..<range.lowerBound]))
            screen.style(Rect(x: origin.x + offset, y: origin.y, width: TextWidth.width(of: String(line[range])), height: 1)) { $0 = style }
            rest = rest[range.upperBound...]
        }
    }
}
