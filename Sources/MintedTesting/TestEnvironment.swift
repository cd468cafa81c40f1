import Clocks
import Foundation
import MintedAPI
import WalletCore

/// A `WalletEnvironment` on a `TestClock`: wall time is `start` plus the clock's elapsed time, jitter is zero.
public func testEnvironment(api: any APIHost, clock: TestClock<Duration>, start: Date = Samples.start) -> WalletEnvironment {
    let origin = clock.now
    return WalletEnvironment(
        api: api,
        sleep: { try await clock.sleep(for: $0) },
        now: {
            let elapsed = origin.duration(to: clock.now).components
            return start.addingTimeInterval(TimeInterval(elapsed.seconds) + TimeInterval(elapsed.attoseconds) / 1e18)
        },
        jitter: { _ in .zero }
    )
}

/// Lets pending tasks run until `condition` holds: a bounded number of scheduler turns, with a millisecond's pause
/// every hundred so that a machine busy with other tests still gets there. Nothing is asserted about time.
public func settle(_ condition: @Sendable () async -> Bool) async {
    for turn in 0..<20_000 {
        if await condition() { return }
        if turn % 100 == 99 { try? await Task.sleep(for: .milliseconds(1)) } else { await Task.yield() }
    }
}
