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

    @Option(name: .customLong("cacert"), help: ArgumentHelp(
        "A PEM file of the CAs to trust for https instead of the system's. Also config cacert, SSL_CERT_FILE.",
        valueName: "file"))
    var cacert: String?

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
              let pass = try pick(password, "MINTED_PASSWORD", config.password) ?? commandPassword(config) else {
            throw ValidationError("\(url.absoluteString) needs credentials: set MINTED_USERNAME and MINTED_PASSWORD, or username and password (or password_command) in \(ConfigFile.url.path)")
        }
        let trustRoots = try self.trustRoots(config: config, environment: environment)
        let configuration = ClientConfiguration(
            baseURL: url, credentials: DigestCredentials(username: user, password: pass),
            clientId: pick(clientId, "MINTED_CLIENT_ID", config.clientId) ?? "web",
            apiVersion: pick(apiVersion, "MINTED_API_VERSION", config.apiVersion) ?? "3",
            language: pick(language, "MINTED_LANGUAGE", config.language) ?? ClientConfiguration.defaultLanguage,
            timeout: .milliseconds(Int(timeout * 1000)),
            trustRoots: trustRoots
        )
        return Remote(configuration: configuration, kind: kind)
    }

    /// The password `password_command` prints, if the config file has one; its failure is one line naming its status.
    /// Last in line: `--password`, then `MINTED_PASSWORD`, then the file's `password`, then this.
    private func commandPassword(_ config: ConfigFile) throws -> String? {
        guard let command = config.passwordCommand else { return nil }
        do {
            return try PasswordCommand(command).password()
        } catch {
            throw ValidationError("\(error.description) (\(ConfigFile.url.path))")
        }
    }

    /// The CA file to trust: `--cacert`, then the file's `cacert`, then `SSL_CERT_FILE` (a machine-wide default, often
    /// the system bundle, so below minted's own setting); checked now, so that a wrong path is named before any request.
    private func trustRoots(config: ConfigFile, environment: [String: String]) throws -> TrustRoots? {
        let named: (String, String)? = if let cacert, !cacert.isEmpty { (cacert, "--cacert") }
            else if let file = config.cacert, !file.isEmpty { (file, "cacert in \(ConfigFile.url.path)") }
            else if let file = environment["SSL_CERT_FILE"], !file.isEmpty { (file, "SSL_CERT_FILE") }
            else { nil }
        guard let (path, source) = named else { return nil }
        let roots = TrustRoots(file: URL(fileURLWithPath: (path as NSString).expandingTildeInPath))
        do { try roots.certificates() } catch { throw ValidationError("\(source): \(error.description)") }
        return roots
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
