import TerminalKit

extension CursesTerminal {
    /// Runs `body` with a new terminal and restores the terminal however `body` ends, including by throwing.
    public static func withTerminal<Result>(
        colorDepthOverride: ColorDepth? = nil,
        mouse: Bool = false,
        isolation: isolated (any Actor)? = #isolation,
        _ body: (CursesTerminal) async throws -> Result
    ) async throws -> Result {
        let terminal = try CursesTerminal(colorDepthOverride: colorDepthOverride, mouse: mouse)
        defer { terminal.restore() }
        return try await body(terminal)
    }
}
