import Clocks
import Foundation
import MintedAPI
import MintedTesting
import TerminalKit
import Testing
import WalletCore
import WalletUI

/// The event loop as a library: a test terminal feeds it keys and resizes and keeps the frames it draws.
struct AppLoopTests {
    @Test func keysGoInFramesComeOutAResizeRedrawsAndQEnds() async {
        let clock = TestClock()
        let environment = testEnvironment(api: SampleHost.samples(lockedUntil: Samples.start.addingTimeInterval(240)), clock: clock)
        let terminal = TestTerminal(size: Size(width: 120, height: 40))
        let loop = AppLoop(terminal: terminal, context: RenderContext(timeZone: TimeZone(identifier: "UTC")!))
        let state = AppState(connection: .sandbox, customerId: Samples.customerId, now: Samples.start)
        let run = Task { await loop.run(state: state, environment: environment) }

        await settle { terminal.lastFrame.contains("Minted 1 g 999.9 Gold Bar") && terminal.lastFrame.contains("1,852.60") }
        #expect(terminal.lastFrame.contains("Basket [2] · BUY"), "\(terminal.lastFrame)")
        #expect(terminal.frames.allSatisfy { $0.size == Size(width: 120, height: 40) })

        let help = Keymap.standard.bindings[0].summary
        terminal.press(.character("?"))
        await settle { terminal.lastFrame.contains(help) }
        #expect(terminal.lastFrame.contains(help), "? opens the help")
        terminal.press(.escape)
        await settle { !terminal.lastFrame.contains(help) }
        #expect(!terminal.lastFrame.contains(help), "Esc closes it")

        terminal.resize(to: Size(width: 80, height: 24))
        await settle { terminal.frames.last?.size == Size(width: 80, height: 24) }
        #expect(terminal.frames.last?.size == Size(width: 80, height: 24))
        #expect(terminal.lastFrame.contains("Products [1]"))

        terminal.resize(to: Size(width: 40, height: 12))
        await settle { terminal.lastFrame.contains("need 60×20") }
        #expect(terminal.lastFrame.contains("40×12, need 60×20"))
        terminal.press(.character("b"))  // keys other than quit wait for room
        terminal.resize(to: Size(width: 120, height: 40))
        await settle { terminal.lastFrame.contains("Basket [2]") }
        #expect(terminal.lastFrame.contains("Basket [2] · BUY"), "b was not taken while the screen was too small")

        let framesBeforeQuit = terminal.frames.count
        terminal.press(.character("q"))
        await run.value
        #expect(terminal.frames.count <= framesBeforeQuit + 1, "q ends the loop")
    }
}
