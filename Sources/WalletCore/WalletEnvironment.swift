import Foundation

/// Everything outside the reducer: the API, time and randomness.
public struct WalletEnvironment: Sendable {
    public var api: WalletAPI
    /// Suspends for a duration on the app's clock (a `TestClock` in tests).
    public var sleep: @Sendable (Duration) async throws -> Void
    /// Wall-clock time, for the countdown and the header.
    public var now: @Sendable () -> Date
    /// Extra delay added to a backoff, so that many clients do not retry in step.
    public var jitter: @Sendable (Duration) -> Duration
    /// Where the customers used and their last addresses are remembered (the only file the app writes).
    public var customerBook: CustomerBookStorage

    public init(api: WalletAPI, sleep: @escaping @Sendable (Duration) async throws -> Void,
                now: @escaping @Sendable () -> Date, jitter: @escaping @Sendable (Duration) -> Duration,
                customerBook: CustomerBookStorage = .none) {
        self.api = api
        self.sleep = sleep
        self.now = now
        self.jitter = jitter
        self.customerBook = customerBook
    }

    /// Production: the continuous clock, the system time and up to 20 % random jitter.
    public static func live(api: WalletAPI, customerBook: CustomerBookStorage = .none) -> WalletEnvironment {
        WalletEnvironment(
            api: api,
            sleep: { try await ContinuousClock().sleep(for: $0) },
            now: { Date() },
            jitter: { delay in
                let millis = Int(delay.components.seconds * 1000 / 5)
                return .milliseconds(millis > 0 ? Int.random(in: 0...millis) : 0)
            },
            customerBook: customerBook
        )
    }
}
