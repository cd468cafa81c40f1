import Foundation
import NIOConcurrencyHelpers
import NIOCore

/// A real HTTP forward proxy and CONNECT tunnel on loopback that resolves every host to 127.0.0.1 (so `minted.test`
/// reaches a local server) and records each request that passed through it.
public final class TestProxy: Sendable {
    /// One request the proxy received.
    public struct Record: Sendable, Equatable {
        /// `CONNECT`, or the forwarded request's method.
        public var method: String
        /// `host:port` for CONNECT, the absolute URL for a forwarded request.
        public var target: String
        /// The `Proxy-Authorization` header it came with, if any.
        public var proxyAuthorization: String?

        public init(method: String, target: String, proxyAuthorization: String?) {
            self.method = method
            self.target = target
            self.proxyAuthorization = proxyAuthorization
        }
    }

    /// Where it listens on 127.0.0.1.
    public let port: Int
    /// What `https_proxy` / `http_proxy` should say.
    public var url: String { "http://127.0.0.1:\(port)" }
    private let log: NIOLockedValueBox<[Record]>
    private let listening: any Channel
    private let open = OpenChannels()

    /// - Parameter requiredAuthorization: a `Proxy-Authorization` value every request must carry, else 407.
    public init(requiredAuthorization: String? = nil) async throws {
        let listener = try await LoopbackRelay.listen()
        port = listener.channel.localAddress?.port ?? 0
        listening = listener.channel
        let log = NIOLockedValueBox<[Record]>([])
        self.log = log
        let open = open
        Task {
            await LoopbackRelay.accept(listener, open: open) { connection in
                await Self.serve(connection, requiredAuthorization: requiredAuthorization) { record in
                    log.withLockedValue { $0.append(record) }
                }
            }
        }
    }

    /// Every request received so far, oldest first.
    public var records: [Record] { log.withLockedValue { $0 } }

    /// Stops listening and ends every connection.
    public func stop() {
        open.closeAll(after: listening)
    }

    private static func serve(_ connection: LoopbackRelay.Connection, requiredAuthorization: String?,
                              record: @escaping @Sendable (Record) -> Void) async {
        do {
            try await connection.executeThenClose { inbound, outbound in
                var reader = ProxyRequestReader(iterator: inbound.makeAsyncIterator())
                guard let first = try await reader.head() else { return }
                record(Record(method: first.method, target: first.target, proxyAuthorization: first.header("proxy-authorization")))
                if let requiredAuthorization, first.header("proxy-authorization") != requiredAuthorization {
                    try await outbound.write(ByteBuffer(string: "HTTP/1.1 407 Proxy Authentication Required\r\n"
                        + "Proxy-Authenticate: Basic realm=\"test\"\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"))
                    return
                }
                guard let port = first.port else {
                    try await outbound.write(ByteBuffer(string: "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"))
                    return
                }
                guard let upstream = try? await LoopbackRelay.connect(port: port) else {
                    try await outbound.write(ByteBuffer(string: "HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"))
                    return
                }
                try await upstream.executeThenClose { upstreamIn, upstreamOut in
                    try await withThrowingTaskGroup(of: Void.self) { group in
                        group.addTask {
                            do { for try await bytes in upstreamIn { try await outbound.write(bytes) } } catch {}
                            connection.channel.close(promise: nil)
                        }
                        if first.method == "CONNECT" {
                            try await outbound.write(ByteBuffer(string: "HTTP/1.1 200 Connection Established\r\n\r\n"))
                            while let bytes = try await reader.next() { try await upstreamOut.write(bytes) }
                        } else {
                            var head = first
                            while true {
                                // One upstream per client connection: a request for another port is not relayed.
                                guard head.port == port, let origin = head.originForm else { break }
                                try await upstreamOut.write(ByteBuffer(string: origin))
                                if let length = head.contentLength, length > 0 {
                                    try await upstreamOut.write(try await reader.take(length))
                                }
                                guard let next = try await reader.head() else { break }
                                record(Record(method: next.method, target: next.target, proxyAuthorization: next.header("proxy-authorization")))
                                head = next
                            }
                        }
                        upstream.channel.close(promise: nil)
                        group.cancelAll()
                    }
                }
            }
        } catch {}
    }
}
