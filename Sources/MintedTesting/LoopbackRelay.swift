import NIOCore
import NIOPosix

/// Plain TCP connections on loopback and the copying of bytes between them, for `TLSFront` and `TestProxy`.
enum LoopbackRelay {
    typealias Connection = NIOAsyncChannel<ByteBuffer, ByteBuffer>

    /// A connection to 127.0.0.1:`port`.
    static func connect(port: Int) async throws -> Connection {
        try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connect(host: "127.0.0.1", port: port) { channel in
                channel.eventLoop.makeCompletedFuture { try Connection(wrappingChannelSynchronously: channel) }
            }
    }

    /// A listener on 127.0.0.1 (any free port) whose connections are set up by `prepare` before they are wrapped.
    static func listen(prepare: @escaping @Sendable (any Channel) throws -> Void = { _ in })
        async throws -> NIOAsyncChannel<Connection, Never> {
        try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .bind(host: "127.0.0.1", port: 0) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try prepare(channel)
                    return try Connection(wrappingChannelSynchronously: channel)
                }
            }
    }

    /// Serves each connection `listener` accepts with `serve`, each in a task of its own, until the listener is closed;
    /// each accepted channel is kept in `open` until it ends, so that `closeAll` can end them.
    ///
    /// Never cancelled: a cancelled accept loop drops connections accepted but not yet served, and NIO traps on them
    /// (apple/swift-nio#3481); closing the listener lets the loop serve what was accepted and end.
    static func accept(_ listener: NIOAsyncChannel<Connection, Never>, open: OpenChannels,
                       serve: @escaping @Sendable (Connection) async -> Void) async {
        await withDiscardingTaskGroup { group in
            do {
                try await listener.executeThenClose { connections in
                    for try await connection in connections {
                        open.add(connection.channel)
                        group.addTask {
                            await serve(connection)
                            open.remove(connection.channel)
                        }
                    }
                }
            } catch {}
        }
    }
}
