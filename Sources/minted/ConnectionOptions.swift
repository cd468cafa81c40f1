import ArgumentParser
import Foundation
import MintedAPI
import WalletCore

/// Where to connect: the built-in sandbox unless a base URL or environment is given.
struct ConnectionOptions: ParsableArguments {
    @Option(help: "Environment: sandbox (built-in, the default) or staging.")
    var env: String?

    @Option(help: "Base URL of a Minted Connect host (overrides --env). Also MINTED_BASE_URL.")
    var baseURL: String?

    @Option(help: "Digest username. Also MINTED_USERNAME.")
    var username: String?

    @Option(help: "Digest password. Prefer MINTED_PASSWORD: a flag shows up in the process list.")
    var password: String?

    @Option(help: "Accept-Language sent to the API: en or tr.")
    var language: String = "en"

    /// The vendor's staging host [doc].
    static let stagingURL = "https://api.staging.mintedconnect.com"

    /// The remote endpoint asked for, or nil for the built-in sandbox.
    func remote() throws -> (URL, ConnectionKind)? {
        let environment = ProcessInfo.processInfo.environment
        let kind: ConnectionKind
        let text: String
        if let url = baseURL ?? environment["MINTED_BASE_URL"], !url.isEmpty {
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
        return (url, kind)
    }

    /// Credentials from flags, then the environment.
    func credentials() throws -> DigestCredentials {
        let environment = ProcessInfo.processInfo.environment
        guard let user = username ?? environment["MINTED_USERNAME"], let pass = password ?? environment["MINTED_PASSWORD"] else {
            throw ValidationError("a remote host needs credentials: set MINTED_USERNAME and MINTED_PASSWORD (or --username/--password)")
        }
        return DigestCredentials(username: user, password: pass)
    }
}
