import Foundation

/// The built-in sandbox's control API (`/_sandbox/`): not the vendor's, ours, behind the same Digest credentials.
extension Endpoint {
    public static let sandboxFaultsPath = "/_sandbox/faults"
    public static let sandboxExpireLockPath = "/_sandbox/expire-lock"
    public static let sandboxSpikePath = "/_sandbox/spike"

    /// The scenarios `POST /_sandbox/scenarios/<name>` loads.
    public enum Scenario: String, Sendable, CaseIterable {
        /// Seed 000's webview basket (John Due, 1 × MNT0001 in TRY "Physical Gold"); answered with that basket.
        case seed000
    }

    /// Where scenario `scenario` is loaded.
    public static func sandboxScenarioPath(_ scenario: Scenario) -> String { "/_sandbox/scenarios/" + scenario.rawValue }
}
