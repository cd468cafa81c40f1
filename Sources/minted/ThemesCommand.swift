import ArgumentParser
import Foundation

/// `minted themes`: every theme `t` cycles through, the one in use marked, and any theme file that does not load.
struct ThemesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "themes", abstract: "List the themes (shipped and your own); * marks the one in use.")

    func run() throws {
        let config = try ConfigFile.load()
        let selected = config.theme ?? "default"
        let catalog = ThemeCatalog.catalog(selected: selected)
        if ThemeCatalog.noColor { print("NO_COLOR is set: the monochrome theme only") }
        for (index, theme) in catalog.themes.enumerated() {
            let mine = FileManager.default.fileExists(atPath: ThemeCatalog.userDirectory.appendingPathComponent(theme.name + ".toml").path)
            let origin = mine ? "  (yours)" : (ThemeCatalog.shipped.contains(theme.name) ? "  (built in)" : "")
            print((index == catalog.index ? "* " : "  ") + theme.name + origin)
        }
        if let error = catalog.error { print("not loaded: \(error)") }
        print("yours go in \(ThemeCatalog.userDirectory.path)/NAME.toml; `minted --theme NAME` or `theme = \"NAME\"` in the config picks one")
    }
}
