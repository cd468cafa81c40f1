import MintedAPI
import TerminalKit
import WalletCore

extension MainScreen {
    /// What a mouse event means on the screen `state` draws at `size`, as the actions the keys would send: a click on a
    /// footer hint runs it, a click on a pane focuses it and selects the row under the pointer (a click on the selected
    /// product opens its quantity, as Enter does), the wheel moves the selection of whatever list is in front.
    public static func actions(for event: MouseEvent, _ state: AppState, size: Size) -> [AppAction] {
        guard let layout = Layout(size: size, captioned: state.demo) else { return [] }
        let keymap = Keymap.forMode(state.inputMode)
        let point = event.position
        if event.kind == .press, layout.footer.contains(point) {
            let hints = footerHintColumns(keymap.hints(readOnly: state.readOnly), width: layout.footer.width)
            guard let hint = hints.first(where: { $0.columns.contains(point.x - layout.footer.x) })?.hint,
                  let binding = keymap.bindings.first(where: { $0.hint == hint }) else { return [] }
            return [binding.action]
        }
        let onMainScreen = state.modal == nil && !state.showsHelp
        let pane = onMainScreen ? self.pane(at: point, in: layout) : nil
        switch event.kind {
        case .wheelUp, .wheelDown:
            let key: Key = event.kind == .wheelUp ? .up : .down
            guard let action = keymap.action(for: key) else { return [] }
            if let pane, pane != state.focus { return [.paneChosen(pane), action] }
            return [action]
        case .press:
            guard let pane else { return [] }
            var actions: [AppAction] = pane == state.focus ? [] : [.paneChosen(pane)]
            guard let (row, selected) = row(at: point, in: pane, layout: layout, state) else { return actions }
            if row == selected {
                if pane == .products, pane == state.focus { actions.append(.focusedRowChosen) }
            } else {
                actions.append(.selectionMoved(by: row - selected))
            }
            return actions
        }
    }

    /// The pane under `point` on the main screen.
    static func pane(at point: Point, in layout: Layout) -> Pane? {
        let panes: [(Pane, Rect)] = [(.products, layout.products), (.basket, layout.basket), (.wallet, layout.wallet), (.rates, layout.rates)]
        return panes.first { $0.1.contains(point) }?.0
    }

    /// The list row under `point` in `pane` and the row selected now, as indexes of the whole list; nil off the list.
    static func row(at point: Point, in pane: Pane, layout: Layout, _ state: AppState) -> (row: Int, selected: Int)? {
        switch pane {
        case .products:
            let inner = layout.products.inset
            let list = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: max(0, inner.height - 1))
            let count = state.market.products.count
            guard list.contains(point), count > 0 else { return nil }
            let selected = state.market.productSelection
            let row = firstVisible(selection: selected, count: count, height: list.height) + point.y - list.y
            return row < count ? (row, selected) : nil
        case .basket:
            let inner = layout.basket.inset
            guard let basket = state.checkout.basket, !basket.items.isEmpty else { return nil }
            let list = Rect(x: inner.x, y: inner.y, width: inner.width, height: basketListHeight(basket, in: inner))
            guard list.contains(point) else { return nil }
            let selected = state.checkout.selection
            let row = firstVisible(selection: selected, count: basket.items.count, height: list.height) + point.y - list.y
            return row < basket.items.count ? (row, selected) : nil
        case .wallet, .rates:
            return nil
        }
    }
}

extension Rect {
    /// The area inside a one-cell frame, as `Box` draws it.
    var inset: Rect {
        guard width >= 2, height >= 2 else { return Rect(x: x, y: y, width: 0, height: 0) }
        return Rect(x: x + 1, y: y + 1, width: width - 2, height: height - 2)
    }
}
