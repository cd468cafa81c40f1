import Foundation
import MintedAPI

/// The HTTP inspector, exports and screen dumps.
extension AppReducer {
    /// The data directory's subfolder for exported exchanges.
    static let exchangeFolder = "exchanges"

    static func inspectorRequested(_ state: inout AppState) -> Effect {
        state.modal = .inspector
        state.inspector.detailId = nil
        state.inspector.editingFilter = false
        state.inspector.selection = clamp(state.inspector.selection, state.inspector.listed.count)
        return .none
    }

    static func inspectorFollowToggled(_ state: inout AppState) -> Effect {
        if state.inspector.isFollowing {
            state.inspector.pausedAt = state.inspector.exchanges.last?.id ?? 0
        } else {
            state.inspector.pausedAt = nil
            state.inspector.selection = 0
        }
        return .none
    }

    /// ↑ ↓ in the list (moving pauses it, so the row under the cursor stays put) or in a detail (scrolls).
    static func inspectorMoved(by delta: Int, _ state: inout AppState) -> Effect {
        if let exchange = state.inspector.detail {
            let (lines, shown) = ExchangeDetail.layout(exchange, state: state)
            state.inspector.detailScroll = clamp(state.inspector.detailScroll + delta, max(1, lines.count - shown + 1))
            return .none
        }
        if state.inspector.isFollowing { state.inspector.pausedAt = state.inspector.exchanges.last?.id ?? 0 }
        state.inspector.selection = clamp(state.inspector.selection + delta, state.inspector.listed.count)
        return .none
    }

    /// Enter: ends typing the filter, else opens the selected exchange's detail.
    static func inspectorConfirmed(_ state: inout AppState) -> Effect {
        if state.inspector.editingFilter {
            state.inspector.editingFilter = false
        } else if state.inspector.detailId == nil, let selected = state.inspector.selected {
            state.inspector.detailId = selected.id
            state.inspector.detailScroll = 0
        }
        return .none
    }

    /// Esc: clears the filter being typed, else closes the detail, else the inspector.
    static func inspectorDismissed(_ state: inout AppState) -> Effect {
        if state.inspector.editingFilter {
            state.inspector.filter = ""
            state.inspector.editingFilter = false
            state.inspector.selection = 0
        } else if state.inspector.detailId != nil {
            state.inspector.detailId = nil
        } else {
            state.modal = nil
        }
        return .none
    }

    static func inspectorFilterEdited(_ state: inout AppState, _ edit: (inout String) -> Void) -> Effect {
        edit(&state.inspector.filter)
        state.inspector.selection = 0
        return .none
    }

    /// The exchange `y` and `w` act on: the open detail's, else the selected row's.
    private static func exchangeInFocus(_ state: AppState) -> Exchange? {
        state.inspector.detail ?? state.inspector.selected
    }

    static func exchangeCopyRequested(_ state: inout AppState) -> Effect {
        guard let exchange = exchangeInFocus(state) else {
            state.notice = Notice(.info, "no exchange selected to copy")
            return .none
        }
        state.notice = Notice(.info, "#\(exchange.id) as curl sent to the terminal's clipboard (OSC 52; password as \(Exchange.passwordPlaceholder)) · w writes a file")
        return .copy(exchange.curl(username: state.apiUsername))
    }

    static func exchangeWriteRequested(_ state: inout AppState) -> Effect {
        guard let exchange = exchangeInFocus(state) else {
            state.notice = Notice(.info, "no exchange selected to write")
            return .none
        }
        let masking = state.masksPersonalData ? PrettyJSON.personalKeys : []
        let contents = exchange.report(username: state.apiUsername, masking: masking).joined(separator: "\n") + "\n"
        let name = "exchange-\(exchange.id)-\(ScreenDump.stamp(state.now)).txt"
        return .writeReport(.exchange, folder: exchangeFolder, name: name, contents: contents)
    }

    /// `path` with the home directory as `~`, so that the file name at its end survives an 80-column footer.
    static func shortPath(_ path: String) -> String {
        let home = HomeDirectory.path
        guard !home.isEmpty, home != "/", path.hasPrefix(home + "/") else { return path }
        return "~" + path.dropFirst(home.count)
    }

    static func reportWritten(_ kind: ReportKind, _ result: Result<String, ReportError>, _ state: inout AppState) -> Effect {
        switch result {
        case .success(let path): state.notice = Notice(.info, "\(kind.rawValue) saved: \(Self.shortPath(path))")
        case .failure(let error): state.notice = Notice(.error, "\(kind.rawValue) not saved: \(error.message)")
        }
        return .none
    }

    /// The client recorded an exchange; the list is re-filtered only while the inspector is open.
    static func exchangeRecorded(_ exchange: Exchange, _ state: inout AppState) -> Effect {
        state.inspector.record(exchange)
        // Every poll lands here: the list is filtered only while someone is looking at it.
        guard state.modal == .inspector else { return .none }
        if state.inspector.detailId != nil && state.inspector.detail == nil { state.inspector.detailId = nil }
        state.inspector.selection = clamp(state.inspector.selection, state.inspector.listed.count)
        return .none
    }
}
