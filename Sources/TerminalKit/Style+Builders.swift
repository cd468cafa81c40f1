extension Style {
    /// This style with `attributes` added.
    public func adding(_ attributes: Attributes) -> Style {
        var style = self
        style.attributes.formUnion(attributes)
        return style
    }

    /// This style in bold.
    public func bold() -> Style { adding(.bold) }
    /// This style dimmed.
    public func dim() -> Style { adding(.dim) }
    /// This style with foreground and background swapped.
    public func reversed() -> Style { adding(.reverse) }
    /// This style underlined.
    public func underlined() -> Style { adding(.underline) }
    /// This style in italics.
    public func italic() -> Style { adding(.italic) }

    /// This style with another foreground colour.
    public func foreground(_ color: Color) -> Style {
        var style = self
        style.foreground = color
        return style
    }

    /// This style with another background colour.
    public func background(_ color: Color) -> Style {
        var style = self
        style.background = color
        return style
    }

    /// This style with both colours fitted to `depth`; attributes are kept.
    public func downgraded(to depth: ColorDepth) -> Style {
        Style(
            foreground: foreground.downgraded(to: depth),
            background: background.downgraded(to: depth),
            attributes: attributes
        )
    }
}
