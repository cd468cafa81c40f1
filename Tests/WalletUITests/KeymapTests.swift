import Foundation
import MintedAPI
import MintedTesting
import TerminalKit
import Testing
import WalletCore
@testable import WalletUI

/// The key tables: every key of the design is bound, modals take text, help and footer come from the same tables.
struct KeymapTests {
    @Test func theMainTableHasEveryKeyOfTheDesign() {
        let table = Keymap.standard
        let expected: [(Key, AppAction)] = [
            (.character("a"), .basket(.addRequested)), (.enter, .focusedRowChosen), (.character("+"), .basket(.quantityStepped(by: 1))),
            (.character("-"), .basket(.quantityStepped(by: -1))), (.character("x"), .basket(.lineRemovalRequested)), (.character("X"), .basket(.clearRequested)),
            (.character("b"), .basket(.typeChosen(.buy))), (.character("s"), .basket(.typeChosen(.sell))),
            (.character("d"), .basket(.typeChosen(.delivery))), (.character("c"), .basket(.completionRequested)), (.character("o"), .orders(.opened)),
            (.character("p"), .privacyToggled), (.character("t"), .themeCycled), (.character("?"), .helpToggled),
            (.character("["), .market(.rangeStepped(by: -1))), (.character("]"), .market(.rangeStepped(by: 1))),
            (.character("u"), .customers(.listRequested)), (.character("q"), .quitRequested), (.control("c"), .quitRequested),
        ]
        for (key, action) in expected { #expect(table.action(for: key) == action, "\(key.label)") }
        #expect(table.action(for: .character("z")) == nil)
    }

    @Test func textModalsTypeEvenLettersThatAreKeysElsewhere() {
        #expect(Keymap.forMode(.address).action(for: .character("q")) == .characterTyped("q"))
        #expect(Keymap.forMode(.address).action(for: .character("?")) == .characterTyped("?"))
        #expect(Keymap.forMode(.address).action(for: .control("c")) == .quitRequested)
        #expect(Keymap.forMode(.quantity).action(for: .character("7")) == .characterTyped("7"))
        #expect(Keymap.forMode(.quantity).action(for: .enter) == .modalConfirmed)
        #expect(Keymap.forMode(.quantity).action(for: .escape) == .modalDismissed)
        #expect(Keymap.forMode(.confirmation).action(for: .character("c")) == nil, "c cannot complete from inside")
        #expect(Keymap.forMode(.orders).action(for: .character("]")) == .orders(.pageStepped(by: 1)))
        #expect(Keymap.forMode(.orders).action(for: .pageUp) == .orders(.pageStepped(by: -1)))
        #expect(Keymap.forMode(.orders).action(for: .character("s")) == .orders(.typeToggled(.sell)))
        #expect(Keymap.forMode(.clearConfirmation).action(for: .character("y")) == .modalConfirmed)
    }

    @Test func theCustomerTablesBindEveryKeyAndTheFormTakesText() {
        let list = Keymap.forMode(.customers)
        #expect(list.action(for: .enter) == .modalConfirmed)
        #expect(list.action(for: .character("n")) == .customers(.creationRequested))
        #expect(list.action(for: .character("e")) == .customers(.editRequested))
        #expect(list.action(for: .character("D")) == .customers(.removalRequested))
        #expect(list.action(for: .character("d")) == nil, "only a capital D removes")
        #expect(list.action(for: .down) == .selectionMoved(by: 1))
        #expect(list.action(for: .escape) == .modalDismissed)
        let form = Keymap.forMode(.customerForm)
        #expect(form.action(for: .character("q")) == .characterTyped("q"))
        #expect(form.action(for: .character("n")) == .characterTyped("n"))
        #expect(form.action(for: .tab) == .fieldMoved(by: 1))
        #expect(form.action(for: .control("c")) == .quitRequested)
        #expect(Keymap.forMode(.customerRemoval).action(for: .character("y")) == .modalConfirmed)
        #expect(Keymap.forMode(.customerRemoval).action(for: .character("n")) == .modalDismissed)
        var state = MainScreenTests().liveState()
        state.modal = .customers
        let footer = MainScreen.render(state, size: Size(width: 120, height: 40), context: RenderContext()).row(39)
        #expect(footer.contains("n new") && footer.contains("D remove"))
        #expect(MainScreen.render(MainScreenTests().liveState(), size: Size(width: 120, height: 40), context: RenderContext()).row(39)
            .contains("u customer"))
    }

    @Test func theModeFollowsTheState() {
        var state = AppState(connection: .sandbox, customerId: Samples.customerId, now: Samples.start)
        #expect(state.inputMode == .main)
        state.modal = .orders
        #expect(state.inputMode == .orders)
        state.showsHelp = true
        #expect(state.inputMode == .help)
    }

    @Test func theFooterAndHelpFollowTheModalsTable() {
        var state = MainScreenTests().liveState()
        state.modal = .orders
        let size = Size(width: 120, height: 40)
        let footer = MainScreen.render(state, size: size, context: RenderContext()).row(39)
        #expect(footer.contains("Enter receipt"))
        #expect(footer.contains("b/s/d type"))
        #expect(footer.contains("f status"))
        #expect(footer.contains("S sort"))
        state.showsHelp = true
        let help = MainScreen.render(state, size: size, context: RenderContext()).text()
        #expect(help.contains("Help · keys · orders"))
        #expect(help.contains("show or hide sell orders"))
    }

    @Test func everyMainKeyIsInTheHelpAt120x40() {
        var state = MainScreenTests().liveState()
        state.showsHelp = true
        let help = MainScreen.render(state, size: Size(width: 120, height: 40), context: RenderContext()).text()
        for binding in Keymap.standard.bindings { #expect(help.contains(binding.summary), "\(binding.summary)") }
    }

    @Test func flashedFiguresUseThePositiveAndNegativeRoles() {
        var state = MainScreenTests().liveState()
        let before = state.checkout.basket!
        state.checkout.basket?.paidTotal += 10
        state.checkout.basket?.total -= 1
        state.checkout.flash = PriceFlash(before: before, until: state.now.addingTimeInterval(3))
        let context = RenderContext(timeZone: TimeZone(identifier: "UTC")!)
        let size = Size(width: 120, height: 40)
        let screen = MainScreen.render(state, size: size, context: context)
        let rows = screen.text().components(separatedBy: "\n")
        func style(of needle: String) -> Style? {
            guard let y = rows.firstIndex(where: { $0.contains(needle) }), let range = rows[y].range(of: needle, options: .backwards) else { return nil }
            return screen[x: TextWidth.width(of: String(rows[y][..<range.lowerBound])), y: y].style
        }
        #expect(style(of: "1,862.60")?.foreground == context.theme[.positive].foreground)
        #expect(style(of: "1,776.02")?.foreground == context.theme[.negative].foreground)
        state.now = state.now.addingTimeInterval(3)
        let later = MainScreen.render(state, size: size, context: context)
        #expect(later != screen, "the highlight ends at the deadline")
    }

    @Test(arguments: ChartStyle.allCases)
    func everyChartStyleFillsItsArea(style: ChartStyle) {
        let rows = style.rows((0..<50).map(Double.init), width: 20, height: 4)
        #expect(rows.count == 4)
        #expect(rows.allSatisfy { TextWidth.width(of: $0) == 20 })
        let allASCII = rows.joined().unicodeScalars.allSatisfy(\.isASCII)
        if style == .ascii { #expect(allASCII) }
        #expect(style.rows([], width: 0, height: 0).isEmpty)
    }
}

/// Issue 15 item 8: quitting is deliberate, and the footer offers only what works.
struct DeliberateQuitTests {
    @Test(arguments: [InputMode.help, .receipt, .orders, .customers, .inspector, .exchangeDetail, .faults])
    func qInAnOverlayClosesItAndCtrlCStillQuits(_ mode: InputMode) {
        let table = Keymap.forMode(mode)
        let q = table.action(for: .character("q"))
        #expect(q != nil && q != .quitRequested, "q closes the \(mode) overlay: \(String(describing: q))")
        #expect(q == table.action(for: .escape), "q does what Esc does")
        #expect(table.action(for: .control("c")) == .quitRequested)
        #expect(Keymap.standard.action(for: .character("q")) == .quitRequested, "on the main screen q quits")
    }

    @Test func qClosesTheOrderListThroughTheReducer() {
        var state = Samples.liveState()
        state.modal = .orders
        let action = Keymap.forMode(state.inputMode).action(for: .character("q"))!
        #expect(AppReducer.reduce(into: &state, action: action) == .none)
        #expect(state.modal == nil)
    }

    @Test func underReadOnlyTheFooterOffersNoRefusedKey() {
        let open = Keymap.standard.hints()
        let readOnly = Keymap.standard.hints(readOnly: true)
        #expect(open.contains("a add") && open.contains("c complete") && open.contains("+/- qty"))
        #expect(!readOnly.contains("a add") && !readOnly.contains("c complete") && !readOnly.contains("+/- qty"))
        #expect(readOnly.contains("o orders") && readOnly.contains("i inspector") && readOnly.contains("q quit"))
        var state = Samples.liveState()
        state.readOnly = true
        let footer = MainScreen.render(state, size: Size(width: 200, height: 40), context: RenderContext()).text().split(separator: "\n").last ?? ""
        #expect(!footer.contains("a add") && footer.contains("o orders"), "\(footer)")
    }

    @Test func enterAddsOnlyFromTheProductsPane() {
        for pane in [Pane.basket, .wallet, .rates] {
            var state = Samples.liveState()
            state.focus = pane
            #expect(AppReducer.reduce(into: &state, action: .focusedRowChosen) == .none)
            #expect(state.modal == nil, "Enter in the \(pane) pane opens nothing")
        }
        var state = Samples.liveState()
        state.focus = .products
        #expect(AppReducer.reduce(into: &state, action: .focusedRowChosen) == .none)
        #expect(state.modal == .quantity(QuantityEntry(sku: Samples.goldBar.sku, productName: Samples.goldBar.name)))
    }
}

/// Issue 15 item 7: the quantity dialog says what the wallet holds, and warns before a sell of more than that.
struct QuantityHeldTests {
    static func dialog(type: BasketType, sku: String, typed: String) -> String {
        var state = Samples.liveState()
        state.checkout.type = type
        var entry = QuantityEntry(sku: sku, productName: "Bar")
        for character in typed { entry.type(character) }
        state.modal = .quantity(entry)
        return MainScreen.render(state, size: Size(width: 120, height: 40), context: RenderContext()).text()
    }

    @Test func aSellOfMoreThanIsHeldIsFlaggedInTheDialog() {
        let held = Samples.holdings.first { $0.amount > 0 }!
        let fine = Self.dialog(type: .sell, sku: held.sku, typed: "1")
        #expect(fine.contains("in the wallet: \(held.amount)") && fine.contains("Enter adds"), "\(fine)")
        let tooMany = Self.dialog(type: .sell, sku: held.sku, typed: String(held.amount + 1))
        #expect(tooMany.contains("over the \(held.amount) held: the sell will be refused"), "\(tooMany)")
        let none = Self.dialog(type: .delivery, sku: "NOT-HELD", typed: "1")
        #expect(none.contains("in the wallet: 0 — nothing to deliver"), "\(none)")
        let buy = Self.dialog(type: .buy, sku: "NOT-HELD", typed: "5")
        #expect(buy.contains("in the wallet: 0") && !buy.contains("nothing to") && buy.contains("Enter adds"), "\(buy)")
    }
}

/// Issue 15 item 4: the panes of an unreachable host show the failure and the next retry, not "loading…".
struct UnreachableHostPaneTests {
    @Test func productsAndWalletShowTheFailureAndTheRetry() {
        var state = AppState(connection: .staging, customerId: "qa-1", now: Samples.start)
        let down = APIError.transport(message: "could not connect")
        state.market.productsFailure = PaneFailure(reason: "\(down)", after: nil, now: Samples.start)
        let text = MainScreen.render(state, size: Size(width: 120, height: 40), context: RenderContext()).text()
        #expect(text.contains("failed: could not connect · retry in 2 s"), "\(text)")
        #expect(text.contains("loading…"), "the wallet, not failed yet, is still loading")
    }

    @Test func wrapBreaksAtSpacesAndInsideLongWords() {
        #expect(TextWidth.wrap("failed: could not connect", to: 10) == ["failed:", "could not", "connect"])
        #expect(TextWidth.wrap("abcdefghij", to: 4) == ["abcd", "efgh", "ij"])
        #expect(TextWidth.wrap("", to: 4).isEmpty && TextWidth.wrap("x", to: 0).isEmpty)
    }
}
