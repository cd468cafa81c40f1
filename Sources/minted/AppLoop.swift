import Foundation
import Logging
import MintedAPI
import TerminalKit
import WalletCore
import WalletUI

/// Joins terminal, store and renderer: keys become actions through the key table in force, state changes become frames.
struct AppLoop {
    enum Event: Sendable {
        case terminal(TerminalEvent)
        case stateChanged
        case quit
    }

    let terminal: any Terminal
    let context: RenderContext
    /// Each exchange, one line, credentials already gone.
    var logger: Logger?

    /// Runs until quit; each of `exchanges` is recorded in the state for the inspector.
    func run(state: AppState, environment: WalletEnvironment, exchanges: AsyncStream<Exchange>? = nil) async throws {
        let (events, sink) = AsyncStream<Event>.makeStream(bufferingPolicy: .unbounded)
        let store = Store(state: state, environment: environment,
                          observe: { _ in sink.yield(.stateChanged) }, quit: { sink.yield(.quit) })
        let input = Task {
            for await event in terminal.events() { sink.yield(.terminal(event)) }
            sink.yield(.quit)
        }
        let recorder = Task {
            guard let exchanges else { return }
            for await exchange in exchanges {
                logger?.log(level: exchange.isFailure ? .warning : .info, "\(exchange.summaryLine(clock: "#\(exchange.id)"))",
                            metadata: exchange.failure.map { ["failure": "\($0)"] })
                await store.send(.exchangeRecorded(exchange))
            }
        }
        defer {
            input.cancel()
            recorder.cancel()
        }
        var size = terminal.size
        await store.send(.viewportChanged(columns: size.width, rows: size.height))
        await store.send(.started)
        terminal.draw(MainScreen.render(await store.state, size: size, context: context))
        loop: for await event in events {
            switch event {
            case .terminal(.key(let key)):
                let current = await store.state
                guard let action = Keymap.forMode(current.inputMode).action(for: key) else { continue }
                if Layout(size: size) == nil && action != .quitRequested { continue }
                await store.send(action)
                continue
            case .terminal(.resize(let newSize)):
                size = newSize
                await store.send(.viewportChanged(columns: size.width, rows: size.height))
            case .stateChanged:
                break
            case .quit:
                break loop
            }
            terminal.draw(MainScreen.render(await store.state, size: size, context: context))
        }
        await store.cancelAll()
    }
}
