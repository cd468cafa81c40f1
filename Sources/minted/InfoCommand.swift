import ArgumentParser
import Foundation

/// `minted info`: where minted reads and writes its files, so a dump or a log is found at once.
struct InfoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "info", abstract: "Print config, data, dump, export, log and theme paths.")

    func run() throws {
        let data = UICommand.dataURL("")
        let rows: [(String, URL)] = [
            ("config", ConfigFile.url),
            ("themes (yours)", ThemeCatalog.userDirectory),
            ("customers", UICommand.dataURL("customers.json")),
            ("sandbox state", UICommand.sandboxStateURL()),
            ("screen dumps (Ctrl-S)", data.appendingPathComponent("dumps")),
            ("exchanges (w)", data.appendingPathComponent("exchanges")),
            ("log", UICommand.logURL()),
        ]
        for (label, url) in rows {
            let exists = FileManager.default.fileExists(atPath: url.path) ? "" : "  (not yet)"
            print(label.padding(toLength: 24, withPad: " ", startingAt: 0) + url.path + exists)
        }
        print("themes built in".padding(toLength: 24, withPad: " ", startingAt: 0) + ThemeCatalog.shipped.joined(separator: ", "))
    }
}
