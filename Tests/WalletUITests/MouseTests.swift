import Foundation
import MintedAPI
import MintedTesting
import TerminalKit
import Testing
import WalletCore
@testable import WalletUI

/// Clicks and wheel notches, found on the screen as drawn and turned into the actions the keys send.
struct MouseTests {
    let context = RenderContext(timeZone: TimeZone(identifier: "UTC")!)
    let size = Size(width: 120, height: 40)

    /// Five products, the third selected; the basket pane focused.
    func state() -> AppState {
        let products = (1...5).map { index in
            var product = Samples.goldBar
            product.sku = "MNTBAE000\(index)"
            product.name = "Gold Bar \(index)"
            return product
        }
        var state = Samples.liveState(products: products)
        state.market.productSelection = 2
        state.focus = .basket
        return state
    }

    /// Where `text` first appears on the screen `state` draws.
    func position(of text: String, in state: AppState) throws -> Point {
        let lines = MainScreen.render(state, size: size, context: context).text().components(separatedBy: "\n")
        let y = try #require(lines.firstIndex { $0.contains(text) }, "“\(text)” is not on the screen")
        let prefix = lines[y][..<lines[y].range(of: text)!.lowerBound]
        return Point(x: TextWidth.width(of: String(prefix)), y: y)
    }

    @Test func aClickOnAProductFocusesItsPaneAndSelectsItsRow() throws {
        let state = state()
        let at = try position(of: "MNTBAE0005", in: state)
        #expect(MainScreen.actions(for: MouseEvent(.press, at: at), state, size: size) == [.paneChosen(.products), .selectionMoved(by: 2)])
        let above = try position(of: "MNTBAE0001", in: state)
        #expect(MainScreen.actions(for: MouseEvent(.press, at: above), state, size: size) == [.paneChosen(.products), .selectionMoved(by: -2)])
    }

    @Test func aClickOnTheSelectedProductOfTheFocusedPaneOpensItsQuantity() throws {
        var state = state()
        state.focus = .products
        let at = try position(of: "MNTBAE0003", in: state)
        #expect(MainScreen.actions(for: MouseEvent(.press, at: at), state, size: size) == [.focusedRowChosen])
        var store = state
        for action in MainScreen.actions(for: MouseEvent(.press, at: at), state, size: size) {
            _ = AppReducer.reduce(into: &store, action: action)
        }
        guard case .quantity(let entry) = store.modal else { Issue.record("no quantity dialog: \(String(describing: store.modal))"); return }
        #expect(entry.sku == "MNTBAE0003")
    }

    @Test func aClickBelowTheListOrOnAFrameOnlyFocuses() throws {
        let state = state()
        let frame = try position(of: "Products [1]", in: state)
        #expect(MainScreen.actions(for: MouseEvent(.press, at: frame), state, size: size) == [.paneChosen(.products)])
        let wallet = try position(of: "Wallet [3]", in: state)
        #expect(MainScreen.actions(for: MouseEvent(.press, at: Point(x: wallet.x, y: wallet.y + 2)), state, size: size) == [.paneChosen(.wallet)])
        let header = Point(x: 3, y: 0)
        #expect(MainScreen.actions(for: MouseEvent(.press, at: header), state, size: size).isEmpty)
    }

    @Test func theWheelScrollsTheListUnderThePointer() throws {
        let state = state()
        let at = try position(of: "MNTBAE0002", in: state)
        #expect(MainScreen.actions(for: MouseEvent(.wheelDown, at: at), state, size: size) == [.paneChosen(.products), .selectionMoved(by: 1)])
        var focused = state
        focused.focus = .products
        #expect(MainScreen.actions(for: MouseEvent(.wheelUp, at: at), focused, size: size) == [.selectionMoved(by: -1)])
    }

    @Test func inADialogTheWheelScrollsItAndClicksOutsideDoNothing() throws {
        var state = state()
        state.modal = .orders
        let middle = Point(x: 60, y: 20)
        #expect(MainScreen.actions(for: MouseEvent(.wheelDown, at: middle), state, size: size)
            == [Keymap.orders.action(for: .down)].compactMap { $0 })
        #expect(MainScreen.actions(for: MouseEvent(.press, at: Point(x: 1, y: 3)), state, size: size).isEmpty)
    }

    @Test func aClickOnAFooterHintRunsIt() throws {
        let state = state()
        let quit = try position(of: "q quit", in: state)
        #expect(MainScreen.actions(for: MouseEvent(.press, at: Point(x: quit.x + 2, y: quit.y)), state, size: size) == [.quitRequested])
        let help = try position(of: "? help", in: state)
        #expect(MainScreen.actions(for: MouseEvent(.press, at: help), state, size: size) == [.helpToggled])
        // The gap between two hints runs nothing.
        #expect(MainScreen.actions(for: MouseEvent(.press, at: Point(x: quit.x - 1, y: quit.y)), state, size: size).isEmpty)
    }

    @Test func aClickOnABasketLineSelectsIt() throws {
        var state = state()
        let items = state.checkout.basket?.items ?? []
        var second = try #require(items.first)
        second.sku = "MNTBAE0009"
        second.productName = "Silver Bar 9"
        state.checkout.basket?.items.append(second)
        let at = try position(of: "Silver Bar 9", in: state)
        #expect(MainScreen.actions(for: MouseEvent(.press, at: at), state, size: size) == [.selectionMoved(by: 1)])
    }

    @Test func everyCellOfEverySizeIsSafeToClick() {
        var state = state()
        for size in [Size(width: 60, height: 20), Size(width: 80, height: 24), Size(width: 200, height: 60), Size(width: 10, height: 3)] {
            for modal in [nil, Modal.orders, .inspector] {
                state.modal = modal
                for y in 0..<size.height { for x in 0..<size.width {
                    for kind in [MouseEvent.Kind.press, .wheelUp, .wheelDown] {
                        _ = MainScreen.actions(for: MouseEvent(kind, at: Point(x: x, y: y)), state, size: size)
                    }
                } }
            }
        }
    }
}
