import Foundation
import MintedAPI
import MintedSQLite

/// Opening the state file's database: an existing one checked, a JSON one imported, a new one created private.
extension SandboxStateFile {
    /// The database at `url`, ready for the store. Throws `Failure.damaged` for a file that is neither a sandbox
    /// database of this version nor a JSON state (left byte-identical), `Failure.unwritable` when it cannot be created.
    func open(configuration: SandboxConfiguration) throws -> SandboxDatabase {
        PrivateFile(url: url).removeStaleTemporaries()
        let manager = FileManager.default
        var source: URL?
        if manager.fileExists(atPath: url.path) {
            let head = try Self.head(of: url)
            if head.isEmpty || head.starts(with: SQLiteDatabase.header) { return try openExisting() }
            guard head.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) == UInt8(ascii: "{") else {
                throw Failure.damaged(path: url.path, reason: "neither a sandbox database nor a JSON state")
            }
            source = url
        } else if let legacyURL, manager.fileExists(atPath: legacyURL.path) {
            source = legacyURL
        }
        guard let source else { return try create() }
        let snapshot = try Self.decodeJSON(at: source)
        let aside = Self.importedURL(of: source)
        guard !manager.fileExists(atPath: aside.path) else {
            throw Failure.unwritable(path: aside.path, reason: "it already exists; move it away to import \(source.lastPathComponent)")
        }
        do {
            try manager.moveItem(at: source, to: aside)
        } catch {
            throw Failure.unwritable(path: source.path, reason: error.localizedDescription)
        }
        do {
            let database = try create()
            try database.importSnapshot(snapshot, configuration: configuration)
            return database
        } catch {
            // Back as it was: no half-imported database, the JSON file where it was.
            for suffix in ["", "-wal", "-shm"] { unlink(url.path + suffix) }
            try? manager.moveItem(at: aside, to: source)
            if let failure = error as? Failure { throw failure }
            throw Failure.damaged(path: source.path, reason: "cannot import: \(error)")
        }
    }

    /// The first bytes of the file at `url`.
    private static func head(of url: URL) throws -> Data {
        do {
            let handle = try FileHandle(forReadingFrom: url)
            defer { try? handle.close() }
            return try handle.read(upToCount: 64) ?? Data()
        } catch {
            throw Failure.damaged(path: url.path, reason: "unreadable: \(error.localizedDescription)")
        }
    }

    /// The sandbox database already at `url`; `damaged` when SQLite or the header pragmas refuse it.
    private func openExisting() throws -> SandboxDatabase {
        do {
            return try SandboxDatabase(connection: SQLiteDatabase(path: url.path, create: false))
        } catch let foreign as SandboxDatabase.Foreign {
            throw Failure.damaged(path: url.path, reason: foreign.reason)
        } catch {
            throw Failure.damaged(path: url.path, reason: "\(error)")
        }
    }

    /// A new database at `url`: 0600 in a 0700 directory; a log left beside a removed file is removed first, so that
    /// SQLite does not replay another database's pages into it.
    private func create() throws -> SandboxDatabase {
        let directory = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw Failure.unwritable(path: directory.path, reason: error.localizedDescription)
        }
        for suffix in ["-wal", "-shm", "-journal"] { unlink(url.path + suffix) }
        let fd = Glibc.open(url.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw Failure.unwritable(path: url.path, reason: String(cString: strerror(errno))) }
        close(fd)
        do {
            return try SandboxDatabase(connection: SQLiteDatabase(path: url.path, create: false))
        } catch {
            throw Failure.unwritable(path: url.path, reason: "\(error)")
        }
    }
}
