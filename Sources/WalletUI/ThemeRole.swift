/// The semantic colour roles a theme defines; widgets ask for roles, never for colours.
public enum ThemeRole: String, Sendable, CaseIterable {
    case text, muted, accent, border, focus, header, positive, negative, warning, danger, selection, chart
    case envSandbox = "env-sandbox"
    case envStaging = "env-staging"
    case envProduction = "env-production"
}
