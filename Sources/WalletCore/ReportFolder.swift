import Foundation
import MintedAPI

/// Where screen dumps and exported exchanges are written: a folder in the data directory, one file each.
public struct ReportFolder: Sendable {
    /// Writes `contents` as `name` in the subfolder `folder`, never over an existing file; returns where it went.
    public var write: @Sendable (_ folder: String, _ name: String, _ contents: String) throws -> URL

    public init(write: @escaping @Sendable (String, String, String) throws -> URL) {
        self.write = write
    }

    /// Files under `directory` (created, owner-only, when missing); a name already taken gets `-2`, `-3`… added.
    public static func directory(_ directory: URL) -> ReportFolder {
        ReportFolder { folder, name, contents in
            let target = directory.appendingPathComponent(folder, isDirectory: true)
            try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
            let stem = (name as NSString).deletingPathExtension
            let ext = (name as NSString).pathExtension
            let data = Data(contents.utf8)
            for attempt in 1...1_000 {
                let url = target.appendingPathComponent(attempt == 1 ? name : "\(stem)-\(attempt)" + (ext.isEmpty ? "" : "." + ext))
                // Exclusive create, owner-only (a dump holds customer data): two dumps in the same second both land.
                if try PrivateFile(url: url).create(data) { return url }
            }
            throw ReportError(message: "\(target.path) already holds 1,000 files named \(name)")
        }
    }

    /// Nowhere: every write fails (tests that do not write, hosts without a data directory).
    public static let none = ReportFolder { _, _, _ in throw ReportError(message: "no data directory to write to") }
}

/// Why a report could not be written.
public struct ReportError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public init(message: String) { self.message = message }
    public var description: String { message }
}
