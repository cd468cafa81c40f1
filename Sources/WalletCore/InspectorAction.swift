import MintedAPI

/// Everything that happens in the HTTP inspector (`i`), as past events; its key tables send these.
public enum InspectorAction: Sendable, Equatable {
    /// The client recorded an exchange (every call, the inspector open or not).
    case exchangeRecorded(Exchange)
    /// `i`: the inspector opened.
    case opened
    /// Space: follow the newest exchange, or pause the list where it is.
    case followToggled
    /// `h`: hide or show the background polls (rates and the chart's history).
    case pollsToggled
    /// `/`: typing a filter began.
    case filterStarted
    case filterTyped(Character)
    case filterErased
    /// ↑ ↓ in the list (moving pauses it) or in a detail (scrolls).
    case moved(by: Int)
    /// Enter: the filter kept, or the selected exchange's detail opened.
    case confirmed
    /// Esc: the filter cleared, or the detail closed, or the inspector closed.
    case dismissed
    /// `y`: the exchange in focus as curl, to the clipboard through OSC 52.
    case copyRequested
    /// `w`: the exchange in focus, in full, to a file.
    case writeRequested
    /// `H`: every exchange kept, oldest first, to a HAR 1.2 file.
    case harExportRequested
    /// `/` in a detail: typing a search of its lines began.
    case searchStarted
    case searchTyped(Character)
    case searchErased
    /// `n` / `N` in a detail (and Enter after typing): the next or previous line that matches.
    case searchStepped(by: Int)
    /// `r` in a detail: the exchange sent again as it was, with a fresh Digest handshake (a new row).
    case replayRequested
    /// `e` in a detail: its request body opened in `$VISUAL` / `$EDITOR`, to send as edited.
    case editRequested
    /// The editor closed: the body as saved, or why not.
    case bodyEdited(id: Int, Result<String, EditFailure>)
    /// The host answered a re-sent exchange: its status, or the error.
    case replayed(id: Int, Result<Int, APIError>)
}

extension InspectorAction {
    /// True for the host's answers (a re-sent exchange's). Every case is decided here.
    public var isAnswer: Bool {
        switch self {
        case .replayed: true
        case .exchangeRecorded, .opened, .followToggled, .pollsToggled, .filterStarted, .filterTyped, .filterErased, .moved, .confirmed,
             .dismissed, .copyRequested, .writeRequested, .harExportRequested, .searchStarted, .searchTyped, .searchErased, .searchStepped,
             .replayRequested, .editRequested, .bodyEdited:
            false
        }
    }

    /// True for what changes something on the server; nothing in the inspector does yet. Every case is decided here.
    public var changesAnything: Bool {
        switch self {
        case .exchangeRecorded, .opened, .followToggled, .pollsToggled, .filterStarted, .filterTyped, .filterErased, .moved, .confirmed,
             .dismissed, .copyRequested, .writeRequested, .harExportRequested, .searchStarted, .searchTyped, .searchErased, .searchStepped,
             .replayRequested, .bodyEdited, .replayed:
            // `r` re-sends whatever it is: a write is refused under `--readonly` by the call it makes.
            false
        case .editRequested:
            // Only a request with a body is worth editing, and every such request changes something.
            true
        }
    }
}
