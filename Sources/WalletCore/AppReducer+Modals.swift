import Foundation
import MintedAPI

/// Keys inside the modals: Enter, Esc, typing.
extension AppReducer {
    static func modalConfirmed(_ state: inout AppState) -> Effect {
        switch state.modal {
        case nil:
            return .none
        case .quantity(let entry):
            guard let quantity = entry.quantity else {
                state.notice = Notice(.error, "quantity must be a whole number from 1 to \(QuantityEntry.maximum)")
                return .none
            }
            return basket(.quantityEntered(sku: entry.sku, qty: quantity), &state)
        case .clearConfirmation:
            return basket(.clearConfirmed, &state)
        case .confirmation:
            return basket(.completionConfirmed, &state)
        case .address(let form):
            return addressSubmitted(form, &state)
        case .receipt:
            return modalDismissed(&state)
        case .orders:
            return orders(.orderChosen, &state)
        case .customers:
            return customers(.chosen, &state)
        case .customerForm(let form):
            return customers(.formSubmitted(form), &state)
        case .customerRemoval(let customer):
            return customers(.removalConfirmed(customer), &state)
        case .inspector:
            return inspector(.confirmed, &state)
        case .faults:
            return faults(.rowConfirmed, &state)
        case .webview:
            // Both lead to Complete: refused up front under `--readonly`, as `c` and `y` are.
            guard !state.readOnly else {
                state.notice = readOnlyNotice
                return .none
            }
            return webview(state.webview.confirming ? .completionConfirmed : .completionRequested, &state)
        case .messages:
            return .none
        }
    }

    static func modalDismissed(_ state: inout AppState) -> Effect {
        // Esc on the main screen clears the footer's message; the log (`m`) keeps it.
        guard state.modal != nil else {
            state.notice = nil
            return .none
        }
        if state.modal == .inspector { return inspector(.dismissed, &state) }
        if state.modal == .webview { return webview(.dismissed, &state) }
        if case .receipt(let view) = state.modal, view.returnsToOrders {
            state.modal = .orders
        } else if case .customerForm = state.modal {
            state.modal = .customers
        } else if case .customerRemoval = state.modal {
            state.modal = .customers
        } else {
            state.modal = nil
        }
        return .none
    }

    static func characterTyped(_ character: Character, _ state: inout AppState) -> Effect {
        switch state.modal {
        case .quantity(var entry):
            entry.type(character)
            state.modal = .quantity(entry)
        case .address(var form):
            form.type(character)
            state.modal = .address(form)
        case .customerForm(var form):
            form.type(character)
            state.modal = .customerForm(form)
        case .inspector where state.inspector.editingSearch:
            return inspector(.searchTyped(character), &state)
        case .inspector where state.inspector.editingFilter:
            return inspector(.filterTyped(character), &state)
        case .customers where state.roster.lookup != nil:
            return customers(.lookupTyped(character), &state)
        default:
            break
        }
        return .none
    }

    static func characterDeleted(_ state: inout AppState, _ erase: TextErase = .character) -> Effect {
        switch state.modal {
        case .quantity(var entry):
            entry.deleteBackward(erase)
            state.modal = .quantity(entry)
        case .address(var form):
            form.deleteBackward(erase)
            state.modal = .address(form)
        case .customerForm(var form):
            form.deleteBackward(erase)
            state.modal = .customerForm(form)
        case .inspector where state.inspector.editingSearch && erase == .character:
            return inspector(.searchErased, &state)
        case .inspector where state.inspector.editingFilter && erase == .character:
            return inspector(.filterErased, &state)
        case .customers where state.roster.lookup != nil:
            return customers(.lookupErased(erase), &state)
        default:
            break
        }
        return .none
    }

    /// Tab / ↑ ↓ in a form: the next or previous field.
    static func fieldMoved(by delta: Int, _ state: inout AppState) -> Effect {
        if case .address(var form) = state.modal {
            form.moveFocus(by: delta)
            state.modal = .address(form)
        } else if case .customerForm(var form) = state.modal {
            form.moveFocus(by: delta)
            state.modal = .customerForm(form)
        }
        return .none
    }

    /// ← → Home End in a form: the cursor moves within the focused field.
    static func caretMoved(_ move: CaretMove, _ state: inout AppState) -> Effect {
        if case .address(var form) = state.modal {
            form.moveCaret(move)
            state.modal = .address(form)
        } else if case .customerForm(var form) = state.modal {
            form.moveCaret(move)
            state.modal = .customerForm(form)
        }
        return .none
    }
}
