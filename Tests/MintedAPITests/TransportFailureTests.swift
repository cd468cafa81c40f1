import Foundation
import MintedAPI
import MintedSandbox
import MintedTesting
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Failures below HTTP, produced for real on loopback, reach the person as typed errors with a plain message.
@Suite struct TransportFailureTests {
    func client(_ url: URL, timeout: Duration = .seconds(5)) -> MintedClient {
        MintedClient(configuration: ClientConfiguration(
            baseURL: url, credentials: DigestCredentials(username: "qa", password: "hunter2-secret"), timeout: timeout))
    }

    @Test func aClosedPortIsConnectionRefused() async throws {
        let port = try RawServer.unusedPort()
        await #expect(throws: APIError.transport(message: "cannot connect to the server (connection refused)")) {
            _ = try await client(URL(string: "http://127.0.0.1:\(port)")!).send(.currencyRates())
        }
    }

    @Test func aServerThatNeverAnswersTimesOut() async throws {
        let server = try RawServer(.silent)
        defer { server.stop() }
        await #expect(throws: APIError.timeout) {
            _ = try await client(server.url, timeout: .milliseconds(300)).send(.currencyRates())
        }
    }

    @Test func aBodyThatStopsHalfwayTimesOut() async throws {
        let server = try RawServer(.headThenStall)
        defer { server.stop() }
        await #expect(throws: APIError.timeout) {
            _ = try await client(server.url, timeout: .milliseconds(500)).send(.currencyRates())
        }
    }

    @Test func aConnectionClosedBeforeTheAnswerIsLost() async throws {
        let server = try RawServer(.closeAfterRequest)
        defer { server.stop() }
        await #expect(throws: APIError.transport(message: "the connection was lost")) {
            _ = try await client(server.url).send(.currencyRates())
        }
    }

    @Test func garbageInsteadOfHTTPIsNamed() async throws {
        let server = try RawServer(.garbage)
        defer { server.stop() }
        await #expect(throws: APIError.transport(message: "the server's answer is not valid HTTP")) {
            _ = try await client(server.url).send(.currencyRates())
        }
    }

    @Test func anUnknownHostIsNamed() async {
        await #expect(throws: APIError.transport(message: "unknown host no-such-host.invalid")) {
            _ = try await client(URL(string: "http://no-such-host.invalid")!).send(.currencyRates())
        }
    }

    @Test func tlsToAServerThatDoesNotSpeakItSaysSo() async throws {
        let server = try RawServer(.garbage)
        defer { server.stop() }
        await #expect {
            _ = try await client(URL(string: "https://127.0.0.1:\(server.port)")!).send(.currencyRates())
        } throws: { error in
            guard case APIError.transport(let message)? = error as? APIError else { return false }
            // One line naming the host and the reason; never BoringSSL's report with its build paths.
            return message.hasPrefix("TLS with 127.0.0.1 failed: ") && !message.contains("\n") && !message.contains(".cc")
                && !message.contains("/build") && !message.contains("BoringSSL") && message.count < 120
        }
    }

    @Test func tlsToThePlainSandboxNamesTheReason() async throws {
        let server = SandboxServer(configuration: SandboxConfiguration(volatility: 0))
        let url = try await server.start()
        let https = try #require(URL(string: url.absoluteString.replacingOccurrences(of: "http://", with: "https://")))
        await #expect(throws: APIError.transport(message: "TLS with 127.0.0.1 failed: the server does not speak TLS on that port (try http://)")) {
            _ = try await client(https).send(.currencyRates())
        }
        await server.stop()
    }

    @Test func tlsReasonsReadAsSentences() {
        let dump = "handshakeFailed(BoringSSLError.sslError([Error: 268435581 error:1000007d:SSL routines:OPENSSL_internal:CERTIFICATE_VERIFY_FAILED at /build/.build/checkouts/swift-nio-ssl/Sources/CNIOBoringSSL/ssl/handshake.cc:393]))"
        #expect(HTTPClientTransport.tlsReason(dump) == "its certificate is not trusted (unknown issuer, self-signed or expired; see --cacert)")
        #expect(HTTPClientTransport.tlsReason("sslError: SSLV3_ALERT_HANDSHAKE_FAILURE at /x/y.cc:1") == "sslv3 alert handshake failure")
        #expect(HTTPClientTransport.tlsReason("something") == "the handshake failed")
    }

    @Test func proxiesAreReadLikeCurlAndLoopbackBypassesThem() {
        let setting = ProxySetting(environment: ["HTTPS_PROXY": "http://proxy.corp:3128", "no_proxy": "internal.example, .corp.example"])
        #expect(setting.https?.host == "proxy.corp")
        #expect(setting.https?.port == 3128)
        #expect(setting.endpoint(for: URL(string: "https://staging.minted.example")!) != nil)
        #expect(setting.endpoint(for: URL(string: "https://127.0.0.1:8080")!) == nil)
        #expect(setting.bypasses(host: "127.0.0.1"))
        #expect(setting.bypasses(host: "localhost"))
        #expect(setting.bypasses(host: "api.internal.example"))
        #expect(setting.bypasses(host: "corp.example"))
        #expect(!setting.bypasses(host: "staging.minted.example"))
        #expect(ProxySetting(environment: [:]).https == nil)
        #expect(ProxySetting(environment: ["http_proxy": "proxy:80"]).http?.host == "proxy")
    }
}

/// A TCP listener on loopback that misbehaves on purpose, one accepted connection at a time.
final class RawServer: @unchecked Sendable {
    enum Behaviour { case silent, closeAfterRequest, garbage, headThenStall }
    let port: Int
    private let descriptor: Int32
    private let thread: Thread

    var url: URL { URL(string: "http://127.0.0.1:\(port)")! }

    init(_ behaviour: Behaviour) throws {
        let (descriptor, port) = try Self.listen()
        self.descriptor = descriptor
        self.port = port
        thread = Thread {
            guard behaviour != .silent else { return }   // the kernel completes connections into the backlog; no answer comes
            while true {
                let connection = accept(descriptor, nil, nil)
                if connection < 0 { return }
                var buffer = [UInt8](repeating: 0, count: 4096)
                _ = read(connection, &buffer, buffer.count)
                if behaviour == .garbage {
                    let junk = Array("SMTP ready, not HTTP\r\n\u{1}\u{2}\r\n\r\n".utf8)
                    _ = write(connection, junk, junk.count)
                }
                if behaviour == .headThenStall {
                    let head = Array("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{\"data\": [".utf8)
                    _ = write(connection, head, head.count)
                    sleep(60)   // the rest of the body never comes; closing early would read as a truncated answer
                }
                close(connection)
            }
        }
        thread.start()
    }

    func stop() {
        shutdown(descriptor, Int32(SHUT_RDWR))
        close(descriptor)
    }

    /// `exchange(port:_:)` on a thread of its own: a blocking read must not hold one of the few cooperative threads
    /// the server it talks to needs.
    static func exchangeOffPool(port: Int, _ request: String) async throws -> String {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try exchange(port: port, request) }) }.start()
        }
    }

    /// Sends `request` to 127.0.0.1:`port` and returns everything answered until the server closes (at most 1 MB).
    static func exchange(port: Int, _ request: String) throws -> String {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw POSIXError(.EIO) }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = UInt16(port).bigEndian
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
        }
        guard connected else { throw POSIXError(.ECONNREFUSED) }
        let bytes = Array(request.utf8)
        guard write(descriptor, bytes, bytes.count) == bytes.count else { throw POSIXError(.EIO) }
        var answer: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 16_384)
        while answer.count < 1 << 20 {
            let count = read(descriptor, &buffer, buffer.count)
            if count <= 0 { break }
            answer += buffer[0..<count]
        }
        return String(decoding: answer, as: UTF8.self)
    }

    /// A port nothing listens on: bound once, then closed.
    static func unusedPort() throws -> Int {
        let (descriptor, port) = try listen()
        close(descriptor)
        return port
    }

    private static func listen() throws -> (Int32, Int) {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw POSIXError(.EIO) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(descriptor, pointer, length) == 0 && Glibc.listen(descriptor, 16) == 0
                    && getsockname(descriptor, pointer, &length) == 0
            }
        }
        guard bound else { close(descriptor); throw POSIXError(.EADDRINUSE) }
        return (descriptor, Int(UInt16(bigEndian: address.sin_port)))
    }
}
