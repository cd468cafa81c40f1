import Foundation
import MintedAPI
import TOMLKit
import WalletUI

/// `$XDG_CONFIG_HOME/minted/config.toml`: connection defaults below environment variables and flags.
struct ConfigFile: Sendable, Equatable {
    var baseURL: String?
    var username: String?
    var password: String?
    /// A shell command printing the password (`password_command`), used when no password is given otherwise.
    var passwordCommand: String?
    /// A PEM file of the CAs TLS trusts instead of the system's (`cacert`).
    var cacert: String?
    var clientId: String?
    var apiVersion: String?
    var language: String?
    var theme: String?
    /// `[ui] mouse = false` turns the mouse off, as `--no-mouse` does.
    var mouse: Bool?
    /// The customer the UI opens with on a host that is not the sandbox.
    var customer: String?

    /// The config file's location.
    static var url: URL {
        XDGDirectory.config.minted("config.toml")
    }

    /// Keeps `theme` as the theme in the file (created 0600 if missing; other lines and comments untouched).
    static func saveTheme(_ theme: String, to url: URL = ConfigFile.url) throws {
        let existing = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        try PrivateFile(url: url).write(Data(ThemePreference.config(existing, settingTheme: theme).utf8))
    }

    /// Reads the file if it exists; a broken file is an error naming the file, line and column.
    static func load(from url: URL = ConfigFile.url, warn: (String) -> Void = { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }) throws -> ConfigFile {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else { return ConfigFile() }
        guard !isDirectory.boolValue else { throw ConfigError(message: "\(url.path) is a directory, not a config file") }
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw ConfigError(message: "\(url.path) cannot be read: \(error.localizedDescription)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigError(message: "\(url.path) is not UTF-8 text")
        }
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ConfigError(message: "\(url.path):\(error.source.begin.line):\(error.source.begin.column): \(error.description)")
        }
        if let value = table["connection"], value.table == nil {
            throw ConfigError(message: "\(url.path): [connection] must be a table")
        }
        if let value = table["ui"], value.table == nil { throw ConfigError(message: "\(url.path): [ui] must be a table") }
        let connection = table["connection"]?.table ?? table
        let prefix = table["connection"] == nil ? "" : "connection."
        /// A string setting; any other type is an error naming it, not a setting silently ignored.
        func string(_ key: String, in section: TOMLTable, named name: String) throws -> String? {
            guard let value = section[key] else { return nil }
            guard let text = value.string else { throw ConfigError(message: "\(url.path): \(name) must be a string") }
            return text
        }
        var config = ConfigFile()
        config.baseURL = try string("base_url", in: connection, named: prefix + "base_url")
        config.username = try string("username", in: connection, named: prefix + "username")
        config.password = try string("password", in: connection, named: prefix + "password")
        config.passwordCommand = try string("password_command", in: connection, named: prefix + "password_command")
        config.cacert = try string("cacert", in: connection, named: prefix + "cacert")
        config.clientId = try string("client_id", in: connection, named: prefix + "client_id")
        config.apiVersion = try string("api_version", in: connection, named: prefix + "api_version")
        config.language = try string("language", in: connection, named: prefix + "language")
        config.customer = try string("customer", in: connection, named: prefix + "customer")
        if let ui = table["ui"]?.table {
            config.theme = try string("theme", in: ui, named: "ui.theme")
        }
        if config.theme == nil { config.theme = try string("theme", in: table, named: "theme") }
        if let value = table["ui"]?.table?["mouse"] ?? table["mouse"] {
            guard let flag = value.bool else { throw ConfigError(message: "\(url.path): ui.mouse must be true or false") }
            config.mouse = flag
        }
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
