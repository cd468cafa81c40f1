import Foundation
import MintedAPI
import MintedTesting
import TerminalKit
import Testing
import WalletCore
@testable import WalletUI

/// The main screen rendered into a cell buffer, compared as text with golden files.
struct MainScreenTests {
    let context = RenderContext(timeZone: TimeZone(identifier: "UTC")!)

    /// A live session: products, a 3-bar basket with 201 s left on the lock, the demo wallet, a day of rates.
    func liveState() -> AppState {
        var state = Samples.liveState()
        state.requestsInFlight = 2
        return state
    }

    @Test func mainScreenAt120x40() {
        let screen = MainScreen.render(liveState(), size: Size(width: 120, height: 40), context: context)
        let text = screen.text()
        #expect(Snapshot.mismatch(text, named: "main-120x40") == nil)
        for title in ["Products [1]", "Basket [2] · BUY", "Wallet [3]", "Rates [4] · Dirham Gold"] {
            #expect(text.contains(title), "pane title \(title)")
        }
        #expect(text.contains("lock ▕"))
        #expect(text.contains("03:21"))
        #expect(text.contains("1,852.60"))
        #expect(text.contains("12:28:36"))
        #expect(text.contains("2 req in flight"))
    }

    /// Issue 16's sizes: at 100×30 every SKU reads whole and the wallet's value keeps its currency; at 200×60 the
    /// Products pane shows Sell and Held; at 80×24 the footer keeps `?` and `q`.
    @Test(arguments: [Size(width: 100, height: 30), Size(width: 200, height: 60)])
    func mainScreenAtTheIssueSizes(_ size: Size) {
        let text = MainScreen.render(liveState(), size: size, context: context).text()
        #expect(Snapshot.mismatch(text, named: "main-\(size.width)x\(size.height)") == nil)
        #expect(text.contains("MNTBAE0001 "), "the SKU whole")
        #expect(text.contains("≈ 6,965.88 AED") || text.contains("6,965.88 AED"), "the wallet's value with its currency")
        if size.width >= 200 {
            #expect(text.contains("Sell AED") && text.contains("Held"))
        }
    }

    @Test func theFooterKeepsHelpAndQuitAtAnyWidth() {
        let hints = Keymap.standard.hints()
        for width in [40, 60, 80, 100, 200] {
            let footer = MainScreen.footerHints(hints, width: width)
            #expect(footer.hasPrefix(" ? help"), "\(width): \(footer)")
            #expect(footer.hasSuffix("q quit"), "\(width): \(footer)")
            #expect(TextWidth.width(of: footer) <= width || width < 20, "\(width): \(footer)")
        }
        #expect(!MainScreen.footerHints(hints, width: 300).contains("…"), "nothing dropped when it fits")
    }

    /// At 80×24 help is one column of whole summaries that scrolls (↑ ↓), instead of two columns of cut ones.
    @Test func helpAt80x24ScrollsToItsLastKeyWithWholeSummaries() {
        let store = TestStore(state: liveState())
        store.send(.helpToggled) { $0.showsHelp = true }
        let size = Size(width: 80, height: 24)
        let top = MainScreen.render(store.state, size: size, context: context).text()
        #expect(top.contains("save the screen, your calls and all failures to a file"), "a summary whole")
        #expect(top.contains("↑↓ 1–"), "the title says which rows show")
        #expect(!top.contains("quit (the terminal"))
        store.send(.selectionMoved(by: 10)) { $0.helpOffset = 10 }
        store.send(.selectionMoved(by: 500)) { $0.helpOffset = 200 }
        let bottom = MainScreen.render(store.state, size: size, context: context).text()
        #expect(bottom.contains("quit (the terminal"), "the last key shows at the end\n\(bottom)")
        store.send(.helpToggled) {
            $0.showsHelp = false
            $0.helpOffset = 0
        }
    }

    @Test func stackedAt80x24() {
        let text = MainScreen.render(liveState(), size: Size(width: 80, height: 24), context: context).text()
        #expect(Snapshot.mismatch(text, named: "main-80x24") == nil)
        #expect(text.contains("Products [1]"))
        #expect(text.contains("Rates [4]"))
    }

    @Test func sizeGuardAt40x12() {
        let text = MainScreen.render(liveState(), size: Size(width: 40, height: 12), context: context).text()
        #expect(Snapshot.mismatch(text, named: "guard-40x12") == nil)
        #expect(text.contains("40×12, need 60×20"))
    }

    @Test func helpOverlayListsTheKeymap() {
        var state = liveState()
        state.showsHelp = true
        let text = MainScreen.render(state, size: Size(width: 120, height: 40), context: context).text()
        #expect(Snapshot.mismatch(text, named: "help-120x40") == nil)
        for binding in Keymap.standard.bindings.prefix(10) {
            #expect(text.contains(binding.summary))
        }
    }

    @Test(arguments: [Size(width: 0, height: 0), Size(width: 1, height: 1), Size(width: 2, height: 1), Size(width: 59, height: 19),
                      Size(width: 60, height: 20), Size(width: 100, height: 30), Size(width: 300, height: 90)])
    func anySizeRendersWithoutCrashing(size: Size) {
        let screen = MainScreen.render(liveState(), size: size, context: context)
        #expect(Self.problem(screen, size: size) == nil)
    }

    /// What is wrong with a screen rendered at `size`, if anything: with room for the layout the header must say
    /// MINTED; without, the size guard's first letters must show; a zero size draws nothing.
    /// `marker` is what the layout must show (the header's name unless an overlay covers it).
    static func problem(_ screen: Screen, size: Size, marker: String = "MINTED") -> String? {
        let text = screen.text()
        if size.width == 0 || size.height == 0 { return text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : "drew at \(size)" }
        if Layout(size: size) != nil { return text.contains(marker) ? nil : "no \(marker) at \(size)" }
        let guardStart = String("Terminal too small".prefix(size.width - 1))  // truncated with an ellipsis
        return guardStart.isEmpty || text.contains(guardStart) ? nil : "no size guard at \(size)"
    }

    @Test func focusedPaneBorderUsesTheFocusRole() {
        var state = liveState()
        state.focus = .wallet
        let screen = MainScreen.render(state, size: Size(width: 120, height: 40), context: context)
        let layout = Layout(size: Size(width: 120, height: 40))!
        #expect(screen[x: layout.wallet.x, y: layout.wallet.y].style == context.theme[.focus])
        #expect(screen[x: layout.products.x, y: layout.products.y].style == context.theme[.border])
    }

    @Test func lockGaugeTurnsAmberThenRed() {
        #expect(LockGauge(secondsLeft: 31, totalSeconds: 240).role == .positive)
        #expect(LockGauge(secondsLeft: 29, totalSeconds: 240).role == .warning)
        #expect(LockGauge(secondsLeft: 9, totalSeconds: 240).role == .danger)
        #expect(LockGauge(secondsLeft: 201, totalSeconds: 240).clock == "03:21")
        #expect(LockGauge(secondsLeft: 240, totalSeconds: 240).bar(cells: 4) == "▕████▏")
        #expect(LockGauge(secondsLeft: 0, totalSeconds: 240).bar(cells: 4) == "▕░░░░▏")
    }

    @Test func moneyIsGroupedPerLanguageWithoutRounding() {
        #expect(MoneyFormat.english.money(Decimal(string: "1852.6")!, "AED") == "1,852.60")
        #expect(MoneyFormat.turkish.money(Decimal(string: "1234567.891")!, "TRY") == "1.234.567,89")
        #expect(MoneyFormat.english.money(Decimal(string: "-0.5")!, "AED") == "-0.50")
        #expect(MoneyFormat.english.grams(12) == "12.000 g")
        #expect(MoneyFormat.english.percent(Decimal(string: "1.75")!) == "1.75%")
    }

    @Test func brailleChartDrawsAContinuousLine() {
        let rows = BrailleChart(values: [0, 1, 2, 3, 4, 5, 6, 7]).rows(width: 4, height: 1)
        #expect(rows == ["⣀⡤⠖⠋"])
        let flat = BrailleChart(values: Array(repeating: 5, count: 100)).rows(width: 3, height: 2)
        #expect(flat.count == 2)
        #expect(BrailleChart.resample(Array(0..<525_600).map(Double.init), to: 200).count == 200)
        #expect(BrailleChart.resample([1, 2, 3], to: 200) == [1, 2, 3])
    }

    @Test func themeFileErrorsNameFileLineAndColumn() {
        #expect(throws: ThemeError.self) { try ThemeLoader.parse("[roles\ntext = 1", name: "broken", file: "broken.toml") }
        do {
            _ = try ThemeLoader.parse("name = \"x\"\n[roles]\ntext = \"#zzzzzz\"", name: "x", file: "x.toml")
            Issue.record("a bad colour must be refused")
        } catch {
            #expect(error.description.contains("x.toml"))
            #expect(error.description.contains("#zzzzzz"))
        }
        do {
            _ = try ThemeLoader.parse("[roles\n", name: "y", file: "y.toml")
        } catch {
            #expect(error.line == 1)
            #expect(error.column != nil)
        }
    }

    @Test func shippedDefaultThemeParses() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let theme = try ThemeLoader.load(name: "default", from: [root.appendingPathComponent("themes")])
        #expect(theme.styles.count == ThemeRole.allCases.count)
        #expect(theme == Theme(name: "default", styles: Theme.fallback.styles))
    }
}
