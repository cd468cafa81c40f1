import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix

/// The production transport: AsyncHTTPClient on SwiftNIO, with no redirects, cookies, cache or decompression.
///
/// Not URLSession: FoundationNetworking loads libcurl and its TLS stack, about 14 MB resident of the 40 MB budget
/// (DECISIONS.md). SwiftNIO is already in the process for the embedded sandbox, so this shares its event loops.
public final class HTTPClientTransport: HTTPTransport {
    private let direct: HTTPClient
    /// Set when the environment names a proxy; requests to hosts in `no_proxy` and loopback still go `direct`.
    private let proxied: HTTPClient?
    private let proxySetting: ProxySetting
    /// Largest response body kept; a bigger one fails as a transport error instead of filling memory.
    public static let maximumBodyBytes = 32 * 1024 * 1024

    /// - Parameter environment: where `http_proxy`, `https_proxy` and `no_proxy` are read, as curl reads them.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        var configuration = HTTPClient.Configuration(
            redirectConfiguration: .disallow,
            timeout: .init(connect: .seconds(10)),
            decompression: .disabled
        )
        configuration.connectionPool = .init(idleTimeout: .seconds(30), concurrentHTTP1ConnectionsPerHostSoftLimit: 4)
        // A refused connection or an unknown host is reported at once, not retried until the connect timeout.
        configuration.connectionPool.retryConnectionEstablishment = false
        proxySetting = ProxySetting(environment: environment)
        direct = HTTPClient(eventLoopGroup: MultiThreadedEventLoopGroup.singleton, configuration: configuration)
        if let proxy = proxySetting.proxy {
            configuration.proxy = proxy
            proxied = HTTPClient(eventLoopGroup: MultiThreadedEventLoopGroup.singleton, configuration: configuration)
        } else {
            proxied = nil
        }
    }

    deinit {
        // A client must be shut down before it is released; the task keeps them alive until they are.
        let clients = [direct] + (proxied.map { [$0] } ?? [])
        Task { for client in clients { try? await client.shutdown() } }
    }

    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        var outgoing = HTTPClientRequest(url: request.url.absoluteString)
        outgoing.method = HTTPMethod(rawValue: request.method)
        for (name, value) in request.headers.sorted(by: { $0.key < $1.key }) {
            outgoing.headers.add(name: name, value: value)
        }
        if let body = request.body { outgoing.body = .bytes(ByteBuffer(bytes: body)) }
        do {
            let client = proxied.flatMap { proxySetting.bypasses(host: request.url.host ?? "") ? nil : $0 } ?? direct
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
            ("CERTIFICATE_VERIFY_FAILED", "its certificate could not be verified (self-signed, expired or an unknown issuer)"),
            ("failedToValidateHostname", "its certificate is for another host name"),
            ("WRONG_VERSION_NUMBER", "the server does not speak TLS on that port (try http://)"),
            ("PACKET_LENGTH_TOO_LONG", "the server does not speak TLS on that port (try http://)"),
            ("HTTP_REQUEST", "the server does not speak TLS on that port (try http://)"),
            ("TLSV1_ALERT_PROTOCOL_VERSION", "the server and minted share no TLS version"),
            ("NO_SHARED_CIPHER", "the server and minted share no cipher"),
            ("uncleanShutdown", "the server closed the connection during the handshake"),
        ]
        if let match = known.first(where: { report.contains($0.0) }) { return match.1 }
        // Otherwise the first upper-case reason code BoringSSL names (`SSLV3_ALERT_HANDSHAKE_FAILURE`), without paths.
        if let range = report.range(of: #"[A-Z][A-Z0-9_]{7,}"#, options: .regularExpression) {
            return String(report[range]).lowercased().replacingOccurrences(of: "_", with: " ")
        }
        return "the handshake failed"
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
            case .proxyAuthenticationRequired: return .transport(message: "the proxy asks for credentials")
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
        if String(reflecting: type(of: error)).hasPrefix("NIOSSL.") {
            // NIOSSL's errors, named by module so that MintedAPI need not import it: a bad certificate, a server
            // that does not speak TLS on that port.
            return .transport(message: "TLS with \(host ?? "the server") failed: \(tlsReason(String(describing: error)))")
        }
        if error is HTTPParserError { return .transport(message: "the server's answer is not valid HTTP") }
        if let error = error as? ChannelError, error == .ioOnClosedChannel || error == .eof {
            return .transport(message: "the connection was lost")
        }
        return .transport(message: String(describing: error))
    }
}
