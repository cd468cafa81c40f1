import Foundation
import Logging
import Synchronization

/// A swift-log handler that appends one line per message to a file: the UI owns the terminal, so logs never go there.
struct FileLogHandler: LogHandler {
    /// The open file, shared by every logger the handler was made for.
    final class Sink: Sendable {
        private let handle: Mutex<FileHandle?>

        /// Opens `url` for appending (owner-only), creating its folder; a file over `limit` bytes is moved to `.1` first.
        init(url: URL, limit: Int = 5 << 20) {
            let manager = FileManager.default
            try? manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true,
                                         attributes: [.posixPermissions: 0o700])
            if let size = (try? manager.attributesOfItem(atPath: url.path))?[.size] as? Int, size > limit {
                let old = url.appendingPathExtension("1")
                try? manager.removeItem(at: old)
                try? manager.moveItem(at: url, to: old)
            }
            // O_APPEND: two sessions at once (sandbox and staging, say) interleave whole lines, never overwrite.
            let descriptor = open(url.path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
            self.handle = Mutex(descriptor >= 0 ? FileHandle(fileDescriptor: descriptor, closeOnDealloc: true) : nil)
        }

        func write(_ line: String) {
            handle.withLock { try? $0?.write(contentsOf: Data(line.utf8)) }
        }
    }

    let label: String
    let sink: Sink
    var logLevel: Logger.Level = .info
    var metadata: Logger.Metadata = [:]

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let stamp = Date.ISO8601FormatStyle(includingFractionalSeconds: true).format(Date())
        let merged = metadata.merging(event.metadata ?? [:]) { $1 }
        let extra = merged.isEmpty ? "" : " " + merged.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        sink.write("\(stamp) \(event.level) [\(label)] \(event.message)\(extra)\n")
    }
}
