import MintedAPI

/// `/` inside an exchange's detail: a search of its lines (headers, bodies, the curl), `n` / `N` from match to match.
extension InspectorFeature {
    /// A search is at most this long.
    static let searchLimit = 80

    static func search(_ action: InspectorAction, _ inspector: inout Inspector, _ context: FeatureContext) -> Step {
        guard let exchange = inspector.detail else { return Step() }
        switch action {
        case .searchStarted:
            inspector.editingSearch = true
            inspector.search = ""
            inspector.searchLine = nil
            return Step()
        case .searchTyped(let character):
            guard inspector.search.count < searchLimit, !character.isNewline else { return Step() }
            inspector.search.append(character)
            return Step()
        case .searchErased:
            if !inspector.search.isEmpty { inspector.search.removeLast() }
            return Step()
        case .searchStepped(let delta):
            guard !inspector.search.isEmpty else { return Step(notice: Notice(.info, "/ types a search; n and N go from match to match")) }
            let lines = ExchangeDetail.lines(exchange, username: context.apiUsername, masksPersonalData: context.masksPersonalData,
                                             width: ExchangeDetail.textWidth(columns: context.columns ?? ExchangeDetail.maximumWidth))
            let matches = ExchangeDetail.matchingLines(lines, search: inspector.search)
            guard !matches.isEmpty else {
                inspector.searchLine = nil
                return Step(notice: Notice(.info, "“\(inspector.search)” is not in #\(exchange.id)"))
            }
            // From the match in view (or the top of the view), onwards or backwards, wrapping round.
            let from = inspector.searchLine ?? (delta > 0 ? inspector.detailScroll - 1 : inspector.detailScroll)
            let next = delta > 0 ? matches.first { $0 > from } ?? matches[0] : matches.last { $0 < from } ?? matches[matches.count - 1]
            inspector.searchLine = next
            let shown = ExchangeDetail.visibleRows(rows: context.rows ?? 0, chromeRows: context.chromeRows)
            if next < inspector.detailScroll || next >= inspector.detailScroll + shown {
                inspector.detailScroll = max(0, min(next - 2, lines.count - shown))
            }
            return Step()
        default:
            return Step()
        }
    }
}
