import NIOCore

/// Reads HTTP/1.1 request heads and bodies from a connection's bytes, for `TestProxy`.
struct ProxyRequestReader {
    var iterator: NIOAsyncChannelInboundStream<ByteBuffer>.AsyncIterator
    /// Bytes read but not yet consumed.
    private var pending = ByteBuffer()
    /// Largest request head accepted.
    static let maximumHead = 64 * 1024

    init(iterator: NIOAsyncChannelInboundStream<ByteBuffer>.AsyncIterator) {
        self.iterator = iterator
    }

    /// The next request head, or nil when the connection ends first.
    mutating func head() async throws -> ProxyRequestHead? {
        while true {
            let bytes = pending.readableBytesView
            if let end = Self.endOfHead(in: bytes) {
                let text = pending.readString(length: end - bytes.startIndex + 4) ?? ""
                return ProxyRequestHead(text)
            }
            guard bytes.count < Self.maximumHead, var more = try await iterator.next() else { return nil }
            pending.writeBuffer(&more)
        }
    }

    /// Exactly `count` bytes of body.
    mutating func take(_ count: Int) async throws -> ByteBuffer {
        while pending.readableBytes < count {
            guard var more = try await iterator.next() else { throw ChannelError.eof }
            pending.writeBuffer(&more)
        }
        return pending.readSlice(length: count) ?? ByteBuffer()
    }

    /// Whatever comes next: bytes already read first, then the connection's; nil at its end.
    mutating func next() async throws -> ByteBuffer? {
        if pending.readableBytes > 0 {
            defer { pending.clear() }
            return pending
        }
        return try await iterator.next()
    }

    /// The index of the `\r\n\r\n` that ends a head.
    private static func endOfHead(in bytes: ByteBufferView) -> ByteBufferView.Index? {
        let marker: [UInt8] = [13, 10, 13, 10]
        guard bytes.count >= 4 else { return nil }
        var index = bytes.startIndex
        while index + 4 <= bytes.endIndex {
            if bytes[index] == 13, bytes[index..<(index + 4)].elementsEqual(marker) { return index }
            index += 1
        }
        return nil
    }
}
