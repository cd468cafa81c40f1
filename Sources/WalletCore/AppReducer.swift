import Foundation
import MintedAPI

/// The pure heart of the app: state changes only here, and everything else is returned as an `Effect`.
public enum AppReducer {
    public static func reduce(into state: inout AppState, action: AppAction) -> Effect {
        guard state.demo else { return reduceEvent(into: &state, action: action) }
        let before = state
        let effect = reduceEvent(into: &state, action: action)
        if let text = DemoCaption.text(for: action, before: before, after: state) {
            state.captions.post(text, at: state.now)
        }
        return effect
    }

    private static func reduceEvent(into state: inout AppState, action: AppAction) -> Effect {
        guard state.readOnly else { return reduceAllowed(into: &state, action: action) }
        // `--readonly`: the person's changes are refused up front, and no write leaves the reducer whatever led to it.
        let before = state
        let effect = action.changesAnything ? nil : reduceAllowed(into: &state, action: action)
        if let effect, !effect.calls.contains(where: \.isWrite) { return effect }
        state = before
        state.notice = readOnlyNotice
        return .none
    }

    /// What `--readonly` answers a change with.
    static let readOnlyNotice = Notice(.info, "READ-ONLY: changes are disabled (--readonly)")

    private static func reduceAllowed(into state: inout AppState, action: AppAction) -> Effect {
        switch action {
        case .started:
            // The book is not read yet, so remembering saves nothing now; the book's answer merges and saves.
            return CustomersFeature.remember(KnownCustomer(externalId: state.customerId), &state.roster)
                + .tick(every: .seconds(1), id: .ticker)
                + call(.customer(state.customerId), &state)
                + call(.products, &state)
                + loadBasket(&state)
                + call(.balance(customer: state.customerId), &state)
                + call(.currencyRates, &state)
                + .loadCustomerBook
        case .ticked(let now):
            state.now = now
            if state.demo { state.captions.advance(at: now) }
            return BasketFeature.repriceIfDue(&state.checkout, FeatureContext(state))
        case .viewportChanged(let columns, let rows):
            state.viewport = Viewport(columns: columns, rows: rows)
            return .none
        case .basket(let action):
            return basket(action, &state)
        case .customers(let action):
            return customers(action, &state)
        case .receiptLoaded(let guid, let result):
            return receiptLoaded(guid: guid, result, &state)
        case .invoiceLoaded(let orderId, let result):
            return invoiceLoaded(orderId: orderId, result, &state)
        case .focusAdvanced:
            state.focus = state.focus.next
            return .none
        case .focusRetreated:
            state.focus = state.focus.previous
            return .none
        case .paneChosen(let pane):
            state.focus = pane
            return .none
        case .selectionMoved(let delta) where state.showsHelp:
            // Kept below what any key table needs; the overlay shows the last page when asked past it.
            state.helpOffset = min(max(0, state.helpOffset + delta), 200)
            return .none
        case .selectionMoved(let delta) where state.modal == .orders:
            return orders(.moved(by: delta), &state)
        case .selectionMoved(let delta) where state.modal == .inspector:
            return inspector(.moved(by: delta), &state)
        case .selectionMoved(let delta) where state.modal == .faults:
            return faults(.moved(by: delta), &state)
        case .selectionMoved(let delta) where state.modal?.messagesOffset != nil:
            let offset = state.modal?.messagesOffset ?? 0
            state.modal = .messages(offset: MessageBoard.offset(offset, movedBy: delta, entries: state.messages.log.count))
            return .none
        case .messagesOpened:
            state.modal = .messages(offset: 0)
            return .none
        case .selectionMoved(let delta) where state.modal == .customers:
            return customers(.moved(by: delta), &state)
        case .selectionMoved(let delta):
            return selectionMoved(by: delta, &state)
        case .focusedRowChosen:
            // Enter adds only from the products pane; in the others it has nothing to open.
            return state.focus == .products ? basket(.addRequested, &state) : .none
        case .invoiceRequested:
            return invoiceRequested(&state)
        case .receiptCopyRequested:
            guard case .receipt(let view) = state.modal else { return .none }
            state.notice = Notice(.info, "receipt copied to the clipboard (OSC 52)")
            return .copy(view.text)
        case .modalConfirmed:
            return modalConfirmed(&state)
        case .modalDismissed:
            return modalDismissed(&state)
        case .characterTyped(let character):
            return characterTyped(character, &state)
        case .characterDeleted:
            return characterDeleted(&state)
        case .textErased(let erase):
            return characterDeleted(&state, erase)
        case .addressSentAnyway:
            guard case .address(let form) = state.modal else { return .none }
            return addressSubmitted(form, &state, validating: false)
        case .fieldMoved(let delta):
            return fieldMoved(by: delta, &state)
        case .caretMoved(let move):
            return caretMoved(move, &state)
        case .playbackAdvanced(let step?, let key):
            if state.playback?.step != step { state.captions.post(step, at: state.now) }
            state.playback = Playback(step: step, key: key)
            return .none
        case .playbackAdvanced(nil, _):
            state.playback = nil
            state.notice = Notice(.info, "playback ended: the keys are yours")
            return .none
        case .privacyToggled:
            state.privacy.toggle()
            return .none
        case .themeCycled:
            state.themeIndex = state.themeIndex == Int.max ? 0 : state.themeIndex + 1
            state.notice = Notice(.info, "theme: " + state.themeName)
            return state.themeNames.isEmpty ? .none : .saveTheme(state.themeName)
        case .refreshRequested:
            state.notice = Notice(.info, "refreshing products, basket, wallet and rates")
            return call(.products, &state)
                + loadBasket(&state)
                + call(.balance(customer: state.customerId), &state)
                + call(.currencyRates, &state)
        case .helpToggled:
            state.showsHelp.toggle()
            state.helpOffset = 0
            return .none
        case .inspector(let action):
            return inspector(action, &state)
        case .screenDumpRequested:
            return .dumpScreen(name: ScreenDump.name(at: state.now))
        case .reportWritten(let kind, let result):
            return reportWritten(kind, result, &state)
        case .faults(let action):
            return faults(action, &state)
        case .webview(let action):
            return webview(action, &state)
        case .orders(let action):
            return orders(action, &state)
        case .market(let action):
            return market(action, &state)
        case .quitRequested:
            return .cancel(.ratePoll) + .cancel(.ticker) + .quit
        }
    }

    /// Asks for `call`, tagged with the basket generation it belongs to. The store counts it in flight.
    static func call(_ call: APICall, _ state: inout AppState) -> Effect {
        .call(call, generation: state.checkout.generation)
    }

    static func loadBasket(_ state: inout AppState) -> Effect {
        BasketFeature.load(state.checkout, FeatureContext(state))
    }
}
