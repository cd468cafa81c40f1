import Foundation
import MintedAPI

/// The XDG base directories minted keeps its files under, each with its usual default below the home directory.
enum XDGDirectory: String {
    case config = "XDG_CONFIG_HOME"
    case data = "XDG_DATA_HOME"
    case state = "XDG_STATE_HOME"

    /// Below the home directory (`$HOME` first) when the variable is unset or empty.
    var fallback: String {
        switch self {
        case .config: ".config"
        case .data: ".local/share"
        case .state: ".local/state"
        }
    }

    /// `$VARIABLE/minted/NAME` (or the fallback's).
    func minted(_ name: String) -> URL {
        let value = ProcessInfo.processInfo.environment[rawValue] ?? ""
        let base = value.isEmpty ? URL(fileURLWithPath: HomeDirectory.path).appendingPathComponent(fallback) : URL(fileURLWithPath: value)
        return base.appendingPathComponent("minted/" + name)
    }
}
