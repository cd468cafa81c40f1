import Foundation
import MintedAPI

/// The `--state` file: a SQLite database (WAL mode, so `NAME-wal` and `NAME-shm` beside it) holding the whole sandbox,
/// each change one transaction before the answer leaves. A JSON state file of earlier builds found at `url` (or at
/// `legacyURL` while `url` does not exist) is imported once and kept as `NAME.imported`. A damaged or foreign file is
/// reported, never written.
public struct SandboxStateFile: Sendable, Equatable {
    /// Where the state lives.
    public let url: URL
    /// A JSON state file of earlier builds imported when `url` does not exist yet.
    public let legacyURL: URL?

    /// The state file at `url`, importing `legacyURL` when `url` is new; its directory is created on first use.
    public init(url: URL, importing legacyURL: URL? = nil) {
        self.url = url
        self.legacyURL = legacyURL
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

    /// Where a JSON state file is kept once imported: `NAME.imported` beside it.
    public static func importedURL(of url: URL) -> URL {
        url.deletingLastPathComponent().appendingPathComponent(url.lastPathComponent + ".imported")
    }

    /// The JSON state at `url` (the format of earlier builds); `damaged` when it is not one this build can read.
    static func decodeJSON(at url: URL) throws -> SandboxSnapshot {
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
