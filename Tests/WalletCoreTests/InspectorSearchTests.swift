import Foundation
import MintedAPI
import MintedTesting
import Testing
@testable import WalletCore

/// `/` inside an exchange's detail: its lines searched case-blind, `n` / `N` from match to match, wrapping round.
extension InspectorReducerTests {
    @Test func slashSearchesTheOpenExchangeAndNStepsThroughTheMatches() throws {
        let store = Self.recorded { $0.viewport = Viewport(columns: 120, rows: 40) }
        store.send(.inspector(.confirmed)) { $0.inspector.detailId = 5 }  // the newest: PATCH /basket 422
        #expect(store.state.inputMode == .exchangeDetail)
        let exchange = try #require(store.state.inspector.detail)
        let lines = ExchangeDetail.lines(exchange, username: "qa", masksPersonalData: false, width: ExchangeDetail.textWidth(columns: 120))
        let matches = ExchangeDetail.matchingLines(lines, search: "BASKET")
        try #require(matches.count >= 2, "the URL and the curl name the basket: \(lines)")

        store.send(.inspector(.searchStarted)) { $0.inspector.editingSearch = true }
        #expect(store.state.inputMode == .exchangeSearch)
        for character in "BASKET" {
            store.send(.characterTyped(character)) { $0.inspector.search.append(character) }
        }
        store.send(.inspector(.confirmed)) {
            $0.inspector.editingSearch = false
            $0.inspector.searchLine = matches[0]
        }
        store.send(.inspector(.searchStepped(by: 1))) { $0.inspector.searchLine = matches[1] }
        store.send(.inspector(.searchStepped(by: -1))) { $0.inspector.searchLine = matches[0] }
        store.send(.inspector(.searchStepped(by: -1))) { $0.inspector.searchLine = matches.last }  // wraps round
        // Esc clears the search first, then closes the detail.
        store.send(.inspector(.dismissed)) {
            $0.inspector.search = ""
            $0.inspector.searchLine = nil
        }
        store.send(.inspector(.dismissed)) { $0.inspector.detailId = nil }
        store.finish()
    }

    @Test func aSearchThatFindsNothingSaysSo() {
        let store = Self.recorded()
        store.send(.inspector(.confirmed)) { $0.inspector.detailId = 5 }
        store.send(.inspector(.searchStarted)) { $0.inspector.editingSearch = true }
        store.send(.inspector(.searchTyped("z"))) { $0.inspector.search = "z" }
        store.send(.inspector(.searchTyped("q"))) { $0.inspector.search = "zq" }
        store.send(.inspector(.searchErased)) { $0.inspector.search = "z" }
        store.send(.inspector(.searchTyped("x"))) { $0.inspector.search = "zx" }
        store.send(.inspector(.confirmed)) {
            $0.inspector.editingSearch = false
            $0.notice = Notice(.info, "“zx” is not in #5")
        }
        store.send(.inspector(.searchStepped(by: 1))) { $0.notice = Notice(.info, "“zx” is not in #5") }
        store.finish()
    }
}
