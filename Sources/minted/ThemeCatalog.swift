import Foundation
import WalletUI

/// Where themes are looked up: the user's first, then the shipped ones.
enum ThemeCatalog {
    static var directories: [URL] {
        var folders: [URL] = []
        let environment = ProcessInfo.processInfo.environment
        let config = environment["XDG_CONFIG_HOME"].map { URL(fileURLWithPath: $0) }
            ?? URL(fileURLWithPath: NSHomeDirectory()).appendingPathComponent(".config")
        folders.append(config.appendingPathComponent("minted/themes"))
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        var folder = executable
        for _ in 0..<5 {
            folders.append(folder.appendingPathComponent("themes"))
            folder = folder.deletingLastPathComponent()
        }
        folders.append(URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("themes"))
        return folders
    }

    /// The named theme, `NO_COLOR` honoured; a broken or missing theme falls back to the built-in one.
    static func resolve(_ name: String) -> Theme {
        if let noColor = ProcessInfo.processInfo.environment["NO_COLOR"], !noColor.isEmpty { return .monochrome }
        return (try? ThemeLoader.load(name: name, from: directories)) ?? .fallback
    }
}
