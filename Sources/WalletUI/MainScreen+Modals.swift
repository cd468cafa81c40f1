import Foundation
import MintedAPI
import TerminalKit
import WalletCore

/// The modals over the main screen; each is centred in the body and clipped to it, at any size.
extension MainScreen {
    static func drawModal(_ modal: Modal, _ state: AppState, in body: Rect, on screen: inout Screen, context: RenderContext) {
        switch modal {
        case .quantity(let entry): drawQuantity(entry, state, in: body, on: &screen, context: context)
        case .clearConfirmation: drawClearConfirmation(state, in: body, on: &screen, context: context)
        case .confirmation: drawConfirmation(state, in: body, on: &screen, context: context)
        case .address(let form): drawAddressForm(form, state, in: body, on: &screen, context: context)
        case .receipt(let view): drawReceipt(view, state, in: body, on: &screen, context: context)
        case .orders: drawOrders(state, in: body, on: &screen, context: context)
        case .customers: drawCustomers(state, in: body, on: &screen, context: context)
        case .customerForm(let form): drawCustomerForm(form, state, in: body, on: &screen, context: context)
        case .customerRemoval(let customer): drawCustomerRemoval(customer, state, in: body, on: &screen, context: context)
        case .inspector: drawInspector(state, in: body, on: &screen, context: context)
        case .faults: drawFaults(state, in: body, on: &screen, context: context)
        case .webview: drawWebview(state, in: body, on: &screen, context: context)
        case .messages(let offset): drawMessages(offset: offset, state, in: body, on: &screen, context: context)
        }
    }

    /// Clears a centred `width` × `height` area (clipped to `bounds`), frames it and returns the inner area.
    static func sheet(_ title: String, trailing: String? = nil, trailingRole: ThemeRole = .muted, width: Int, height: Int,
                      in bounds: Rect, on screen: inout Screen, theme: Theme) -> Rect {
        let w = min(width, bounds.width)
        let h = min(height, bounds.height)
        let rect = Rect(x: bounds.x + max(0, (bounds.width - w) / 2), y: bounds.y + max(0, (bounds.height - h) / 2), width: w, height: h)
        screen.fill(rect, with: Cell(text: " ", style: theme[.text]))
        return Box(title: title, trailing: trailing, trailingRole: trailingRole, focused: true).draw(in: rect, on: &screen, theme: theme)
    }

    /// Puts `text` on row `row` of `inner`, clipped; rows outside are ignored.
    static func line(_ text: String, row: Int, in inner: Rect, role: ThemeRole = .text, on screen: inout Screen, theme: Theme) {
        guard row >= 0, row < inner.height else { return }
        screen.put(TextWidth.truncate(text, to: inner.width), at: Point(x: inner.x, y: inner.y + row), style: theme[role])
    }

    static func drawQuantity(_ entry: QuantityEntry, _ state: AppState, in body: Rect, on screen: inout Screen, context: RenderContext) {
        let theme = context.theme
        let inner = sheet("Add to the \(state.checkout.type.rawValue.uppercased()) basket", width: 48, height: 7, in: body, on: &screen, theme: theme)
        line(entry.productName + " · " + entry.sku, row: 0, in: inner, on: &screen, theme: theme)
        line("Quantity", row: 2, in: inner, role: .accent, on: &screen, theme: theme)
        if inner.height > 2 {
            let field = TextWidth.fit(entry.text + "▏", to: 6)
            screen.put(field, at: Point(x: inner.x + 10, y: inner.y + 2), style: theme[.selection], maxWidth: max(0, inner.width - 10))
        }
        // What the wallet holds of it, so that selling or delivering more than is held is seen before the last step.
        let type = state.checkout.type
        let held = state.market.holdings.first { $0.sku == entry.sku }?.amount ?? 0
        if state.market.holdingsLoaded {
            let short = type != .buy && held == 0
            line("in the wallet: \(held)" + (short ? " — nothing to \(type == .sell ? "sell" : "deliver")" : ""), row: 1, in: inner,
                 role: short ? .warning : .muted, on: &screen, theme: theme)
        }
        if let quantity = entry.quantity, type != .buy, state.market.holdingsLoaded, quantity > held {
            line("over the \(held) held: the \(type.rawValue) will be refused", row: 4, in: inner, role: .warning, on: &screen, theme: theme)
            return
        }
        let valid = entry.quantity != nil
        line(valid ? "1–\(QuantityEntry.maximum) · Enter adds · Esc cancels" : "a whole number from 1 to \(QuantityEntry.maximum)",
             row: 4, in: inner, role: valid ? .muted : .danger, on: &screen, theme: theme)
    }

    static func drawClearConfirmation(_ state: AppState, in body: Rect, on screen: inout Screen, context: RenderContext) {
        let theme = context.theme
        let inner = sheet("Clear the basket?", width: 48, height: 6, in: body, on: &screen, theme: theme)
        let lines = state.checkout.basket?.items.count ?? 0
        line("Remove all \(lines) line\(lines == 1 ? "" : "s") of the \(state.checkout.type.rawValue) basket?", row: 0, in: inner, on: &screen, theme: theme)
        line("y clears · n or Esc keeps it", row: 2, in: inner, role: .warning, on: &screen, theme: theme)
    }

    static func drawConfirmation(_ state: AppState, in body: Rect, on screen: inout Screen, context: RenderContext) {
        let theme = context.theme
        let money = context.money
        let type = state.checkout.type
        guard let basket = state.checkout.basket else {
            let inner = sheet("Confirm", width: 40, height: 4, in: body, on: &screen, theme: theme)
            line("the basket is gone", row: 0, in: inner, role: .muted, on: &screen, theme: theme)
            return
        }
        let height = ConfirmationSheet.height(for: basket, type: type)
        guard body.width >= ConfirmationSheet.width, body.height >= height else {
            let inner = sheet("Confirm", width: 44, height: 5, in: body, on: &screen, theme: theme)
            line("Terminal too small for the confirmation", row: 0, in: inner, role: .warning, on: &screen, theme: theme)
            line("need \(ConfirmationSheet.width)×\(height + 2) · Esc cancels", row: 1, in: inner, on: &screen, theme: theme)
            return
        }
        let seconds = state.lockSecondsLeft
        let gauge = seconds.map { LockGauge(secondsLeft: $0, totalSeconds: state.checkout.lockLength ?? context.lockSeconds) }
        let inner = sheet("Confirm \(type.rawValue.uppercased())", trailing: gauge.map { "lock " + $0.clock }, trailingRole: gauge?.role ?? .muted,
                          width: ConfirmationSheet.width, height: height, in: body, on: &screen, theme: theme)
        let code = basket.currencyCode
        let flash = state.checkout.flash.flatMap { $0.isActive(at: state.now) ? $0 : nil }
        let who = state.masksPersonalData ? mask : (state.customer?.displayName ?? state.customerId)
        var row = 0
        line("\(type.rawValue.uppercased()) basket · \(who)", row: row, in: inner, role: .accent, on: &screen, theme: theme)
        row += 2
        for item in basket.items {
            let text = columns("\(item.amount) × \(item.productName) @ \(money.money(item.price, code))", money.money(item.total, code), width: inner.width)
            line(text, row: row, in: inner, on: &screen, theme: theme)
            if let move = flash?.priceMove(sku: item.sku, to: item.price) {
                highlight(money.money(item.total, code), in: text, at: Point(x: inner.x, y: inner.y + row), style: flashStyle(move, theme), on: &screen)
            }
            row += 1
        }
        row += 1
        let totalText = columns("total", money.money(basket.total, code), width: inner.width)
        line(totalText, row: row, in: inner, on: &screen, theme: theme)
        if let move = flash?.totalMove(to: basket.total) {
            highlight(money.money(basket.total, code), in: totalText, at: Point(x: inner.x, y: inner.y + row), style: flashStyle(move, theme), on: &screen)
        }
        row += 1
        let charges = Charges(basket)
        for fee in charges.lines {
            let sign = type == .sell ? FeeLine.Sign.minus : charges.sign
            line(columns("  \(sign.rawValue) \(fee.label(percent: money.percent))", money.money(fee.amount, code), width: inner.width),
                 row: row, in: inner, role: .muted, on: &screen, theme: theme)
            row += 1
        }
        let payLabel = type == .sell ? "you receive" : "you pay"
        let payText = columns(payLabel, "\(money.money(basket.paidTotal, code)) \(code ?? "")", width: inner.width)
        line(payText, row: row, in: inner, role: .accent, on: &screen, theme: theme)
        if let move = flash?.paidTotalMove(to: basket.paidTotal) {
            highlight(money.money(basket.paidTotal, code), in: payText, at: Point(x: inner.x, y: inner.y + row), style: flashStyle(move, theme), on: &screen)
        }
        row += 1
        if type == .delivery {
            let address = state.roster.addresses[state.customerId]
            let first = state.masksPersonalData ? mask : [address?.fullname, address?.phone].compactMap { $0 }.joined(separator: " · ")
            let second = state.masksPersonalData ? mask : [address?.address, address?.district, address?.city, address?.zipcode].compactMap { $0 }.joined(separator: ", ")
            line("ship to  " + first, row: row, in: inner, on: &screen, theme: theme)
            line("         " + second, row: row + 1, in: inner, on: &screen, theme: theme)
            row += 2
        }
        row += 1
        if let gauge, gauge.secondsLeft > 0, !state.checkout.repricing {
            line("lock " + gauge.bar(cells: 12) + " " + gauge.clock + " · \(gauge.secondsLeft) s left at these prices",
                 row: row, in: inner, role: gauge.role, on: &screen, theme: theme)
        } else if gauge != nil {
            line("lock expired — re-pricing; Enter waits for the new prices", row: row, in: inner, role: .danger, on: &screen, theme: theme)
        }
        row += 1
        if state.checkout.completing {
            line("completing… (one request, never twice)", row: row, in: inner, role: .warning, on: &screen, theme: theme)
        } else {
            line("Enter confirms · Esc cancels", row: row, in: inner, role: .muted, on: &screen, theme: theme)
        }
    }

    static func drawAddressForm(_ form: AddressForm, _ state: AppState, in body: Rect, on screen: inout Screen, context: RenderContext) {
        let theme = context.theme
        let fields = AddressField.allCases
        let inner = sheet("Shipping address · delivery", width: 66, height: 4 + fields.count * 2, in: body, on: &screen, theme: theme)
        line("Where should the metal go? Required fields are marked *.", row: 0, in: inner, role: .muted, on: &screen, theme: theme)
        let labelWidth = 12
        let fieldWidth = max(0, inner.width - labelWidth)
        for (index, field) in fields.enumerated() {
            let row = 1 + index * 2
            guard row < inner.height else { break }
            let focused = field == form.focus
            let label = TextWidth.fit(field.label + (field.isRequired ? " *" : ""), to: labelWidth)
            screen.put(label, at: Point(x: inner.x, y: inner.y + row), style: theme[focused ? .focus : .text])
            let shown = state.masksPersonalData && !focused ? (form[field].isEmpty ? "" : mask) : form[field]
            let text = focused ? CaretText.split(shown, caret: form.caret).before + "▏" + CaretText.split(shown, caret: form.caret).after : shown
            let visible = TextWidth.width(of: text) > fieldWidth ? "…" + String(text.suffix(max(0, fieldWidth - 1))) : text
            screen.put(TextWidth.fit(visible, to: fieldWidth), at: Point(x: inner.x + labelWidth, y: inner.y + row),
                       style: theme[focused ? .selection : .border], maxWidth: fieldWidth)
            if let problem = form.problems[field] {
                line(String(repeating: " ", count: labelWidth) + "✗ " + problem, row: row + 1, in: inner, role: .danger, on: &screen, theme: theme)
            } else {
                line(String(repeating: " ", count: labelWidth) + field.constraint, row: row + 1, in: inner, role: .muted, on: &screen, theme: theme)
            }
        }
        line("Tab next · Enter continue · Esc cancel", row: inner.height - 1, in: inner, role: .muted, on: &screen, theme: theme)
    }

    static func drawReceipt(_ view: ReceiptView, _ state: AppState, in body: Rect, on screen: inout Screen, context: RenderContext) {
        let theme = context.theme
        let money = context.money
        let receipt = view.receipt
        let code = receipt.currencyCode
        let type = receipt.type.flatMap(BasketType.init(rawValue:))
        var rows: [(String, ThemeRole)] = []
        let order = receipt.orderId.map { "order \($0)" } ?? "order"
        let issued = receipt.issuedAt.flatMap(Timestamp.parse).map { context.dateTime($0) + " " + context.zoneName($0) }
        rows.append(([order, receipt.type?.uppercased(), receipt.statusName, issued].compactMap { $0 }.joined(separator: " · "), .accent))
        rows.append(("", .text))
        let width = min(72, body.width) - 4
        for item in receipt.items {
            rows.append((columns("\(item.amount) × \(item.productName) @ \(money.money(item.price, code))", money.money(item.total, code), width: width), .text))
        }
        rows.append(("", .text))
        rows.append((columns("total", money.money(receipt.total, code), width: width), .text))
        for fee in Charges(receipt).lines {
            rows.append((columns("  " + fee.label(percent: money.percent), money.money(fee.amount, code), width: width), .muted))
        }
        // What a sell pays out comes to the customer: its sign says so.
        rows.append((columns(type == .sell ? "received" : "paid", (type == .sell ? "+" : "") + "\(money.money(receipt.paidTotal, code)) \(code ?? "")",
                             width: width), .accent))
        if let address = view.shippingAddress {
            rows.append(("", .text))
            for (index, part) in TextWidth.wrap("ship to " + address.oneLine, to: max(1, width)).enumerated() {
                rows.append(((index == 0 ? "" : "  ") + part, .text))
            }
        }
        rows.append(("", .text))
        rows.append(("receipt \(receipt.guid)" + (view.isFromServer ? "" : " · from the order"), .muted))
        if let invoice = view.invoice {
            rows.append(("invoice \(invoice.guid) · order code \(invoice.orderCode)", .accent))
            if let url = invoice.url { rows.append(("  " + url, .muted)) }
        } else if view.invoiceLoading {
            rows.append(("invoice: loading…", .muted))
        }
        let inner = sheet("Receipt", trailing: view.invoiceOrderId == nil ? "y copy · Esc closes" : "v invoice · y copy · Esc closes", width: width + 4, height: rows.count + 2, in: body, on: &screen, theme: theme)
        let shown = rows.count > inner.height ? Array(rows.prefix(max(0, inner.height - 1))) + [("… \(rows.count - inner.height + 1) more lines", ThemeRole.muted)] : rows
        for (index, row) in shown.enumerated() {
            line(row.0, row: index, in: inner, role: row.1, on: &screen, theme: theme)
        }
    }

    static func drawOrders(_ state: AppState, in body: Rect, on screen: inout Screen, context: RenderContext) {
        let theme = context.theme
        let money = context.money
        let view = state.orders
        let filter = BasketType.allCases.map { type in
            let key = String(type.rawValue.prefix(1))
            return view.types.isEmpty || view.types.contains(type) ? "[\(key)]" : key
        }.joined(separator: " ")
        let inner = sheet("Orders · page \(view.page)/\(view.lastPage) · \(view.total) total · \(view.filterTitle)", trailing: filter,
                          width: min(96, body.width), height: min(body.height, OrdersView.pageSize + 5), in: body, on: &screen, theme: theme)
        guard inner.height > 0 else { return }
        let dateWidth = 16
        let typeWidth = 8
        let statusWidth = 12
        let amountWidth = 16
        let header = TextWidth.fit("date", to: dateWidth) + " " + TextWidth.fit("type", to: typeWidth) + " " + TextWidth.fit("status", to: statusWidth)
            + " " + pad("paid / received", amountWidth) + "  items"
        line(header, row: 0, in: inner, role: .muted, on: &screen, theme: theme)
        let list = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: max(0, inner.height - 2))
        if view.orders.isEmpty {
            let filtered = !view.types.isEmpty || view.status != .all || view.range != .allTime
            line(view.loading ? "loading…" : "no orders" + (filtered ? " matching these filters" : ""), row: 1, in: inner, role: .muted, on: &screen, theme: theme)
        } else {
            let rows = view.orders.map { order in
                let date = order.orderDate.map(context.dateTime) ?? "—"
                let items = order.items.map { "\($0.amount) × \($0.productName)" }.joined(separator: ", ")
                return TextWidth.fit(date, to: dateWidth) + " " + TextWidth.fit(order.type ?? "—", to: typeWidth) + " "
                    + TextWidth.fit(order.statusName ?? "—", to: statusWidth) + " "
                    + pad("\(money.money(order.paidTotal, order.currencyCode)) \(order.currencyCode ?? "")", amountWidth) + "  " + items
            }
            drawList(rows, selection: view.selection, focused: true, in: list, on: &screen, theme: theme)
        }
        line("Enter receipt · [ ] page · b s d · f status · r dates · S sort · Esc" + (view.loading ? " · loading…" : ""), row: inner.height - 1, in: inner,
             role: .muted, on: &screen, theme: theme)
    }
}
