extension ColorDepth {
    /// The deepest depth a terminal reporting `colorCount` colours can show (truecolor when it has 256 or more).
    public static func capability(colorCount: Int) -> ColorDepth {
        switch colorCount {
        case 256...: .truecolor
        case 16...: .sixteen
        case 8...: .eight
        default: .monochrome
        }
    }

    /// The depth to draw with: an explicit `override` capped at the terminal's capability; otherwise monochrome when
    /// `NO_COLOR` is set and non-empty, truecolor only when `COLORTERM` is `truecolor` or `24bit`, else from the count.
    public static func resolved(
        colorCount: Int,
        environment: [String: String],
        override: ColorDepth? = nil
    ) -> ColorDepth {
        let ceiling = capability(colorCount: colorCount)
        if let override {
            return min(override, ceiling)
        }
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty {
            return .monochrome
        }
        guard ceiling == .truecolor else { return ceiling }
        let colorTerm = environment["COLORTERM"]?.lowercased() ?? ""
        return colorTerm == "truecolor" || colorTerm == "24bit" ? .truecolor : .indexed256
    }
}
