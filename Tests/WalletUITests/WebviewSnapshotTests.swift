import Foundation
import MintedAPI
import MintedTesting
import TerminalKit
import Testing
import WalletCore
@testable import WalletUI

/// The embedded webview (`W`) as golden files: no basket, seed 000's basket, the y/n question and the order, at the
/// issue's sizes; the token never shown whole, privacy masking the customer and address.
struct WebviewSnapshotTests {
    static let context = RenderContext(timeZone: TimeZone(identifier: "UTC")!)
    static let sizes = [Size(width: 120, height: 40), Size(width: 80, height: 24)]
    static let views = ["empty", "basket", "confirm", "order"]

    /// The live session with the webview open at `name`'s stage, speaking for seed 000's customer.
    static func state(_ name: String) throws -> AppState {
        var state = Samples.liveState()
        state.viewport = Viewport(columns: 120, rows: 40)
        state.modal = .webview
        state.webview.customerId = Samples.webviewCustomerId
        state.webview.token = Samples.webviewToken
        state.webview.basketLoaded = true
        switch name {
        case "empty":
            state.webview.customerId = Samples.customerId
        case "basket":
            state.webview.basket = try Samples.webviewBasket()
        case "confirm":
            state.webview.basket = try Samples.webviewBasket()
            state.webview.confirming = true
        case "order":
            state.webview.order = try Samples.webviewOrder()
            state.webview.basketLoaded = false
            state.notice = Notice(.info, "webview order MC_66C7446E7F53E Completed")
        default:
            break
        }
        return state
    }

    @Test(arguments: views)
    func snapshots(view: String) throws {
        for size in Self.sizes {
            let text = MainScreen.render(try Self.state(view), size: size, context: Self.context).text()
            let name = "webview-\(view)-\(size.width)x\(size.height)"
            #expect(Snapshot.mismatch(text, named: name) == nil, "\(name)")
        }
    }

    @Test(arguments: views)
    func degenerateSizesDoNotCrash(view: String) throws {
        for size in [Size(width: 0, height: 0), Size(width: 1, height: 1), Size(width: 60, height: 20), Size(width: 300, height: 100)] {
            let screen = MainScreen.render(try Self.state(view), size: size, context: Self.context)
            #expect(MainScreenTests.problem(screen, size: size) == nil, "\(view) at \(size)")
        }
    }

    @Test func theBasketIsDrawnInTheWebviewsShapeAndCurrencyAndTheTokenMasked() throws {
        let text = MainScreen.render(try Self.state("basket"), size: Size(width: 120, height: 40), context: Self.context).text()
        for expected in ["Embedded webview · John Due (seed000-john-due)", "bearer · TRY", "token KOQS6K… · expires 12:42:57 UTC (14 min left)",
                         "MC_66C7446E7F53E · Created · basket · TRY · lock 3:21", "1 × Minted 1 Gr 999,9 Külçe Altın (NadirGold)",
                         "Sigorta 5.44", "Market Komisyon 190.68", "market commission", "209.69", "to pay", "2,960.30 TRY",
                         "İstanbul", "c complete · r refresh · s seed 000 · Esc close"] {
            #expect(text.contains(expected), "“\(expected)” missing:\n\(text)")
        }
        #expect(!text.contains(Samples.webviewToken.token.prefix(7)), "the token is shown beyond six characters")
    }

    @Test func privacyMasksTheCustomerAndAddressButNotTheFigures() throws {
        var state = try Self.state("basket")
        state.privacy = true
        let text = MainScreen.render(state, size: Size(width: 120, height: 40), context: Self.context).text()
        for hidden in ["John Due", "seed000-john-due", "İstanbul", "+905330000000"] {
            #expect(!text.contains(hidden), "“\(hidden)” shown under privacy:\n\(text)")
        }
        #expect(text.contains("Embedded webview · •••"))
        #expect(text.contains("2,960.30 TRY"))
    }

    @Test func theQuestionAndTheWaitReplaceTheKeys() throws {
        let confirm = MainScreen.render(try Self.state("confirm"), size: Size(width: 80, height: 24), context: Self.context).text()
        #expect(confirm.contains("Complete MC_66C7446E7F53E for 2,960.30 TRY? y yes · n no"), "\(confirm)")
        #expect(confirm.contains("y complete"), "the footer is the question's table:\n\(confirm)")
        var state = try Self.state("basket")
        state.webview.completing = true
        let waiting = MainScreen.render(state, size: Size(width: 80, height: 24), context: Self.context).text()
        #expect(waiting.contains("completing… sent once, waiting for the answer"), "\(waiting)")
    }

    @Test func wOpensTheWebviewAndItsTablesBindEveryKey() {
        #expect(Keymap.standard.action(for: .character("W")) == .webview(.opened))
        #expect(Keymap.standard.bindings.filter { $0.keys.contains(.character("W")) }.count == 1, "W is bound once")
        let view = Keymap.forMode(.webview)
        #expect(view.action(for: .character("c")) == .webview(.completionRequested))
        #expect(view.action(for: .enter) == .webview(.completionRequested))
        #expect(view.action(for: .character("r")) == .webview(.refreshRequested))
        #expect(view.action(for: .character("s")) == .webview(.scenarioRequested))
        #expect(view.action(for: .character("q")) == .webview(.dismissed))
        #expect(view.action(for: .escape) == .webview(.dismissed))
        #expect(view.action(for: .control("c")) == .quitRequested)
        #expect(view.action(for: .control("s")) == .screenDumpRequested)
        let question = Keymap.forMode(.webviewConfirmation)
        #expect(question.action(for: .character("y")) == .webview(.completionConfirmed))
        #expect(question.action(for: .character("n")) == .webview(.completionCancelled))
        #expect(question.action(for: .escape) == .webview(.completionCancelled))
        #expect(question.action(for: .character("c")) == nil, "c does not answer the question")
        // Under --readonly the footer leaves out the keys that would be refused.
        #expect(!view.hints(readOnly: true).contains("c complete") && !view.hints(readOnly: true).contains("s seed 000"))
    }
}
