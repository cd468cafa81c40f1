import Foundation
import MintedAPI
import TerminalKit
import WalletCore

/// The customer list, the create / edit form and the removal question.
extension MainScreen {
    static func drawCustomers(_ state: AppState, in body: Rect, on screen: inout Screen, context: RenderContext) {
        let theme = context.theme
        let customers = state.roster.customers
        let count = customers.count
        let inner = sheet("Customers · \(count) used", trailing: state.readOnly ? "READ-ONLY" : "● in use",
                          trailingRole: state.readOnly ? .danger : .muted,
                          width: min(84, body.width), height: min(body.height, max(count, 1) + 5), in: body, on: &screen, theme: theme)
        guard inner.height > 0 else { return }
        let nameWidth = max(0, min(32, inner.width / 2 - 2))
        line("  " + TextWidth.fit("name", to: nameWidth) + " external id", row: 0, in: inner, role: .muted, on: &screen, theme: theme)
        let list = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: max(0, inner.height - 2))
        if customers.isEmpty {
            line("no customers yet — n creates one", row: 1, in: inner, role: .muted, on: &screen, theme: theme)
        } else {
            let rows = customers.map { customer in
                let marker = customer.externalId == state.customerId ? "● " : "  "
                let name = state.masksPersonalData ? mask : (customer.name ?? "…")
                let id = state.masksPersonalData ? mask : customer.externalId
                return marker + TextWidth.fit(name, to: nameWidth) + " " + id
            }
            drawList(rows, selection: state.roster.selection, focused: true, in: list, on: &screen, theme: theme)
        }
        if let typed = state.roster.lookup {
            let id = state.masksPersonalData && !typed.isEmpty ? mask : typed
            let waiting = state.roster.lookupPending == nil ? "" : "  looking up…"
            line("open id: " + id + "▏" + waiting + "  Enter open · Esc cancel", row: inner.height - 1, in: inner,
                 role: .focus, on: &screen, theme: theme)
            return
        }
        let keys = state.readOnly ? "Enter switch · o open id · Esc close" : "Enter switch · o open id · n new · e edit · D remove · Esc close"
        line(keys, row: inner.height - 1, in: inner, role: .muted, on: &screen, theme: theme)
    }

    static func drawCustomerForm(_ form: CustomerForm, _ state: AppState, in body: Rect, on screen: inout Screen, context: RenderContext) {
        let theme = context.theme
        let fields = CustomerField.allCases
        let title: String
        switch form.purpose {
        case .create: title = "New customer · POST /partner/customer"
        case .edit(let id): title = "Edit customer · " + (state.masksPersonalData ? mask : id)
        }
        let inner = sheet(title, width: 80, height: 4 + fields.count * 2, in: body, on: &screen, theme: theme)
        guard inner.height > 0 else { return }
        let intro = form.loading ? "reading the customer…"
            : form.saving ? "saving… (waiting for the API)"
            : form.purpose == .create ? "* required; the API checks the formats and its messages show here"
            : "Only changed fields are sent (PATCH); the external id cannot change."
        line(intro, row: 0, in: inner, role: form.saving || form.loading ? .warning : .muted, on: &screen, theme: theme)
        let labelWidth = 15
        let fieldWidth = max(0, min(inner.width - labelWidth, 26))
        let noteX = labelWidth + fieldWidth + 1
        let wide = inner.width - noteX >= 24
        for (index, field) in fields.enumerated() {
            let row = 1 + index * 2
            guard row < inner.height - 1 else { break }
            let editable = form.editableFields.contains(field)
            let focused = field == form.focus && !form.loading
            let label = TextWidth.fit(field.label + (field.isRequired && form.purpose == .create ? " *" : ""), to: labelWidth)
            screen.put(label, at: Point(x: inner.x, y: inner.y + row), style: theme[focused ? .focus : (editable ? .text : .muted)],
                       maxWidth: inner.width)
            let shown = state.masksPersonalData && !focused ? (form[field].isEmpty ? "" : mask) : form[field]
            let text = focused ? CaretText.split(shown, caret: form.caret).before + "▏" + CaretText.split(shown, caret: form.caret).after : shown
            let visible = TextWidth.width(of: text) > fieldWidth ? "…" + String(text.suffix(max(0, fieldWidth - 1))) : text
            screen.put(TextWidth.fit(visible, to: fieldWidth), at: Point(x: inner.x + labelWidth, y: inner.y + row),
                       style: theme[focused ? .selection : (editable ? .border : .muted)], maxWidth: max(0, inner.width - labelWidth))
            let constraint = editable ? field.constraint : "fixed"
            let indent = String(repeating: " ", count: labelWidth)
            // The constraint beside the field when there is room, else on the line below; the API's message below it.
            if wide {
                screen.put(TextWidth.truncate(constraint, to: inner.width - noteX), at: Point(x: inner.x + noteX, y: inner.y + row),
                           style: theme[.muted])
            }
            if let problem = form.problems[field] {
                line(indent + "✗ " + problem, row: row + 1, in: inner, role: .danger, on: &screen, theme: theme)
            } else if !wide {
                line(indent + constraint, row: row + 1, in: inner, role: .muted, on: &screen, theme: theme)
            }
        }
        let action = form.purpose == .create ? "Enter create" : "Enter save"
        line("Tab next · \(action) · Esc back", row: inner.height - 1, in: inner, role: .muted, on: &screen, theme: theme)
    }

    static func drawCustomerRemoval(_ customer: KnownCustomer, _ state: AppState, in body: Rect, on screen: inout Screen, context: RenderContext) {
        let theme = context.theme
        let inner = sheet("Remove customer?", width: 64, height: 8, in: body, on: &screen, theme: theme)
        let who = state.masksPersonalData ? mask : "\(customer.name ?? "…") (\(customer.externalId))"
        line("Remove \(who)?", row: 0, in: inner, role: .accent, on: &screen, theme: theme)
        line("The API forgets them: later calls naming them answer 404;", row: 1, in: inner, role: .muted, on: &screen, theme: theme)
        line("their orders stay on record.", row: 2, in: inner, role: .muted, on: &screen, theme: theme)
        line("y removes · n or Esc keeps them", row: 4, in: inner, role: .warning, on: &screen, theme: theme)
    }
}
