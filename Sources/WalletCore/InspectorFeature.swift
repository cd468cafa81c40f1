import Foundation
import MintedAPI

/// The HTTP inspector as a feature: it owns `Inspector` and reduces `InspectorAction`. What it reads of the app comes
/// in a `FeatureContext`; what it asks of the app (open or close its sheet, a footer line) comes back in a `Step`.
public enum InspectorFeature {
    /// What the app must do after an inspector action, besides running `effect`.
    public struct Step: Sendable, Equatable {
        public var effect: Effect = .none
        /// True to open the inspector's sheet, false to close it, nil to leave it.
        public var sheetOpen: Bool?
        public var notice: Notice?
    }

    /// The data directory's subfolder for exported exchanges.
    public static let exchangeFolder = "exchanges"

    public static func reduce(into inspector: inout Inspector, action: InspectorAction, context: FeatureContext) -> Step {
        switch action {
        case .exchangeRecorded(let exchange):
            inspector.record(exchange)
            // Every poll lands here: the list is re-filtered only while someone is looking at it.
            guard context.isOpen else { return Step() }
            if inspector.detailId != nil && inspector.detail == nil { inspector.detailId = nil }
            inspector.selection = inspector.selection.clampedIndex(inspector.listed.count)
            return Step()

        case .opened:
            inspector.detailId = nil
            inspector.editingFilter = false
            inspector.selection = inspector.selection.clampedIndex(inspector.listed.count)
            return Step(sheetOpen: true)

        case .pollsToggled:
            inspector.hidesPolls.toggle()
            inspector.selection = 0
            return Step()

        case .followToggled:
            if inspector.isFollowing {
                inspector.pausedAt = inspector.exchanges.last?.id ?? 0
            } else {
                inspector.pausedAt = nil
                inspector.selection = 0
            }
            return Step()

        case .filterStarted:
            inspector.editingFilter = true
            return Step()

        case .filterTyped(let character):
            inspector.filter.append(character)
            inspector.selection = 0
            return Step()

        case .filterErased:
            if !inspector.filter.isEmpty { inspector.filter.removeLast() }
            inspector.selection = 0
            return Step()

        case .searchStarted, .searchTyped, .searchErased, .searchStepped:
            return search(action, &inspector, context)

        case .replayRequested, .editRequested, .bodyEdited, .replayed:
            return replay(action, &inspector, context)

        case .moved(let delta):
            if let exchange = inspector.detail {
                let lines = ExchangeDetail.lines(exchange, username: context.apiUsername, masksPersonalData: context.masksPersonalData,
                                                 width: ExchangeDetail.textWidth(columns: context.columns ?? ExchangeDetail.maximumWidth))
                let shown = ExchangeDetail.visibleRows(rows: context.rows ?? 0, chromeRows: context.chromeRows)
                inspector.detailScroll = (inspector.detailScroll + delta).clampedIndex(max(1, lines.count - shown + 1))
                return Step()
            }
            if inspector.isFollowing { inspector.pausedAt = inspector.exchanges.last?.id ?? 0 }
            inspector.selection = (inspector.selection + delta).clampedIndex(inspector.listed.count)
            return Step()

        case .confirmed where inspector.editingSearch:
            inspector.editingSearch = false
            return search(.searchStepped(by: 1), &inspector, context)

        case .confirmed:
            if inspector.editingFilter {
                inspector.editingFilter = false
            } else if inspector.detailId == nil, let selected = inspector.selected {
                inspector.detailId = selected.id
                inspector.detailScroll = 0
                inspector.search = ""
                inspector.searchLine = nil
            }
            return Step()

        case .dismissed where inspector.editingSearch || !inspector.search.isEmpty && inspector.detailId != nil:
            // Esc clears the search first, then closes the detail.
            inspector.search = ""
            inspector.editingSearch = false
            inspector.searchLine = nil
            return Step()

        case .dismissed:
            if inspector.editingFilter {
                inspector.filter = ""
                inspector.editingFilter = false
                inspector.selection = 0
                return Step()
            }
            if inspector.detailId != nil {
                inspector.detailId = nil
                return Step()
            }
            return Step(sheetOpen: false)

        case .copyRequested:
            guard let exchange = inspector.inFocus else { return Step(notice: Notice(.info, "no exchange selected to copy")) }
            let password = context.replayPassword == nil ? "password as \(Exchange.passwordPlaceholder)" : "the sandbox's public password"
            return Step(effect: .copy(exchange.curl(username: context.apiUsername, password: context.replayPassword)),
                        notice: Notice(.info, "#\(exchange.id) as curl sent to the terminal's clipboard (OSC 52; \(password)) · w writes a file"))

        case .writeRequested:
            guard let exchange = inspector.inFocus else { return Step(notice: Notice(.info, "no exchange selected to write")) }
            let masking = context.masksPersonalData ? PrettyJSON.personalKeys : []
            let contents = exchange.report(username: context.apiUsername, masking: masking).joined(separator: "\n") + "\n"
            let name = "exchange-\(exchange.id)-\(ScreenDump.stamp(context.now)).txt"
            return Step(effect: .writeReport(.exchange, folder: exchangeFolder, name: name, contents: contents))

        case .harExportRequested:
            guard !inspector.exchanges.isEmpty else { return Step(notice: Notice(.info, "no exchanges to export yet")) }
            let masking = context.masksPersonalData ? PrettyJSON.personalKeys : []
            do {
                let contents = try HARLog(inspector.exchanges.map { $0.masked(masking) }).text()
                let name = "session-\(ScreenDump.stamp(context.now)).har"
                return Step(effect: .writeReport(.har, folder: exchangeFolder, name: name, contents: contents))
            } catch {
                return Step(notice: Notice(.error, "HAR file not saved: \(error)"))
            }
        }
    }

}

extension Inspector {
    /// The exchange `y` and `w` act on: the open detail's, else the selected row's.
    var inFocus: Exchange? { detail ?? selected }
}
