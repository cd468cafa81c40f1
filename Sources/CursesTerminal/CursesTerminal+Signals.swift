import Dispatch
import Foundation
import Synchronization

extension CursesTerminal {
    private static let signalSources = Mutex<[any DispatchSourceSignal]>([])
    private static let signalExitStatus = Atomic<Int32>(0)

    /// On SIGTERM, SIGHUP or SIGINT, runs `restore` (typically `terminal.restore()`) and exits with 128 + the
    /// signal number. The signals are ignored at the C level and handled on a dispatch queue, so `restore` may do
    /// anything. Calling it again replaces the previous handlers.
    public static func installSignalRestore(_ restore: @escaping @Sendable () -> Void) {
        signalSources.withLock { installed in
            if installed.isEmpty { atexit(keepSignalExitStatus) }
            installed.forEach { $0.cancel() }
            installed = [SIGTERM, SIGHUP, SIGINT].map { number in
                signal(number, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
                source.setEventHandler {
                    signalExitStatus.store(128 + number, ordering: .sequentiallyConsistent)
                    restore()
                    exit(128 + number)
                }
                source.resume()
                return source
            }
        }
    }

    /// Restoring finishes the event stream, so the main code may reach a normal `exit(0)` before the signal
    /// handler's own `exit`: this `atexit` hook keeps the signal's status in that race.
    private static let keepSignalExitStatus: @convention(c) () -> Void = {
        let status = signalExitStatus.load(ordering: .sequentiallyConsistent)
        if status != 0 { _exit(status) }
    }
}
