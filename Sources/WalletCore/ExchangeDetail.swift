import MintedAPI

/// One exchange in full as the inspector shows it: the report, wrapped to the sheet's width so long messages and the
/// curl line are read whole. The reducer (scrolling) and the screen (drawing) both lay it out here.
public enum ExchangeDetail {
    /// The sheet is at most this wide.
    public static let maximumWidth = 150

    /// The report's text width for a terminal `columns` wide: the sheet less its frame and padding.
    public static func textWidth(columns: Int) -> Int { max(10, min(maximumWidth, columns) - 4) }

    /// Rows of text shown for a terminal `rows` high: less the header, footer, caption, the frame and the hint line.
    public static func visibleRows(rows: Int, chromeRows: Int) -> Int { max(1, rows - chromeRows - 3) }

    /// The report's lines, each longer one cut into pieces of `width` characters, the pieces after the first indented.
    public static func lines(_ exchange: Exchange, state: AppState, width: Int) -> [String] {
        lines(exchange, username: state.apiUsername, masksPersonalData: state.masksPersonalData, width: width)
    }

    /// The report's lines for `username`'s curl, personal data masked when asked.
    public static func lines(_ exchange: Exchange, username: String, masksPersonalData: Bool, width: Int) -> [String] {
        let masking = masksPersonalData ? PrettyJSON.personalKeys : []
        var wrapped: [String] = []
        for line in exchange.report(username: username, masking: masking) {
            guard line.count > width, width > 4 else {
                wrapped.append(line)
                continue
            }
            var rest = Substring(line)
            var first = true
            while !rest.isEmpty {
                let room = first ? width : width - 2
                wrapped.append((first ? "" : "  ") + rest.prefix(room))
                rest = rest.dropFirst(room)
                first = false
            }
        }
        return wrapped
    }

    /// The indices of `lines` that contain `search`, case-blind.
    public static func matchingLines(_ lines: [String], search: String) -> [Int] {
        guard !search.isEmpty else { return [] }
        return lines.indices.filter { lines[$0].range(of: search, options: .caseInsensitive) != nil }
    }

    /// Lines for `state`'s terminal, and how many of them show.
    static func layout(_ exchange: Exchange, state: AppState) -> (lines: [String], shown: Int) {
        let columns = state.viewport?.columns ?? maximumWidth
        let rows = state.viewport?.rows ?? 0
        return (lines(exchange, state: state, width: textWidth(columns: columns)), visibleRows(rows: rows, chromeRows: state.chromeRows))
    }
}
