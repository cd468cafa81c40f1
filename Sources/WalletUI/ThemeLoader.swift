import Foundation
import TerminalKit
import TOMLKit

/// A theme file that could not be used, with where it went wrong.
public struct ThemeError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var column: Int?
    public var reason: String

    public var description: String {
        var place = file
        if let line { place += ":\(line)" }
        if let column { place += ":\(column)" }
        return "\(place): \(reason)"
    }
}

/// Reads themes from TOML: `[roles]` with `role = "fg"` or `role = { fg = "…", bg = "…", bold = true, … }`.
public enum ThemeLoader {
    /// Parses a theme from TOML text; `file` names it in errors.
    public static func parse(_ text: String, name: String, file: String) throws(ThemeError) -> Theme {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ThemeError(file: file, line: Int(error.source.begin.line), column: Int(error.source.begin.column), reason: error.description)
        } catch {
            throw ThemeError(file: file, line: nil, column: nil, reason: String(describing: error))
        }
        guard let roles = table["roles"]?.table else {
            throw ThemeError(file: file, line: nil, column: nil, reason: "missing [roles] table")
        }
        var styles: [ThemeRole: Style] = [:]
        for (key, value) in roles {
            guard let role = ThemeRole(rawValue: key) else {
                throw ThemeError(file: file, line: nil, column: nil, reason: "unknown role '\(key)'")
            }
            styles[role] = try style(value, role: key, file: file)
        }
        let displayName = table["name"]?.string ?? name
        var theme = Theme(name: displayName, styles: styles)
        // `background = "#ffffff"`: the theme paints its own background (every role without one gets it, and the
        // screen is filled with it), so a light theme reads the same on a dark terminal or projector.
        if let background = table["background"]?.string {
            let color = try color(background, role: "background", file: file)
            for role in ThemeRole.allCases where theme[role].background == .default {
                var style = theme[role]
                style.background = color
                theme.styles[role] = style
            }
            theme.paintsBackground = true
        }
        return theme
    }

    /// Loads `name` from the first directory that has `name.toml`, else from the themes built into the binary.
    public static func load(name: String, from directories: [URL]) throws(ThemeError) -> Theme {
        for directory in directories {
            let url = directory.appendingPathComponent(name + ".toml")
            if let text = try? String(contentsOf: url, encoding: .utf8) {
                return try parse(text, name: name, file: url.path)
            }
        }
        if let shipped = Theme.shippedFiles.first(where: { $0.name == name }) {
            return try parse(shipped.toml, name: name, file: "built-in " + name + ".toml")
        }
        let shipped = Theme.shippedFiles.map(\.name).joined(separator: ", ")
        throw ThemeError(file: name + ".toml", line: nil, column: nil,
                         reason: "no such theme in \(directories.map(\.path).joined(separator: ", ")) or built in (\(shipped))")
    }

    private static func style(_ value: any TOMLValueConvertible, role: String, file: String) throws(ThemeError) -> Style {
        if let text = value.string {
            return Style(foreground: try color(text, role: role, file: file))
        }
        guard let table = value.table else {
            throw ThemeError(file: file, line: nil, column: nil, reason: "role '\(role)' must be a colour or a table")
        }
        var style = Style()
        if let fg = table["fg"]?.string { style.foreground = try color(fg, role: role, file: file) }
        if let bg = table["bg"]?.string { style.background = try color(bg, role: role, file: file) }
        let flags: [(String, Attributes)] = [("bold", .bold), ("dim", .dim), ("reverse", .reverse), ("underline", .underline), ("italic", .italic)]
        for (flag, attribute) in flags where table[flag]?.bool == true { style.attributes.insert(attribute) }
        return style
    }

    private static func color(_ text: String, role: String, file: String) throws(ThemeError) -> Color {
        guard let color = Color(parsing: text) else {
            throw ThemeError(file: file, line: nil, column: nil, reason: "role '\(role)': '\(text)' is not a colour (a name, #rrggbb or 0–255)")
        }
        return color
    }
}
