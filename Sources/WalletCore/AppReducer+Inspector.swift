import Foundation
import MintedAPI

/// The HTTP inspector's place in the app, and written reports (exchanges, screen dumps).
extension AppReducer {
    /// The inspector's actions, reduced by `InspectorFeature` over its own state; its sheet and footer line are the app's.
    static func inspector(_ action: InspectorAction, _ state: inout AppState) -> Effect {
        let step = InspectorFeature.reduce(into: &state.inspector, action: action, context: FeatureContext(state, sheet: .inspector))
        switch step.sheetOpen {
        case true?: state.modal = .inspector
        case false?: state.modal = nil
        case nil: break
        }
        if let notice = step.notice { state.notice = notice }
        return step.effect
    }

    /// `path` with the home directory as `~`, so that the file name at its end survives an 80-column footer.
    static func shortPath(_ path: String) -> String {
        let home = HomeDirectory.path
        guard !home.isEmpty, home != "/", path.hasPrefix(home + "/") else { return path }
        return "~" + path.dropFirst(home.count)
    }

    static func reportWritten(_ kind: ReportKind, _ result: Result<String, ReportError>, _ state: inout AppState) -> Effect {
        switch result {
        case .success(let path): state.notice = Notice(.info, "\(kind.rawValue) saved: \(Self.shortPath(path))")
        case .failure(let error): state.notice = Notice(.error, "\(kind.rawValue) not saved: \(error.message)")
        }
        return .none
    }
}
