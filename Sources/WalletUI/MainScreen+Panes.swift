import Foundation
import MintedAPI
import TerminalKit
import WalletCore

extension MainScreen {
    static func drawProducts(_ state: AppState, in rect: Rect, on screen: inout Screen, context: RenderContext) {
        let focused = state.focus == .products
        let inner = Box(title: "Products [1]", focused: focused).draw(in: rect, on: &screen, theme: context.theme)
        guard inner.height > 0 else { return }
        guard state.market.productsLoaded else {
            drawNotYet(state.market.productsFailure, state, in: inner, on: &screen, theme: context.theme)
            return
        }
        guard !state.market.products.isEmpty else {
            screen.put("no products on this host", at: inner.origin, style: context.theme[.muted], maxWidth: inner.width)
            return
        }
        let columns = ProductColumns(products: state.market.products, width: inner.width)
        // Prices carry their currency: in the header when every product shares one, else on each row.
        let codes = Set(state.market.products.map(\.currencyCode).filter { !$0.isEmpty })
        let sharedCode = codes.count == 1 ? codes.first : nil
        screen.put(columns.header(currency: sharedCode), at: inner.origin, style: context.theme[.muted], maxWidth: inner.width)
        let list = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 1)
        // What the customer holds of each product, by SKU (the wallet's lines).
        var held: [String: Int] = [:]
        for holding in state.market.holdings { held[holding.sku, default: 0] += holding.amount }
        // Only the rows the list shows are built: a catalog of hundreds costs no more than a screenful.
        let first = firstVisible(selection: state.market.productSelection, count: state.market.products.count, height: list.height)
        let rows = state.market.products.dropFirst(first).prefix(max(0, list.height)).map { product in
            let suffix = sharedCode == nil ? " " + product.currencyCode : ""
            return columns.row(sku: product.sku, name: product.name,
                               buy: context.money.money(product.buyPrice, product.currencyCode) + suffix,
                               sell: context.money.money(product.sellPrice, product.currencyCode) + suffix,
                               held: held[product.sku].map { "\($0)" } ?? "")
        }
        drawList(rows, selection: state.market.productSelection - first, focused: focused, in: list, on: &screen, theme: context.theme)
    }

    /// A pane with nothing to show yet: loading, or the reason it failed and when it asks again.
    static func drawNotYet(_ failure: PaneFailure?, _ state: AppState, in inner: Rect, on screen: inout Screen, theme: Theme) {
        guard let failure else {
            screen.put("loading…", at: inner.origin, style: theme[.muted], maxWidth: inner.width)
            return
        }
        let words = failure.line(at: state.now)
        for (offset, row) in TextWidth.wrap(words, to: max(1, inner.width)).prefix(max(0, inner.height)).enumerated() {
            screen.put(row, at: Point(x: inner.x, y: inner.y + offset), style: theme[.danger], maxWidth: inner.width)
        }
    }

    static func drawBasket(_ state: AppState, in rect: Rect, on screen: inout Screen, context: RenderContext) {
        let theme = context.theme
        let focused = state.focus == .basket
        var trailing: String?
        var trailingRole = ThemeRole.muted
        if let seconds = state.lockSecondsLeft {
            let gauge = LockGauge(secondsLeft: seconds, totalSeconds: state.checkout.lockLength ?? context.lockSeconds)
            trailing = gauge.label()
            trailingRole = gauge.role
        }
        // The pane that waits says so: a spinner that turns with the clock while a basket call is out.
        let waiting = state.checkout.requestsInFlight > 0 ? " " + spinner(state.now) : ""
        // The lines' money is in the basket's currency: the title says which.
        let currency = state.checkout.basket?.currencyCode.map { " · " + $0 } ?? ""
        let title = "Basket [2] · \(state.checkout.type.rawValue.uppercased())" + currency + waiting
        let inner = Box(title: title, trailing: trailing, trailingRole: trailingRole, focused: focused).draw(in: rect, on: &screen, theme: theme)
        guard inner.height > 0 else { return }
        guard let basket = state.checkout.basket, !basket.items.isEmpty else {
            if let failure = state.checkout.loadFailure {
                let words = "failed: \(failure) · r retries"
                for (offset, row) in TextWidth.wrap(words, to: max(1, inner.width)).prefix(max(0, inner.height)).enumerated() {
                    screen.put(row, at: Point(x: inner.x, y: inner.y + offset), style: theme[.danger], maxWidth: inner.width)
                }
                return
            }
            let hint = state.checkout.basket == nil && state.checkout.requestsInFlight > 0
                ? "loading…" : "No open \(state.checkout.type.rawValue) basket — select a product and press a"
            screen.put(TextWidth.truncate(hint, to: inner.width), at: inner.origin, style: theme[.muted])
            return
        }
        let money = context.money
        let code = basket.currencyCode
        let rowWidth = min(inner.width, Self.readingWidth)
        let rows = basket.items.map { item in
            columns(item.productName, "\(item.amount) × \(money.money(item.price, code))  \(pad(money.money(item.total, code), 10))", width: rowWidth)
        }
        var summary: [String] = []
        let charges = Charges(basket)
        let fees = charges.lines.filter { $0.kind != .vat }.map { "\($0.label(short: true, percent: money.percent)) \(money.money($0.amount, code))" }
        if !fees.isEmpty { summary.append(fees.joined(separator: " · ")) }
        let vat = charges.lines.last { $0.kind == .vat } ?? FeeLine(kind: .vat, rate: nil, amount: 0)
        let vatLabel = vat.label(percent: money.percent)
        let payLabel = state.checkout.type == .sell ? "to receive" : "to pay"
        summary.append(columns("\(vatLabel)  \(money.money(vat.amount, code))",
                               "\(payLabel)  \(money.money(basket.paidTotal, code)) \(code ?? "")", width: rowWidth))
        let totalLine = columns("total", money.money(basket.total, code), width: rowWidth)
        let footer = [totalLine] + summary
        let listHeight = basketListHeight(basket, in: inner)
        assert(listHeight == max(0, min(rows.count, inner.height - footer.count - 1)))
        let list = Rect(x: inner.x, y: inner.y, width: inner.width, height: listHeight)
        drawList(rows, selection: state.checkout.selection, focused: focused, in: list, on: &screen, theme: theme)
        let flash = state.checkout.flash.flatMap { $0.isActive(at: state.now) ? $0 : nil }
        if let flash, listHeight > 0 {
            let first = firstVisible(selection: state.checkout.selection, count: rows.count, height: listHeight)
            for (offset, item) in basket.items.enumerated().dropFirst(first).prefix(listHeight) {
                let y = inner.y + offset - first
                let origin = Point(x: inner.x, y: y)
                if let move = flash.priceMove(sku: item.sku, to: item.price) {
                    highlight("× " + money.money(item.price, code), in: rows[offset], at: origin, style: flashStyle(move, theme), on: &screen)
                    highlight(money.money(item.total, code), in: rows[offset], at: origin, style: flashStyle(move, theme), on: &screen)
                }
            }
        }
        var y = inner.y + listHeight + (listHeight > 0 ? 1 : 0)
        for (index, line) in footer.enumerated() where y < inner.maxY {
            let isPayLine = index == footer.count - 1
            screen.put(line, at: Point(x: inner.x, y: y), style: index == 0 ? theme[.muted] : theme[.text], maxWidth: inner.width)
            if isPayLine, let range = line.range(of: payLabel) {
                let offset = TextWidth.width(of: String(line[..<range.lowerBound]))
                screen.style(Rect(x: inner.x + offset, y: y, width: max(0, inner.width - offset), height: 1)) { $0 = theme[.accent] }
                if let move = flash?.paidTotalMove(to: basket.paidTotal) {
                    highlight(money.money(basket.paidTotal, code), in: line, at: Point(x: inner.x, y: y), style: flashStyle(move, theme), on: &screen)
                }
            }
            if index == 0, let move = flash?.totalMove(to: basket.total) {
                highlight(money.money(basket.total, code), in: line, at: Point(x: inner.x, y: y), style: flashStyle(move, theme), on: &screen)
            }
            y += 1
        }
    }

    /// The style of a figure that moved on re-price: up in the positive role, down in the negative, and bold.
    static func flashStyle(_ move: PriceMove, _ theme: Theme) -> Style {
        var style = theme[move == .up ? .positive : .negative]
        style.attributes.insert(.bold)
        style.attributes.insert(.reverse)
        return style
    }

    /// The widest a basket or wallet line gets between its label and its amount: on a 200-column screen a total
    /// stays near what it totals.
    static let readingWidth = 80

    static func drawWallet(_ state: AppState, in rect: Rect, on screen: inout Screen, context: RenderContext) {
        let theme = context.theme
        let focused = state.focus == .wallet
        let inner = Box(title: "Wallet [3]", focused: focused).draw(in: rect, on: &screen, theme: theme)
        guard inner.height > 0 else { return }
        guard state.market.holdingsLoaded else {
            drawNotYet(state.market.holdingsFailure, state, in: inner, on: &screen, theme: theme)
            return
        }
        let money = context.money
        var y = inner.y
        for metal in MetalType.allCases {
            let held = state.market.holdings.filter { $0.metalType == metal }
            guard !held.isEmpty, y < inner.maxY else { continue }
            let grams = held.reduce(Decimal(0)) { $0 + $1.weight }
            let value = held.reduce(Decimal(0)) { $0 + $1.value }
            let code = held.first?.currencyCode ?? ""
            let shownGrams = state.privacy ? MainScreen.mask : money.grams(grams)
            let shownValue = state.privacy ? MainScreen.mask : money.money(value, code)
            let label = TextWidth.fit(metal.rawValue.capitalized, to: 7) + pad(shownGrams, 12)
            let worth = "≈ " + pad(shownValue, 10) + " " + code
            // The value keeps its currency on a narrow pane: the gap before it shrinks instead.
            let line = TextWidth.width(of: label + "   " + worth) <= inner.width ? label + "   " + worth
                : columns(label, "≈ " + shownValue + " " + code, width: inner.width)
            screen.put(line, at: Point(x: inner.x, y: y), style: theme[.accent], maxWidth: inner.width)
            y += 1
        }
        if state.market.holdings.isEmpty {
            screen.put("empty wallet", at: inner.origin, style: theme[.muted], maxWidth: inner.width)
            return
        }
        // On a wide pane an amount stays near its label (within `readingWidth`), not a hundred columns away.
        let rowWidth = min(inner.width, Self.readingWidth)
        let rows = state.market.holdings.map { holding in
            state.privacy
                ? columns("  \(MainScreen.mask) × \(holding.productName)", MainScreen.mask, width: rowWidth)
                : columns("  \(holding.amount) × \(holding.productName)",
                          money.money(holding.value, holding.currencyCode) + (holding.currencyCode.isEmpty ? "" : " " + holding.currencyCode), width: rowWidth)
        }
        let list = Rect(x: inner.x, y: y, width: inner.width, height: max(0, inner.maxY - y))
        drawList(rows, selection: state.market.walletSelection, focused: focused, in: list, on: &screen, theme: theme)
    }

    static func drawRates(_ state: AppState, in rect: Rect, on screen: inout Screen, context: RenderContext) {
        let theme = context.theme
        let focused = state.focus == .rates
        let currencyName = state.historyCurrency?.itemCurrencyName ?? "—"
        let ranges = RatePeriod.allCases.map { $0 == state.market.historyPeriod ? "[\($0.rawValue)]" : $0.rawValue }.joined(separator: " ")
        let inner = Box(title: "Rates [4] · \(currencyName) · \(ranges)", trailing: state.ratesAreStale ? "stale" : nil,
                        trailingRole: .warning, focused: focused).draw(in: rect, on: &screen, theme: theme)
        guard inner.height > 0 else { return }
        let money = context.money
        let rows = state.market.rates.map { rate in
            columns("\(rate.itemCurrencyName)",
                    "buy \(money.money(rate.buy, rate.currencyCode))  sell \(money.money(rate.sell, rate.currencyCode))\(rate.currencyCode.isEmpty ? "" : " " + rate.currencyCode + "/g")",
                    width: inner.width)
        }
        let listHeight = min(rows.count, max(1, inner.height / 3))
        drawList(rows, selection: state.market.rateSelection, focused: focused,
                 in: Rect(x: inner.x, y: inner.y, width: inner.width, height: listHeight), on: &screen, theme: theme)
        let chartTop = inner.y + listHeight
        // The last row is the summary; above it, when there is room, the time axis.
        let hasAxis = inner.maxY - chartTop - 1 >= 5
        let chartHeight = inner.maxY - chartTop - 1 - (hasAxis ? 1 : 0)
        guard chartHeight > 0 else { return }
        guard !state.market.history.isEmpty else {
            screen.put(state.market.rates.isEmpty ? "loading…" : "no history yet", at: Point(x: inner.x, y: chartTop), style: theme[.muted], maxWidth: inner.width)
            return
        }
        let summary = state.market.historySummary
        let values = summary?.values ?? []
        let labelWidth = 10
        let chartWidth = max(0, inner.width - labelWidth - 1)
        // Buckets fixed in time when the points are on a regular grid: a history one minute newer redraws a column.
        let samples = context.chart == .braille ? chartWidth * 2 : chartWidth
        let plotted = summary?.firstSlot.map { BrailleChart.resample(values, firstSlot: $0, to: samples) } ?? values
        let lines = context.chart.rows(plotted, width: chartWidth, height: chartHeight)
        for (offset, line) in lines.enumerated() {
            screen.put(line, at: Point(x: inner.x, y: chartTop + offset), style: theme[.chart])
        }
        let code = state.historyCurrency?.currencyCode
        let high = summary?.high ?? 0
        let low = summary?.low ?? 0
        let last = summary?.last ?? 0
        let labelX = inner.x + chartWidth + 1
        if chartHeight >= 4 {
            screen.put("max", at: Point(x: labelX, y: chartTop), style: theme[.muted])
            screen.put(money.money(high, code), at: Point(x: labelX, y: chartTop + 1), style: theme[.positive], maxWidth: labelWidth)
            screen.put("min", at: Point(x: labelX, y: chartTop + chartHeight - 2), style: theme[.muted])
            screen.put(money.money(low, code), at: Point(x: labelX, y: chartTop + chartHeight - 1), style: theme[.negative], maxWidth: labelWidth)
        } else {
            screen.put(money.money(high, code), at: Point(x: labelX, y: chartTop), style: theme[.positive], maxWidth: labelWidth)
            if chartHeight >= 2 {
                screen.put(money.money(low, code), at: Point(x: labelX, y: chartTop + chartHeight - 1), style: theme[.negative], maxWidth: labelWidth)
            }
        }
        // How the points were sampled: over a long range they are far apart, so a peak between two of them does not
        // show (a year's max can be below the month's). Said on the time axis, else after the figures.
        let sampled = summary?.sampling.map { " " + $0 } ?? ""
        let points = "\(state.market.history.count) points\(sampled)"
        let sparse = (summary?.spacing ?? 0) >= 3_600
        // The longest that fits: the whole sentence, a shorter one, the bare count.
        let notes = sparse ? [points + ", peaks between them do not show", points + " (peaks between hidden)", points + " (peaks hidden)", points] : [points]
        var axisShown = false
        if hasAxis, let span = summary?.span {
            axisShown = drawTimeAxis(span, period: state.market.historyPeriod, notes: notes,
                                     at: Point(x: inner.x, y: chartTop + chartHeight), width: chartWidth, on: &screen, context: context)
        }
        let sampling = notes[notes.count > 1 ? 1 : 0]
        // Which series the chart plots, and in what: the buy rate, per gram.
        let unit = code.map { " " + $0 + "/g" } ?? ""
        let lastLine = "buy\(unit) · last \(money.money(last, code)) · max \(money.money(high, code)) · min \(money.money(low, code))"
            + (axisShown ? "" : " · " + sampling)
        screen.put(TextWidth.truncate(lastLine, to: inner.width), at: Point(x: inner.x, y: inner.maxY - 1), style: theme[.accent])
    }

    /// The chart's time axis: the first point's time at the left, the last's at the right edge, and the first of `notes`
    /// (how the points were sampled) that fits centred between them; false when none fits with the two times.
    @discardableResult
    static func drawTimeAxis(_ span: ClosedRange<Date>, period: RatePeriod, notes: [String], at origin: Point, width: Int,
                             on screen: inout Screen, context: RenderContext) -> Bool {
        let spansDays = !context.isSameDay(span.lowerBound, span.upperBound)
        let first = context.axisLabel(span.lowerBound, period: period, spansDays: spansDays)
        let last = context.axisLabel(span.upperBound, period: period, spansDays: spansDays)
        let style = context.theme[.muted]
        let room = width - TextWidth.width(of: first) - TextWidth.width(of: last) - 4
        guard let note = notes.first(where: { TextWidth.width(of: $0) <= room }) else { return false }
        let noteWidth = TextWidth.width(of: note)
        screen.put(first, at: origin, style: style)
        screen.put(last, at: Point(x: origin.x + width - TextWidth.width(of: last), y: origin.y), style: style)
        let x = origin.x + TextWidth.width(of: first) + 2 + (room - noteWidth) / 2
        screen.put(note, at: Point(x: x, y: origin.y), style: style)
        return true
    }

    static func pad(_ text: String, _ width: Int) -> String {
        let used = TextWidth.width(of: text)
        return used >= width ? text : String(repeating: " ", count: width - used) + text
    }

    /// Rows the basket pane gives its lines: what is left above the total, fee and pay lines and a blank row.
    static func basketListHeight(_ basket: Basket, in inner: Rect) -> Int {
        let feeLine = Charges(basket).lines.contains { $0.kind != .vat } ? 1 : 0
        return max(0, min(basket.items.count, inner.height - (2 + feeLine) - 1))
    }
}
