import Foundation
import Synchronization

/// A terminal that shows everything through another and writes what it showed, with timing, to an asciicast v2 file
/// (`minted --record FILE.cast`): a recording to attach to a bug, played with `asciinema play`.
public final class RecordingTerminal: Terminal {
    private struct Recording {
        var file: FileHandle?
        var shown: Screen?
    }

    private let base: any Terminal
    private let started = ContinuousClock.now
    private let recording: Mutex<Recording>

    /// Records to `file` (its header is written now) while `base` shows the screens.
    public init(_ base: any Terminal, file: FileHandle, title: String = "minted") {
        self.base = base
        let header = Asciicast.header(size: base.size, timestamp: Int(Date().timeIntervalSince1970), title: title)
        // `write(contentsOf:)` throws where the older `write(_:)` traps: a full disk stops the recording, not minted.
        let writable = (try? file.write(contentsOf: Data(header.utf8))) != nil
        recording = Mutex(Recording(file: writable ? file : nil, shown: nil))
    }

    /// Seconds since the recording started: the moment a screen dump names.
    public var elapsed: Double {
        let duration = ContinuousClock.now - started
        return Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    public var size: Size { base.size }

    public func draw(_ screen: Screen) {
        let seconds = elapsed
        recording.withLock { recording in
            guard let file = recording.file else { return }
            var text = ""
            if let shown = recording.shown, shown.size != screen.size {
                text += Asciicast.resize(to: screen.size, at: seconds)
            }
            let output = screen.ansi(from: recording.shown)
            if !output.isEmpty { text += Asciicast.output(output, at: seconds) }
            recording.shown = screen
            // A full disk must not take the screen down: the recording stops, the UI goes on.
            do { try file.write(contentsOf: Data(text.utf8)) } catch { recording.file = nil }
        }
        base.draw(screen)
    }

    public func events() -> AsyncStream<TerminalEvent> { base.events() }

    public func restore() {
        base.restore()
        recording.withLock { recording in
            try? recording.file?.synchronize()
            try? recording.file?.close()
            recording.file = nil
        }
    }
}
