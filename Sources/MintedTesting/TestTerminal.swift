import Foundation
import Synchronization
import TerminalKit

/// A terminal in memory, for driving the event loop in tests: keys and resizes go in, every frame drawn is kept.
public final class TestTerminal: Terminal {
    private struct Shared {
        var size: Size
        var frames: [Screen] = []
        var restored = false
    }

    private let shared: Mutex<Shared>
    private let stream: AsyncStream<TerminalEvent>
    private let sink: AsyncStream<TerminalEvent>.Continuation

    public init(size: Size) {
        shared = Mutex(Shared(size: size))
        (stream, sink) = AsyncStream<TerminalEvent>.makeStream(bufferingPolicy: .unbounded)
    }

    public var size: Size { shared.withLock { $0.size } }

    public func draw(_ screen: Screen) { shared.withLock { $0.frames.append(screen) } }

    public func events() -> AsyncStream<TerminalEvent> { stream }

    public func restore() {
        shared.withLock { $0.restored = true }
        sink.finish()
    }

    /// Presses `keys`, in order.
    public func press(_ keys: Key...) { keys.forEach { sink.yield(.key($0)) } }

    /// Resizes the terminal, as SIGWINCH would.
    public func resize(to size: Size) {
        shared.withLock { $0.size = size }
        sink.yield(.resize(size))
    }

    /// Every frame drawn so far, oldest first.
    public var frames: [Screen] { shared.withLock { $0.frames } }

    /// The last frame drawn, as text.
    public var lastFrame: String { frames.last?.text() ?? "" }

    /// True once `restore()` was called.
    public var restored: Bool { shared.withLock { $0.restored } }
}
