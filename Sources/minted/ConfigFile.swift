import Foundation
import TOMLKit

/// `$XDG_CONFIG_HOME/minted/config.toml`: connection defaults below environment variables and flags.
struct ConfigFile: Sendable, Equatable {
    var baseURL: String?
    var username: String?
    var password: String?
    var clientId: String?
    var apiVersion: String?
    var language: String?
    var theme: String?

    /// The config file's location.
    static var url: URL {
        XDGDirectory.config.minted("config.toml")
    }

    /// Reads the file if it exists; a broken file is an error naming the file, line and column.
    static func load(from url: URL = ConfigFile.url, warn: (String) -> Void = { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }) throws -> ConfigFile {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return ConfigFile() }
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ConfigError(message: "\(url.path):\(error.source.begin.line):\(error.source.begin.column): \(error.description)")
        }
        let connection = table["connection"]?.table ?? table
        var config = ConfigFile()
        config.baseURL = connection["base_url"]?.string
        config.username = connection["username"]?.string
        config.password = connection["password"]?.string
        config.clientId = connection["client_id"]?.string
        config.apiVersion = connection["api_version"]?.string
        config.language = connection["language"]?.string
        config.theme = table["ui"]?.table?["theme"]?.string ?? table["theme"]?.string
        if config.password != nil, let attributes = try? FileManager.default.attributesOfItem(atPath: url.path),
           let mode = attributes[.posixPermissions] as? Int, mode & 0o077 != 0 {
            warn("warning: \(url.path) holds a password and can be read by others (mode \(String(mode, radix: 8))); chmod 600 it")
        }
        return config
    }
}

/// A config file that could not be read.
struct ConfigError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
