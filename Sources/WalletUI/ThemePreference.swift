import Foundation

/// The theme choice kept in the config file: one line, edited in place, so comments and every other key stay.
public enum ThemePreference {
    /// `config` with its theme set to `name`: the first `theme = …` at the top level or under `[ui]` is replaced,
    /// or a top-level line is put first (top-level keys must come before any table).
    public static func config(_ config: String, settingTheme name: String) -> String {
        let line = "theme = \"" + escaped(name) + "\""
        var lines = config.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var table = ""
        for (index, text) in lines.enumerated() {
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("[") {
                table = trimmed
                continue
            }
            guard table.isEmpty || table == "[ui]" else { continue }
            let key = trimmed.split(separator: "=", maxSplits: 1).first?.trimmingCharacters(in: .whitespaces)
            if key == "theme" || key == "\"theme\"" {
                lines[index] = line
                return lines.joined(separator: "\n")
            }
        }
        if config.isEmpty { return line + "\n" }
        return line + "\n" + config
    }

    private static func escaped(_ name: String) -> String {
        var text = ""
        for character in name {
            switch character {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n", "\r", "\t": text += " "
            default: text.append(character)
            }
        }
        return text
    }
}
