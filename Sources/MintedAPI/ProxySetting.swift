import AsyncHTTPClient
import Foundation

/// The HTTP proxies named by the environment, read as curl reads them, and `no_proxy`.
///
/// Per scheme, the first variable set wins, even when empty (then no proxy): `https_proxy`, `HTTPS_PROXY`, `all_proxy`,
/// `ALL_PROXY` for https; `http_proxy` (never `HTTP_PROXY`, which a CGI request can set: httpoxy), `all_proxy`,
/// `ALL_PROXY` for http. `no_proxy` (else `NO_PROXY`) is honoured per host by `bypasses(host:)`; loopback always bypasses.
public struct ProxySetting: Sendable, Equatable {
    /// One proxy: where it is and, when its URL names them, the credentials sent to it (Basic).
    public struct Endpoint: Sendable, Hashable {
        public var host: String
        public var port: Int
        public var username: String?
        public var password: String?
        /// The variable that named it, for messages.
        public var variable: String

        /// The proxy for AsyncHTTPClient.
        public var proxy: HTTPClient.Configuration.Proxy {
            guard let username else { return .server(host: host, port: port) }
            return .server(host: host, port: port, authorization: .basic(username: username, password: password ?? ""))
        }
    }

    /// curl's default proxy port.
    public static let defaultPort = 1080

    /// The proxy for https URLs, if any.
    public var https: Endpoint?
    /// The proxy for http URLs, if any.
    public var http: Endpoint?
    /// `no_proxy` entries, lower-cased.
    public var exclusions: [String]
    /// Why the variable chosen for https (`httpsProblem`) or http cannot be used (not an http:// proxy, no host), in
    /// one line; requests it would carry fail with it rather than go direct.
    public var httpsProblem: String?
    public var httpProblem: String?

    public init(environment: [String: String]) {
        var problem: String?
        func endpoint(_ names: [String]) -> Endpoint? {
            problem = nil
            guard let name = names.first(where: { environment[$0] != nil }), let text = environment[name], !text.isEmpty else {
                return nil
            }
            let address = URL(string: text.contains("://") ? text : "http://" + text)
            guard let address, let host = address.host, !host.isEmpty else {
                problem = "\(name) is not a proxy URL"
                return nil
            }
            guard address.scheme?.lowercased() == "http" else {
                problem = "\(name): only http:// proxies are supported, not \(address.scheme ?? "")://"
                return nil
            }
            guard (1...65_535).contains(address.port ?? Self.defaultPort) else {
                problem = "\(name): the port is out of range"
                return nil
            }
            return Endpoint(host: host, port: address.port ?? Self.defaultPort,
                            username: address.user(percentEncoded: false), password: address.password(percentEncoded: false),
                            variable: name)
        }
        https = endpoint(["https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"])
        httpsProblem = problem
        http = endpoint(["http_proxy", "all_proxy", "ALL_PROXY"])
        httpProblem = problem
        exclusions = (environment["no_proxy"] ?? environment["NO_PROXY"] ?? "")
            .split(whereSeparator: { $0 == "," || $0 == " " || $0 == "\t" })
            .map { $0.lowercased() }.filter { !$0.isEmpty }
    }

    /// The proxy a request to `url` goes through, or nil for a direct connection.
    public func endpoint(for url: URL) -> Endpoint? {
        let chosen = url.scheme?.lowercased() == "https" ? https : http
        guard let chosen, !bypasses(host: url.host ?? "") else { return nil }
        return chosen
    }

    /// Why a request to `url` cannot be sent: its proxy variable is set to something minted cannot use.
    public func problem(for url: URL) -> String? {
        guard !bypasses(host: url.host ?? "") else { return nil }
        return url.scheme?.lowercased() == "https" ? httpsProblem : httpProblem
    }

    /// Whether a request to `host` goes direct: loopback, `no_proxy` of `*`, a name or domain suffix in it (a leading
    /// dot optional), an IP address or CIDR range (`10.0.0.0/8`) in it, as curl matches them.
    public func bypasses(host: String) -> Bool {
        var host = host.lowercased()
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        if host.hasSuffix(".") { host.removeLast() }
        if host == "localhost" || host.hasSuffix(".localhost") || host.hasPrefix("127.") || host == "::1" { return true }
        if exclusions == ["*"] { return true }
        let address = IPAddressBytes(host)
        return exclusions.contains { entry in
            if let address { return address.isIn(entry) }
            var name = entry.hasPrefix(".") ? String(entry.dropFirst()) : entry
            if name.hasSuffix(".") { name.removeLast() }
            return !name.isEmpty && (host == name || host.hasSuffix("." + name))
        }
    }
}
