import TerminalKit

extension Theme {
    /// Every role's colours fitted to what the terminal shows (truecolor → 256 → 16 → 8 → none).
    public func downgraded(to depth: ColorDepth) -> Theme {
        Theme(name: name, styles: styles.mapValues { $0.downgraded(to: depth) }, paintsBackground: paintsBackground)
    }
}

extension RenderContext {
    /// Every theme fitted to `depth`.
    public func downgraded(to depth: ColorDepth) -> RenderContext {
        var context = self
        context.theme = theme.downgraded(to: depth)
        context.themes = themes.map { $0.downgraded(to: depth) }
        return context
    }
}
