import Foundation
import Synchronization

/// A clock the test moves by hand, readable from any thread.
final class ManualClock: Sendable {
    private let current: Mutex<Date>

    init(_ start: Date = SandboxFixtures.start) {
        current = Mutex(start)
    }

    var now: Date { current.withLock { $0 } }

    func advance(by seconds: TimeInterval) {
        current.withLock { $0 = $0.addingTimeInterval(seconds) }
    }

    /// The closure a `SandboxServer` reads.
    var reading: @Sendable () -> Date { { [self] in now } }
}
