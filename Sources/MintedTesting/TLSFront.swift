import NIOCore
import NIOSSL

/// TLS in front of a plain server on loopback (the sandbox): each connection's handshake is made with `identity`, its
/// bytes are relayed to the server's port, so a client speaks https to the real sandbox.
public final class TLSFront: Sendable {
    /// Where it listens on 127.0.0.1.
    public let port: Int
    private let listening: any Channel
    private let open = OpenChannels()

    /// Starts listening on a free port and relays to 127.0.0.1:`upstreamPort`.
    public init(upstreamPort: Int, identity: TestCertificateAuthority.Identity) async throws {
        let context = try NIOSSLContext(configuration: .makeServerConfiguration(
            certificateChain: [.certificate(identity.certificate)], privateKey: .privateKey(identity.privateKey)))
        let listener = try await LoopbackRelay.listen { channel in
            try channel.pipeline.syncOperations.addHandler(NIOSSLServerHandler(context: context))
        }
        port = listener.channel.localAddress?.port ?? 0
        listening = listener.channel
        let open = open
        Task {
            await LoopbackRelay.accept(listener, open: open) { connection in
                await Self.relay(connection, to: upstreamPort)
            }
        }
    }

    /// Connects to the server only once the handshake is done and the first request bytes came: a refused handshake
    /// never opens a connection to the sandbox (one arriving while it stops would trap in NIO, apple/swift-nio#3481).
    private static func relay(_ connection: LoopbackRelay.Connection, to port: Int) async {
        do {
            try await connection.executeThenClose { clientIn, clientOut in
                var reader = clientIn.makeAsyncIterator()
                guard let first = try await reader.next() else { return }
                let upstream = try await LoopbackRelay.connect(port: port)
                try await upstream.executeThenClose { upstreamIn, upstreamOut in
                    try await withThrowingTaskGroup(of: Void.self) { group in
                        group.addTask {
                            do { for try await bytes in upstreamIn { try await clientOut.write(bytes) } } catch {}
                            connection.channel.close(promise: nil)
                        }
                        try await upstreamOut.write(first)
                        while let bytes = try await reader.next() { try await upstreamOut.write(bytes) }
                        upstream.channel.close(promise: nil)
                        group.cancelAll()
                    }
                }
            }
        } catch {}
    }

    /// Stops listening and ends every connection.
    public func stop() {
        open.closeAll(after: listening)
    }
}
