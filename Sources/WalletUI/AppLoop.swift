import Foundation
#if canImport(Glibc)
import Glibc
#endif
import MintedAPI
import TerminalKit
import WalletCore

/// Joins terminal, store and renderer: keys become actions through the key table in force, state changes become frames.
/// A library type, so that tests drive it with a test terminal: keys in, frames out, resize, quit.
public struct AppLoop: Sendable {
    enum Event: Sendable {
        case terminal(TerminalEvent)
        case playbackEnded
        case stateChanged
        case quit
    }

    let terminal: any Terminal
    let context: RenderContext
    /// Told of each exchange before the inspector records it (the log file's line; credentials already gone).
    let recorded: @Sendable (Exchange) -> Void

    public init(terminal: any Terminal, context: RenderContext, recorded: @escaping @Sendable (Exchange) -> Void = { _ in }) {
        self.terminal = terminal
        self.context = context
        self.recorded = recorded
    }

    /// Runs until quit; each of `exchanges` is recorded in the state for the inspector. `player` (`--play`) presses keys
    /// until it ends or the person presses one.
    public func run(state: AppState, environment: WalletEnvironment, exchanges: AsyncStream<Exchange>? = nil,
                    player: DemoPlayer? = nil) async {
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
                recorded(exchange)
                await store.send(.inspector(.exchangeRecorded(exchange)))
            }
        }
        let trimmer = Task { await Self.returnFreedMemory() }
        defer {
            input.cancel()
            recorder.cancel()
            trimmer.cancel()
        }
        var size = terminal.size
        await store.send(.viewportChanged(columns: size.width, rows: size.height))
        await store.send(.started)
        terminal.draw(MainScreen.render(await store.state, size: size, context: context))
        var playback: Task<Void, Never>? = player.map { player in
            Task {
                let stage = DemoPlayer.Stage(state: { await store.state }, send: { await store.send($0) },
                                             sleep: { try await Task.sleep(for: .milliseconds(Int($0 * 1000))) })
                try? await player.play(on: stage)
                sink.yield(.playbackEnded)
            }
        }
        defer { playback?.cancel() }
        loop: for await event in events {
            switch event {
            case .terminal(.key) where playback != nil, .terminal(.mouse) where playback != nil:
                // Any key or click hands control back; it does nothing else.
                playback?.cancel()
                playback = nil
                await store.send(.playbackAdvanced(step: nil, key: nil))
            case .playbackEnded:
                guard playback != nil else { continue }
                playback = nil
                await store.send(.playbackAdvanced(step: nil, key: nil))
            case .terminal(.key(let key)):
                let current = await store.state
                guard let action = Keymap.forMode(current.inputMode).action(for: key) else { continue }
                if Layout(size: size) == nil && action != .quitRequested { continue }
                await store.send(action)
                continue
            case .terminal(.mouse(let event)):
                let actions = MainScreen.actions(for: event, await store.state, size: size)
                guard !actions.isEmpty else { continue }
                for action in actions { await store.send(action) }
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

    /// Every few seconds, gives the heap's free pages back to the system. A burst (a held key, a flood of answers)
    /// leaves freed memory that glibc keeps mapped; without this the resident size stays at the burst's peak.
    static func returnFreedMemory() async {
        #if canImport(Glibc)
        // `malloc.h` is not in the Glibc module; the symbol is looked up once.
        typealias Trim = @convention(c) (Int) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return }
        let trim = unsafeBitCast(symbol, to: Trim.self)
        while !Task.isCancelled {
            do { try await Task.sleep(for: .seconds(5)) } catch { return }
            _ = trim(0)
        }
        #endif
    }
}
