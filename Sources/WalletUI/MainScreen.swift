import Foundation
import MintedAPI
import TerminalKit
import WalletCore

/// The main screen as a pure function of the state: header, four panes, footer, modals and the help overlay.
public enum MainScreen {
    /// What privacy mode shows instead of a balance or personal datum.
    public static let mask = "•••"

    /// Draws the whole screen into a new cell buffer; any size, 0 × 0 included, is safe.
    public static func render(_ state: AppState, size: Size, context: RenderContext) -> Screen {
        let context = context.themed(index: state.themeIndex)
        var screen = Screen(size: size)
        guard size.width > 0, size.height > 0 else { return screen }
        if context.theme.paintsBackground { screen.fill(Rect(size: size), with: Cell(text: " ", style: context.theme[.text])) }
        guard let layout = Layout(size: size, captioned: state.demo) else {
            drawSizeGuard(size: size, on: &screen, context: context)
            return screen
        }
        drawHeader(state, in: layout.header, on: &screen, context: context)
        drawProducts(state, in: layout.products, on: &screen, context: context)
        drawBasket(state, in: layout.basket, on: &screen, context: context)
        drawWallet(state, in: layout.wallet, on: &screen, context: context)
        drawRates(state, in: layout.rates, on: &screen, context: context)
        drawFooter(state, in: layout.footer, on: &screen, context: context)
        if let caption = layout.caption { drawCaption(state, in: caption, on: &screen, context: context) }
        if let modal = state.modal { drawModal(modal, state, in: layout.body, on: &screen, context: context) }
        if state.showsHelp {
            var below = state
            below.showsHelp = false
            drawHelp(Keymap.forMode(below.inputMode), offset: state.helpOffset, in: Rect(size: size), on: &screen, context: context)
        }
        return screen
    }

    static func drawSizeGuard(size: Size, on screen: inout Screen, context: RenderContext) {
        let lines = [
            "Terminal too small",
            "\(size.width)×\(size.height), need \(Layout.minimum.width)×\(Layout.minimum.height)",
            "q quits",
        ]
        let top = max(0, (size.height - lines.count) / 2)
        for (offset, line) in lines.enumerated() {
            let text = TextWidth.truncate(line, to: size.width)
            let x = max(0, (size.width - TextWidth.width(of: text)) / 2)
            screen.put(text, at: Point(x: x, y: top + offset), style: offset == 0 ? context.theme[.warning] : context.theme[.text])
        }
    }

    static func drawHeader(_ state: AppState, in rect: Rect, on screen: inout Screen, context: RenderContext) {
        let theme = context.theme
        screen.fill(rect, with: Cell(text: " ", style: theme[.header]))
        var x = rect.x
        x += screen.put(" MINTED ", at: Point(x: x, y: rect.y), style: theme[.header], maxWidth: rect.maxX - x)
        let envRole: ThemeRole = switch state.connection {
        case .sandbox: .envSandbox
        case .staging: .envStaging
        case .production: .envProduction
        }
        x += screen.put(" \(state.connection.label) ", at: Point(x: x, y: rect.y), style: theme[envRole], maxWidth: rect.maxX - x)
        if let host = state.host {
            x += screen.put(" " + TextWidth.truncate(host, to: max(0, rect.width / 4)) + " ", at: Point(x: x, y: rect.y), style: theme[.header],
                            maxWidth: max(0, rect.maxX - x))
        }
        if state.readOnly {
            x += screen.put(" READ-ONLY ", at: Point(x: x, y: rect.y), style: theme[.danger], maxWidth: max(0, rect.maxX - x))
        }
        if state.privacy {
            x += screen.put(" PRIVATE ", at: Point(x: x, y: rect.y), style: theme[.warning], maxWidth: max(0, rect.maxX - x))
        }
        if let faults = state.faults?.activeFaults, !faults.isEmpty {
            let text = " FAULTS: " + faults.joined(separator: " · ") + " "
            x += screen.put(TextWidth.truncate(text, to: max(0, min(rect.maxX - x, rect.width / 2))), at: Point(x: x, y: rect.y),
                            style: theme[.warning], maxWidth: max(0, rect.maxX - x))
        }
        var parts: [String] = []
        // First, so that a narrow terminal truncates the clock and the customer before it.
        // Only once requests have been in flight over a second (`now` moves on the 1 s tick): loopback polls answer in
        // milliseconds and would flash it on and off twice a poll.
        if state.requestsInFlight > 0, state.busySince.map({ state.now.timeIntervalSince($0) >= 2 }) ?? true {
            parts.append("\(spinner(state.now)) \(state.requestsInFlight) req in flight")
        }
        if state.masksPersonalData {
            parts.append("\(mask) (\(mask))")
        } else {
            let name = state.customer?.displayName ?? "…"
            // A short id in full; a long one (a UUID) cut after 8 characters.
            let id = state.customerId.count > 12 ? state.customerId.prefix(8) + "…" : Substring(state.customerId)
            parts.append("\(name) (\(id))")
        }
        if let code = state.market.rates.first?.currencyCode ?? state.market.products.first?.currencyCode { parts.append(code) }
        parts.append(context.clock(state.now))
        parts.append(state.ratesAreStale ? "○ stale" : (state.market.ratesUpdatedAt == nil ? "◌ connecting" : "● live"))
        if let updated = state.market.ratesUpdatedAt { parts.append("upd " + context.clock(updated)) }
        let text = " · " + parts.joined(separator: " · ")
        screen.put(TextWidth.truncate(text, to: max(0, rect.maxX - x)), at: Point(x: x, y: rect.y), style: theme[.header])
        if state.ratesAreStale, let range = text.range(of: "○ stale") {
            let offset = TextWidth.width(of: String(text[..<range.lowerBound]))
            screen.put("○ stale", at: Point(x: x + offset, y: rect.y), style: theme[.warning], maxWidth: max(0, rect.maxX - x - offset))
        }
    }

    /// A braille spinner frame for `now`; it turns with the 1 s tick.
    static func spinner(_ now: Date) -> String {
        let frames = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"]
        let seconds = now.timeIntervalSinceReferenceDate
        guard seconds.isFinite, abs(seconds) < 1e15 else { return frames[0] }
        let tick = Int(seconds.rounded(.down))
        return frames[((tick % frames.count) + frames.count) % frames.count]
    }

    static func drawFooter(_ state: AppState, in rect: Rect, on screen: inout Screen, context: RenderContext) {
        let theme = context.theme
        if let notice = state.notice {
            let role: ThemeRole = notice.kind == .error ? .danger : .accent
            let text = " " + TextWidth.truncate(notice.text, to: max(0, rect.width - 2)) + " "
            screen.put(text, at: rect.origin, style: theme[role], maxWidth: rect.width)
            return
        }
        let hints = footerHints(Keymap.forMode(state.inputMode).hints(readOnly: state.readOnly), width: rect.width)
        screen.put(TextWidth.truncate(hints, to: rect.width), at: rect.origin, style: theme[.muted])
    }

    /// The footer's hints in `width` columns: the first (`? help`) and the last (`q quit`, `Esc/q close`) always show;
    /// those before the last give way, from the end, behind a `…`.
    static func footerHints(_ hints: [String], width: Int) -> String {
        " " + footerWords(hints, width: width).joined(separator: "  ")
    }

    /// Where each hint the footer shows sits, in columns from the footer's left edge (for a click on it).
    static func footerHintColumns(_ hints: [String], width: Int) -> [(columns: Range<Int>, hint: String)] {
        var x = 1
        var spans: [(columns: Range<Int>, hint: String)] = []
        for word in footerWords(hints, width: width) {
            let end = x + TextWidth.width(of: word)
            if word != "…", end <= width { spans.append((x..<end, word)) }
            x = end + 2
        }
        return spans
    }

    /// The hints kept, with `…` where some gave way.
    private static func footerWords(_ hints: [String], width: Int) -> [String] {
        var kept = hints
        var dropped = false
        func words() -> [String] {
            guard dropped, let last = kept.last else { return kept }
            return kept.dropLast() + ["…", last]
        }
        while kept.count > 2, TextWidth.width(of: " " + words().joined(separator: "  ")) > width {
            kept.remove(at: kept.count - 2)
            dropped = true
        }
        return words()
    }

    /// The `--demo` caption: the step's number and what just happened.
    static func drawCaption(_ state: AppState, in rect: Rect, on screen: inout Screen, context: RenderContext) {
        let theme = context.theme
        screen.fill(rect, with: Cell(text: " ", style: theme[.header]))
        guard let caption = state.caption else { return }
        let text = " ▶ \(caption.step) · " + caption.text
        let waiting = state.captions.waiting.count
        let more = waiting > 0 ? " +\(waiting) next " : ""
        // `--play`: the key just pressed, as a keycap, so that the audience sees what a person would type.
        let key = state.playback.map { playback in playback.key.map { " ⌨ \($0) " } ?? " ⌨ … " } ?? ""
        let room = max(0, rect.width - TextWidth.width(of: more) - TextWidth.width(of: key))
        screen.put(TextWidth.truncate(text, to: room), at: rect.origin, style: theme[.header])
        guard room > 0 else { return }
        if !more.isEmpty { screen.put(more, at: Point(x: rect.x + room, y: rect.y), style: theme[.header]) }
        if !key.isEmpty {
            screen.put(key, at: Point(x: rect.x + room + TextWidth.width(of: more), y: rect.y), style: theme[.selection])
        }
    }

    /// The keys of `keymap`, each with its whole summary: in two columns when both fit the width and one would not fit
    /// the height, else in one column, scrolled `offset` rows (↑ ↓ in help) when it runs longer than the screen.
    static func drawHelp(_ keymap: Keymap, offset: Int = 0, in bounds: Rect, on screen: inout Screen, context: RenderContext) {
        let theme = context.theme
        let bindings = keymap.bindings
        let keyColumn = min(16, (bindings.map { TextWidth.width(of: $0.keyLabel) }.max() ?? 4) + 2)
        let longest = bindings.map { TextWidth.width(of: $0.summary) }.max() ?? 0
        // A column is the key, its summary whole and a space; the box adds a border and a space each side.
        let column = keyColumn + longest + 1
        let twoColumns = bindings.count + 4 > bounds.height && bounds.width >= 2 * column + 4
        let perColumn = twoColumns ? (bindings.count + 1) / 2 : bindings.count
        let width = min(bounds.width, (twoColumns ? 2 * column : column) + 4)
        let height = min(bounds.height, perColumn + 4)
        let rect = Rect(x: (bounds.width - width) / 2, y: (bounds.height - height) / 2, width: width, height: height)
        screen.fill(rect, with: Cell(text: " ", style: theme[.text]))
        let rows = max(0, height - 3)
        let first = twoColumns ? 0 : max(0, min(offset, bindings.count - rows))
        let more = bindings.count - first - rows
        let trailing = twoColumns || bindings.count <= rows ? "? closes"
            : "↑↓ \(first + 1)–\(min(bindings.count, first + rows)) of \(bindings.count) · ? closes"
        let inner = Box(title: "Help · keys · \(keymap.title)", trailing: trailing, focused: true).draw(in: rect, on: &screen, theme: theme)
        let columnWidth = twoColumns ? inner.width / 2 : inner.width
        for (index, binding) in bindings.enumerated().dropFirst(first) {
            let column = twoColumns ? index / perColumn : 0
            let row = twoColumns ? index % perColumn : index - first
            guard row < rows else { continue }
            let x = inner.x + column * columnWidth
            let y = inner.y + 1 + row
            if !twoColumns, row == rows - 1, more > 0 {
                screen.put("… \(more + 1) more: ↓ scrolls", at: Point(x: x, y: y), style: theme[.muted], maxWidth: columnWidth)
                continue
            }
            screen.put(TextWidth.fit(" " + binding.keyLabel, to: keyColumn), at: Point(x: x, y: y), style: theme[.accent], maxWidth: columnWidth)
            screen.put(TextWidth.truncate(binding.summary, to: max(0, columnWidth - keyColumn - 1)), at: Point(x: x + keyColumn, y: y),
                       style: theme[.text], maxWidth: max(0, columnWidth - keyColumn))
        }
    }

    /// Draws `rows` into `rect`, scrolled so that `selection` is visible, the selected one highlighted.
    static func drawList(_ rows: [String], selection: Int, focused: Bool, in rect: Rect, on screen: inout Screen, theme: Theme) {
        guard rect.height > 0, rect.width > 0 else { return }
        let first = firstVisible(selection: selection, count: rows.count, height: rect.height)
        for (offset, row) in rows.dropFirst(max(0, first)).prefix(rect.height).enumerated() {
            let index = max(0, first) + offset
            let y = rect.y + offset
            let selected = index == selection
            let style = selected ? (focused ? theme[.selection] : theme[.accent]) : theme[.text]
            if selected { screen.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), with: Cell(text: " ", style: style)) }
            screen.put(TextWidth.truncate(row, to: rect.width), at: Point(x: rect.x, y: y), style: style)
        }
    }

    /// The first row a list of `count` rows shows in `height` rows so that `selection` is visible.
    static func firstVisible(selection: Int, count: Int, height: Int) -> Int {
        max(0, min(selection - height + 1, count - height))
    }

    /// Restyles the last occurrence of `needle` in `line`, drawn at `origin`, with `style`.
    static func highlight(_ needle: String, in line: String, at origin: Point, style: Style, on screen: inout Screen) {
        guard !needle.isEmpty, let range = line.range(of: needle, options: .backwards) else { return }
        let offset = TextWidth.width(of: String(line[..<range.lowerBound]))
        screen.style(Rect(x: origin.x + offset, y: origin.y, width: TextWidth.width(of: needle), height: 1)) { $0 = style }
    }

    /// `left` then `right`, with `right` flush to `width`.
    static func columns(_ left: String, _ right: String, width: Int) -> String {
        let rightWidth = TextWidth.width(of: right)
        let leftRoom = max(0, width - rightWidth - 1)
        return TextWidth.fit(TextWidth.truncate(left, to: leftRoom), to: leftRoom) + " " + right
    }
}
