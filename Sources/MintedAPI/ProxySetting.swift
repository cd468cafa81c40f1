import AsyncHTTPClient
import Foundation

/// The HTTP proxy named by `https_proxy` / `http_proxy` (either case), as curl and URLSession read them.
///
/// One proxy serves both schemes, since minted talks to one host; `https_proxy` wins when both are set.
/// `no_proxy` is honoured per request host by `bypasses(host:)`; loopback always bypasses.
public struct ProxySetting: Sendable, Equatable {
    public var host: String?
    public var port: Int
    public var exclusions: [String]

    public init(environment: [String: String]) {
        let named = ["https_proxy", "HTTPS_PROXY", "http_proxy", "HTTP_PROXY"].lazy.compactMap { environment[$0] }
            .first { !$0.isEmpty }
        let address = named.flatMap { URL(string: $0.contains("://") ? $0 : "http://" + $0) }
        host = address?.host
        port = address?.port ?? 8080
        exclusions = (environment["no_proxy"] ?? environment["NO_PROXY"] ?? "")
            .split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty }
    }

    /// The proxy for AsyncHTTPClient, if one is set.
    public var proxy: HTTPClient.Configuration.Proxy? {
        host.map { .server(host: $0, port: port) }
    }

    /// Whether a request to `host` goes direct: loopback, `*`, an exact name or a domain suffix in `no_proxy`.
    public func bypasses(host: String) -> Bool {
        let host = host.lowercased()
        if host == "localhost" || host.hasPrefix("127.") || host == "::1" || host == "[::1]" { return true }
        return exclusions.contains { entry in
            if entry == "*" { return true }
            let suffix = entry.hasPrefix(".") ? String(entry.dropFirst()) : entry
            return host == suffix || host.hasSuffix("." + suffix)
        }
    }
}
