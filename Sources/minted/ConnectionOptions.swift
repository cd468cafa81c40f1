import ArgumentParser
import Foundation
import MintedAPI
import WalletCore

/// Where to connect and how: flags override environment variables, which override the config file.
struct ConnectionOptions: ParsableArguments {
    @Option(help: "Environment: sandbox (built-in, the default) or staging.")
    var env: String?

    @Option(help: "Base URL of a Minted Connect host (overrides --env). Also MINTED_BASE_URL.")
    var baseURL: String?

    @Option(help: "Digest username. Also MINTED_USERNAME.")
    var username: String?

    @Option(help: "Digest password. Prefer MINTED_PASSWORD: a flag shows up in the process list.")
    var password: String?

    @Option(help: "The x-client-id header. Also MINTED_CLIENT_ID.")
    var clientId: String?

    @Option(help: "The api-version header. Also MINTED_API_VERSION.")
    var apiVersion: String?

    @Option(help: "Accept-Language: tr (default, as the vendor sends) or en. Also MINTED_LANGUAGE.")
    var language: String?

    @Option(help: "Per-request timeout in seconds (up to 3600).")
    var timeout: Double = 15

    func validate() throws {
        try FlagBounds.check(timeout, "--timeout", within: FlagBounds.timeout)
    }

    /// The vendor's staging host [doc].
    static let stagingURL = "https://api.staging.mintedconnect.com"

    /// A remote endpoint, fully resolved.
    struct Remote {
        var configuration: ClientConfiguration
        var kind: ConnectionKind
    }

    /// The remote endpoint asked for, or nil for the built-in sandbox.
    func remote(config: ConfigFile) throws -> Remote? {
        let environment = ProcessInfo.processInfo.environment
        func pick(_ flag: String?, _ variable: String, _ file: String?) -> String? {
            if let flag, !flag.isEmpty { return flag }
            if let value = environment[variable], !value.isEmpty { return value }
            return file
        }
        let kind: ConnectionKind
        let text: String
        if let url = pick(baseURL, "MINTED_BASE_URL", config.baseURL) {
            text = url
            kind = url.contains("staging") ? .staging : (url.contains("127.0.0.1") || url.contains("localhost") ? .sandbox : .production)
        } else {
            switch env?.lowercased() {
            case nil, "sandbox": return nil
            case "staging": text = Self.stagingURL; kind = .staging
            case let other?: throw ValidationError("unknown environment '\(other)': use sandbox or staging, or --base-url")
            }
        }
        guard let url = URL(string: text), let scheme = url.scheme, ["http", "https"].contains(scheme), url.host != nil else {
            throw ValidationError("'\(text)' is not an http(s) URL")
        }
        guard let user = pick(username, "MINTED_USERNAME", config.username),
              let pass = pick(password, "MINTED_PASSWORD", config.password) else {
            throw ValidationError("\(url.absoluteString) needs credentials: set MINTED_USERNAME and MINTED_PASSWORD, or the config file \(ConfigFile.url.path)")
        }
        let configuration = ClientConfiguration(
            baseURL: url, credentials: DigestCredentials(username: user, password: pass),
            clientId: pick(clientId, "MINTED_CLIENT_ID", config.clientId) ?? "web",
            apiVersion: pick(apiVersion, "MINTED_API_VERSION", config.apiVersion) ?? "3",
            language: pick(language, "MINTED_LANGUAGE", config.language) ?? ClientConfiguration.defaultLanguage,
            timeout: .milliseconds(Int(timeout * 1000))
        )
        return Remote(configuration: configuration, kind: kind)
    }

    /// The language in force, for formatting.
    /// The `Accept-Language` to send: the flag, `MINTED_LANGUAGE`, the config file, else `tr` (the vendor's default).
    func resolvedLanguage(config: ConfigFile) -> String {
        chosenLanguage(config: config) ?? ClientConfiguration.defaultLanguage
    }

    /// The language money is formatted in on screen: the one chosen, else English digits (1,777.02) — the header's
    /// default follows the vendor, the screen's the person, who did not ask for Turkish.
    func displayLanguage(config: ConfigFile) -> String {
        chosenLanguage(config: config) ?? "en"
    }

    private func chosenLanguage(config: ConfigFile) -> String? {
        language ?? ProcessInfo.processInfo.environment["MINTED_LANGUAGE"] ?? config.language
    }
}
