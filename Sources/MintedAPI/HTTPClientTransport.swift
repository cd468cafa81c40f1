import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix
import NIOSSL

/// The production transport: AsyncHTTPClient on SwiftNIO, with no redirects, cookies, cache or decompression.
///
/// Not URLSession: FoundationNetworking loads libcurl and its TLS stack, about 14 MB resident of the 40 MB budget
/// (DECISIONS.md). SwiftNIO is already in the process for the embedded sandbox, so this shares its event loops.
public final class HTTPClientTransport: HTTPTransport {
    private let direct: HTTPClient
    /// One client per proxy the environment names; requests to hosts in `no_proxy` and loopback still go `direct`.
    private let proxied: [ProxySetting.Endpoint: HTTPClient]
    private let proxySetting: ProxySetting
    /// Why no request can be sent (a CA file that cannot be used), in one line.
    private let problem: String?
    /// Largest response body kept; a bigger one fails as a transport error instead of filling memory.
    public static let maximumBodyBytes = 32 * 1024 * 1024

    /// - Parameters:
    ///   - environment: where `https_proxy`, `http_proxy`, `all_proxy`, `no_proxy` and `SSL_CERT_FILE` are read, as
    ///     curl reads them.
    ///   - trustRoots: the only certificates TLS trusts (`--cacert`); nil: `SSL_CERT_FILE`'s, else the system's.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment, trustRoots: TrustRoots? = nil) {
        var configuration = HTTPClient.Configuration(
            redirectConfiguration: .disallow,
            timeout: .init(connect: .seconds(10)),
            decompression: .disabled
        )
        configuration.connectionPool = .init(idleTimeout: .seconds(30), concurrentHTTP1ConnectionsPerHostSoftLimit: 4)
        // A refused connection or an unknown host is reported at once, not retried until the connect timeout.
        configuration.connectionPool.retryConnectionEstablishment = false
        var problem: String?
        if let roots = trustRoots ?? TrustRoots.fromEnvironment(environment) {
            do {
                var tls = TLSConfiguration.makeClientConfiguration()
                // Read by BoringSSL at the first TLS connection, not now: a UI on the embedded sandbox never pays for
                // parsing a system bundle that `SSL_CERT_FILE` names.
                try roots.checkReadable()
                tls.trustRoots = roots.roots
                configuration.tlsConfiguration = tls
            } catch {
                problem = error.description
            }
        }
        proxySetting = ProxySetting(environment: environment)
        self.problem = problem
        direct = HTTPClient(eventLoopGroup: MultiThreadedEventLoopGroup.singleton, configuration: configuration)
        var proxied: [ProxySetting.Endpoint: HTTPClient] = [:]
        for endpoint in [proxySetting.https, proxySetting.http].compactMap({ $0 }) where proxied[endpoint] == nil {
            configuration.proxy = endpoint.proxy
            proxied[endpoint] = HTTPClient(eventLoopGroup: MultiThreadedEventLoopGroup.singleton, configuration: configuration)
        }
        self.proxied = proxied
    }

    deinit {
        // A client must be shut down before it is released; the task keeps them alive until they are.
        let clients = [direct] + Array(proxied.values)
        Task { for client in clients { try? await client.shutdown() } }
    }

    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        var outgoing = HTTPClientRequest(url: request.url.absoluteString)
        outgoing.method = HTTPMethod(rawValue: request.method)
        for (name, value) in request.headers.sorted(by: { $0.key < $1.key }) {
            outgoing.headers.add(name: name, value: value)
        }
        if let body = request.body { outgoing.body = .bytes(ByteBuffer(bytes: body)) }
        if let problem = problem ?? proxySetting.problem(for: request.url) { throw APIError.transport(message: problem) }
        let proxy = proxySetting.endpoint(for: request.url)
        do {
            let client = proxy.flatMap { proxied[$0] } ?? direct
            let deadline = ContinuousClock.now + request.timeout
            let response = try await client.execute(outgoing, timeout: TimeAmount(request.timeout))
            // AsyncHTTPClient's deadline ends with the response head; the body is held to the same one here.
            let buffer = try await Self.before(deadline) { try await response.body.collect(upTo: Self.maximumBodyBytes) }
            var headers: [String: String] = [:]
            for (name, value) in response.headers {
                let key = name.lowercased()
                headers[key] = headers[key].map { $0 + ", " + value } ?? value
            }
            return HTTPResponse(status: Int(response.status.code), headers: headers, body: Data(buffer.readableBytesView))
        } catch {
            if let proxy, error is NIOConnectionError || error is IOError || error is SocketAddressError.UnknownHost {
                // Through a proxy, the connection that failed is the proxy's: name it and the variable that set it.
                throw APIError.transport(message: "cannot reach the proxy \(proxy.host):\(proxy.port) (\(proxy.variable)): \(Self.connectionReason(error))")
            }
            throw Self.apiError(for: error, host: request.url.host)
        }
    }

    /// The result of `work`, or `APIError.timeout` once `deadline` has passed (`work` is then cancelled).
    static func before<Value: Sendable>(_ deadline: ContinuousClock.Instant,
                                        _ work: @escaping @Sendable () async throws -> Value) async throws -> Value {
        try await withThrowingTaskGroup(of: Value?.self) { group in
            group.addTask { try await work() }
            group.addTask {
                try await Task.sleep(until: deadline, clock: .continuous)
                return nil
            }
            defer { group.cancelAll() }
            guard let first = try await group.next(), let value = first else { throw APIError.timeout }
            return value
        }
    }

    /// One line for a TLS failure: BoringSSL's report (with its build paths) reduced to what it means.
    public static func tlsReason(_ report: String) -> String {
        let known: [(String, String)] = [
            ("CERTIFICATE_VERIFY_FAILED", "its certificate is not trusted (unknown issuer, self-signed or expired; see --cacert)"),
            ("failedToValidateHostname", "its certificate is for another host name"),
            ("WRONG_VERSION_NUMBER", "the server does not speak TLS on that port (try http://)"),
            ("PACKET_LENGTH_TOO_LONG", "the server does not speak TLS on that port (try http://)"),
            ("HTTP_REQUEST", "the server does not speak TLS on that port (try http://)"),
            ("TLSV1_ALERT_PROTOCOL_VERSION", "the server and minted share no TLS version"),
            ("NO_SHARED_CIPHER", "the server and minted share no cipher"),
            ("uncleanShutdown", "the server closed the connection during the handshake"),
            ("failedToLoadCertificate", "the CA file holds no certificate minted can read"),
        ]
        if let match = known.first(where: { report.contains($0.0) }) { return match.1 }
        // Otherwise the first upper-case reason code BoringSSL names (`SSLV3_ALERT_HANDSHAKE_FAILURE`), without paths.
        if let range = report.range(of: #"[A-Z][A-Z0-9_]{7,}"#, options: .regularExpression) {
            return String(report[range]).lowercased().replacingOccurrences(of: "_", with: " ")
        }
        return "the handshake failed"
    }

    /// Why a connection could not be made, in a few words: "connection refused", "unknown host proxy.corp".
    static func connectionReason(_ error: any Error) -> String {
        if let error = error as? NIOConnectionError,
           let cause = error.connectionErrors.last?.error ?? error.dnsAAAAError ?? error.dnsAError {
            return connectionReason(cause)
        }
        if let error = error as? IOError, error.errnoCode == ECONNREFUSED { return "connection refused" }
        return apiError(for: error).message
    }

    /// What a person should read for a failure below HTTP.
    static func apiError(for error: any Error, host: String? = nil) -> APIError {
        if error is CancellationError { return .cancelled }
        if let error = error as? APIError { return error }
        if let error = error as? HTTPClientError {
            switch error {
            case .deadlineExceeded, .readTimeout, .writeTimeout: return .timeout
            case .cancelled, .requestStreamCancelled: return .cancelled
            case .connectTimeout, .tlsHandshakeTimeout, .getConnectionFromPoolTimeout, .httpProxyHandshakeTimeout:
                return .transport(message: "cannot connect to the server (no answer in time)")
            case .remoteConnectionClosed: return .transport(message: "the connection was lost")
            case .invalidURL, .emptyHost, .emptyScheme: return .transport(message: "the base URL is not valid")
            case .proxyAuthenticationRequired: return .transport(message: "the proxy asks for credentials (user:password@ in its URL)")
            case .invalidProxyResponse: return .transport(message: "the proxy refused to connect to \(host ?? "the server")")
            default: return .transport(message: error.shortDescription)
            }
        }
        if error is NIOTooManyBytesError {
            return .transport(message: "the response is larger than \(maximumBodyBytes / 1024 / 1024) MB")
        }
        if let error = error as? NIOConnectionError {
            guard let cause = error.connectionErrors.last?.error ?? error.dnsAAAAError ?? error.dnsAError else {
                return .transport(message: "cannot connect to the server")
            }
            return apiError(for: cause)
        }
        if let error = error as? IOError {
            switch error.errnoCode {
            case ECONNREFUSED: return .transport(message: "cannot connect to the server (connection refused)")
            case ECONNRESET, EPIPE: return .transport(message: "the connection was lost")
            case ENETUNREACH, EHOSTUNREACH: return .transport(message: "no network")
            default: return .transport(message: String(cString: strerror(error.errnoCode)))
            }
        }
        if let error = error as? SocketAddressError.UnknownHost { return .transport(message: "unknown host \(error.host)") }
        if error is SocketAddressError { return .transport(message: "unknown host") }
        if let error = error as? NIOSSLExtraError, error == .failedToValidateHostname {
            return .transport(message: "TLS with \(host ?? "the server") failed: its certificate is for another host name")
        }
        if String(reflecting: type(of: error)).hasPrefix("NIOSSL.") {
            // A bad certificate, a server that does not speak TLS on that port: BoringSSL's report made one line.
            return .transport(message: "TLS with \(host ?? "the server") failed: \(tlsReason(String(describing: error)))")
        }
        if error is HTTPParserError { return .transport(message: "the server's answer is not valid HTTP") }
        if let error = error as? ChannelError, error == .ioOnClosedChannel || error == .eof {
            return .transport(message: "the connection was lost")
        }
        return .transport(message: String(describing: error))
    }
}
