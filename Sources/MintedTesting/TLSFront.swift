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
                guard let upstream = try? await LoopbackRelay.connect(port: upstreamPort) else {
                    connection.channel.close(promise: nil)
                    return
                }
                await LoopbackRelay.pump(connection, upstream)
            }
        }
    }

    /// Stops listening and ends every connection.
    public func stop() {
        open.closeAll(after: listening)
    }
}
