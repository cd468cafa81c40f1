import Foundation
import WalletUI

/// Where themes are looked up: the user's first, then the shipped ones.
enum ThemeCatalog {
    /// The shipped themes, in the order `t` cycles through them; built into the binary (`Theme.shippedFiles`).
    static let shipped = Theme.shippedFiles.map(\.name)

    static var userDirectory: URL {
        XDGDirectory.config.minted("themes")
    }

    /// Where theme files are looked for before the built-in ones: the person's own folder only, so a copied binary
    /// behaves as a built one, and a file there of a shipped name overrides the built-in theme.
    static var directories: [URL] { [userDirectory] }

    /// The named theme, `NO_COLOR` honoured; a broken or missing theme falls back to the built-in one.
    static func resolve(_ name: String) -> Theme {
        if noColor { return .monochrome }
        return (try? ThemeLoader.load(name: name, from: directories)) ?? .fallback
    }

    static var noColor: Bool {
        if let value = ProcessInfo.processInfo.environment["NO_COLOR"], !value.isEmpty { return true }
        return false
    }

    /// Every theme `t` cycles through (shipped, then the user's own), the index of `selected`, and the first error
    /// met — a broken file is left out and named, and the built-in default stands in when nothing loads.
    static func catalog(selected: String) -> (themes: [Theme], index: Int, error: ThemeError?) {
        if noColor { return ([.monochrome], 0, nil) }
        var names = shipped
        let own = (try? FileManager.default.contentsOfDirectory(atPath: userDirectory.path)) ?? []
        for file in own.sorted() where file.hasSuffix(".toml") {
            let name = String(file.dropLast(5))
            if !names.contains(name) { names.append(name) }
        }
        if !names.contains(selected) { names.insert(selected, at: 0) }
        var themes: [Theme] = []
        var index = 0
        var firstError: ThemeError?
        var selectedError: ThemeError?
        for name in names {
            do {
                let theme = try ThemeLoader.load(name: name, from: directories)
                if name == selected { index = themes.count }
                themes.append(theme)
            } catch {
                if name == selected { selectedError = error }
                if firstError == nil { firstError = error }
            }
        }
        if themes.isEmpty { themes = [.fallback] }
        if selectedError != nil, let fallback = themes.firstIndex(where: { $0.name == "default" }) { index = fallback }
        return (themes, index, selectedError ?? firstError)
    }
}
