import Foundation
import MintedAPI

/// Everything outside the reducer: the API, time and randomness.
public struct WalletEnvironment: Sendable {
    /// Where calls go: `MintedClient` live, a `SampleHost` in tests.
    public var api: any APIHost
    /// Suspends for a duration on the app's clock (a `TestClock` in tests).
    public var sleep: @Sendable (Duration) async throws -> Void
    /// Wall-clock time, for the countdown and the header.
    public var now: @Sendable () -> Date
    /// Extra delay added to a backoff, so that many clients do not retry in step.
    public var jitter: @Sendable (Duration) -> Duration
    /// Where the customers used and their last addresses are remembered (the only file the app writes).
    public var customerBook: CustomerBookStorage
    /// Puts text on the person's clipboard (OSC 52 through the terminal).
    public var clipboard: @Sendable (String) -> Void
    /// Where screen dumps and exported exchanges go.
    public var reports: ReportFolder
    /// The screen the state draws, as text: what a screen dump shows.
    public var screenText: @Sendable (AppState) -> String
    /// Keeps the theme `t` picked in the config file, so the next start uses it.
    public var saveTheme: @Sendable (String) throws -> Void = { _ in }
    /// Opens a text in the person's editor (`$VISUAL`, `$EDITOR`, `vi`) with the screen given back, and answers the
    /// text as saved, or why not.
    public var editText: @Sendable (String) async -> Result<String, EditFailure> = { _ in .failure(EditFailure("no editor here")) }

    public init(api: any APIHost, sleep: @escaping @Sendable (Duration) async throws -> Void,
                now: @escaping @Sendable () -> Date, jitter: @escaping @Sendable (Duration) -> Duration,
                customerBook: CustomerBookStorage = .none, clipboard: @escaping @Sendable (String) -> Void = { _ in },
                reports: ReportFolder = .none, screenText: @escaping @Sendable (AppState) -> String = { _ in "" }) {
        self.api = api
        self.sleep = sleep
        self.now = now
        self.jitter = jitter
        self.customerBook = customerBook
        self.clipboard = clipboard
        self.reports = reports
        self.screenText = screenText
    }

    /// Production: the continuous clock, the system time and up to 20 % random jitter.
    public static func live(api: any APIHost, customerBook: CustomerBookStorage = .none,
                            clipboard: @escaping @Sendable (String) -> Void = { _ in }, reports: ReportFolder = .none,
                            saveTheme: @escaping @Sendable (String) throws -> Void = { _ in },
                            editText: @escaping @Sendable (String) async -> Result<String, EditFailure> = { _ in .failure(EditFailure("no editor here")) },
                            screenText: @escaping @Sendable (AppState) -> String = { _ in "" }) -> WalletEnvironment {
        var environment = WalletEnvironment(
            api: api,
            sleep: { try await ContinuousClock().sleep(for: $0) },
            now: { Date() },
            jitter: { delay in
                let millis = Int(delay.components.seconds * 1000 / 5)
                return .milliseconds(millis > 0 ? Int.random(in: 0...millis) : 0)
            },
            customerBook: customerBook,
            clipboard: clipboard,
            reports: reports,
            screenText: screenText
        )
        environment.saveTheme = saveTheme
        environment.editText = editText
        return environment
    }
}

/// Why an edit did not come back: no editor, it failed, or the file could not be read.
public struct EditFailure: Error, Sendable, Equatable, CustomStringConvertible {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}
