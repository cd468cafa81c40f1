import TerminalKit

/// A named set of styles, one per semantic role.
public struct Theme: Sendable, Equatable {
    public var name: String
    public var styles: [ThemeRole: Style]
    /// True when the theme sets its own background (`background` in its file): the screen is filled with `text`'s
    /// style before anything is drawn, instead of showing the terminal's own background.
    public var paintsBackground = false

    public init(name: String, styles: [ThemeRole: Style], paintsBackground: Bool = false) {
        self.name = name
        self.styles = styles
        self.paintsBackground = paintsBackground
    }

    /// The style of `role`; a role the theme leaves out is plain text.
    public subscript(_ role: ThemeRole) -> Style { styles[role] ?? .plain }

    /// The built-in dark theme, used when no theme file can be read; `themes/default.toml` mirrors it.
    public static let fallback = Theme(name: "default", styles: [
        .text: Style(),
        .muted: Style(foreground: .ansi(8)),
        .accent: Style(foreground: .ansi(14), attributes: .bold),
        .border: Style(foreground: .ansi(8)),
        .focus: Style(foreground: .ansi(11), attributes: .bold),
        .header: Style(foreground: .ansi(15), background: .ansi(4), attributes: .bold),
        .positive: Style(foreground: .ansi(10)),
        .negative: Style(foreground: .ansi(9)),
        .warning: Style(foreground: .ansi(11), attributes: .bold),
        .danger: Style(foreground: .ansi(15), background: .ansi(1), attributes: .bold),
        .selection: Style(foreground: .ansi(0), background: .ansi(14)),
        .chart: Style(foreground: .ansi(11)),
        .envSandbox: Style(foreground: .ansi(0), background: .ansi(10), attributes: .bold),
        .envStaging: Style(foreground: .ansi(0), background: .ansi(11), attributes: .bold),
        .envProduction: Style(foreground: .ansi(15), background: .ansi(1), attributes: .bold),
    ])

    /// Monochrome: focus and danger still stand out through bold and reverse (for `NO_COLOR`).
    public static let monochrome = Theme(name: "monochrome", styles: [
        .text: Style(), .muted: Style(attributes: .dim), .accent: Style(attributes: .bold), .border: Style(),
        .focus: Style(attributes: [.bold, .reverse]), .header: Style(attributes: .reverse), .positive: Style(attributes: .bold),
        .negative: Style(attributes: .underline), .warning: Style(attributes: .bold), .danger: Style(attributes: [.bold, .reverse]),
        .selection: Style(attributes: .reverse), .chart: Style(), .envSandbox: Style(attributes: .reverse),
        .envStaging: Style(attributes: [.reverse, .bold]), .envProduction: Style(attributes: [.reverse, .bold, .underline]),
    ])
}
