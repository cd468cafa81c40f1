import CNCursesW
import TerminalKit

/// Curses colour pairs allocated on demand for each foreground/background combination; curses thread only.
struct ColorPairs {
    private struct Combination: Hashable {
        var foreground: Int32
        var background: Int32
    }

    private let depth: ColorDepth
    private let limit: Int32
    private let hasDefaultColors: Bool
    private var assigned: [Combination: Int32] = [:]
    private var next: Int32 = 1

    /// Pairs for drawing at `depth` (truecolor is drawn through the 256 palette), with at most `limit` pairs;
    /// `hasDefaultColors` tells whether `use_default_colors` lets -1 stand for the terminal's own colours.
    init(depth: ColorDepth, limit: Int32, hasDefaultColors: Bool) {
        self.depth = min(depth, .indexed256)
        self.limit = limit
        self.hasDefaultColors = hasDefaultColors
    }

    /// The pair number for `style`'s colours; 0 (the terminal's default pair) for default colours, in monochrome,
    /// and once every pair is taken.
    mutating func pair(for style: Style) -> Int32 {
        guard depth != .monochrome, limit > 1 else { return 0 }
        let combination = Combination(
            foreground: number(for: style.foreground, fallback: 7),
            background: number(for: style.background, fallback: 0)
        )
        if combination == Combination(foreground: defaultNumber(7), background: defaultNumber(0)) { return 0 }
        if let pair = assigned[combination] { return pair }
        guard next < limit else { return 0 }
        let pair = initialize(next, combination) ? next : 0
        if pair != 0 { next += 1 }
        assigned[combination] = pair
        return pair
    }

    private func initialize(_ pair: Int32, _ combination: Combination) -> Bool {
        if init_extended_pair(pair, combination.foreground, combination.background) == OK { return true }
        guard pair <= Int32(Int16.max) else { return false }
        return init_pair(Int16(pair), Int16(combination.foreground), Int16(combination.background)) == OK
    }

    private func defaultNumber(_ fallback: Int32) -> Int32 {
        hasDefaultColors ? -1 : fallback
    }

    private func number(for color: Color, fallback: Int32) -> Int32 {
        switch color.downgraded(to: depth) {
        case .ansi(let index): Int32(index % 16)
        case .indexed(let index): Int32(index)
        case .default, .rgb: defaultNumber(fallback)
        }
    }
}
