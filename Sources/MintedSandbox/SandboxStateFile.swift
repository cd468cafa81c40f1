import Foundation
import MintedAPI

/// The `--state` file: the whole sandbox as JSON, loaded at start and replaced atomically (a temporary file
/// in the same directory, then `rename(2)`) after every change. A damaged file is reported, never replaced.
public struct SandboxStateFile: Sendable, Equatable {
    /// Where the state lives.
    public let url: URL

    /// The state file at `url`; its directory is created on the first write.
    public init(url: URL) {
        self.url = url
    }

    /// Why a state file could not be used.
    public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        /// The file exists but is not a sandbox state this build can read.
        case damaged(path: String, reason: String)
        /// The file or its directory could not be written.
        case unwritable(path: String, reason: String)

        /// One line for the terminal.
        public var description: String {
            switch self {
            case .damaged(let path, let reason):
                "the sandbox state file \(path) is damaged (\(reason)); it was left as it is — move it away or start fresh"
            case .unwritable(let path, let reason): "cannot write the sandbox state file \(path): \(reason)"
            }
        }
    }

    /// The stored snapshot, or nil when there is no file yet.
    func load() throws -> SandboxSnapshot? {
        PrivateFile(url: url).removeStaleTemporaries()
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw Failure.damaged(path: url.path, reason: "unreadable: \(error.localizedDescription)")
        }
        let snapshot: SandboxSnapshot
        do {
            snapshot = try JSONDecoder().decode(SandboxSnapshot.self, from: data)
        } catch let error as DecodingError {
            throw Failure.damaged(path: url.path, reason: "not a sandbox state: \(Self.describe(error))")
        }
        guard snapshot.version == SandboxSnapshot.currentVersion else {
            throw Failure.damaged(path: url.path, reason: "version \(snapshot.version), expected \(SandboxSnapshot.currentVersion)")
        }
        return snapshot
    }

    /// Replaces the file with `data`: written beside it, flushed, then renamed over it; 0600 in a 0700 directory, or the
    /// mode the person gave it.
    func save(_ data: Data) throws {
        do {
            try PrivateFile(url: url).write(data)
        } catch let failure as PrivateFile.WriteFailure {
            throw Failure.unwritable(path: failure.path, reason: failure.reason)
        }
    }

    private static func describe(_ error: DecodingError) -> String {
        switch error {
        case .dataCorrupted(let context): context.debugDescription
        case .keyNotFound(let key, _): "missing \(key.stringValue)"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            "bad \(context.codingPath.map(\.stringValue).joined(separator: "."))"
        @unknown default: "undecodable"
        }
    }
}
