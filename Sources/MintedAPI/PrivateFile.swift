import Foundation

/// A file that holds the person's data (sandbox state, customers, tokens): created 0600 in a 0700 directory, a mode
/// the person set kept on rewrite, replaced atomically (a temporary beside it, flushed, renamed over it), and the
/// temporaries a kill left behind cleaned on the next start.
public struct PrivateFile: Sendable, Equatable {
    public let url: URL

    public init(url: URL) {
        self.url = url
    }

    /// Why the file could not be written.
    public struct WriteFailure: Error, Sendable, Equatable, CustomStringConvertible {
        public let path: String
        public let reason: String
        public var description: String { "cannot write \(path): \(reason)" }
    }

    /// The prefix of this file's temporaries: `.NAME.` then the writer's pid, then `.tmp`.
    var temporaryPrefix: String { ".\(url.lastPathComponent)." }

    /// Replaces the file with `data`. A new file is 0600 (its directory 0700 when created here); an existing file
    /// keeps its permission bits, so a `chmod` the person made survives.
    public func write(_ data: Data) throws {
        let directory = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw WriteFailure(path: directory.path, reason: error.localizedDescription)
        }
        var existing = stat()
        let mode: mode_t = stat(url.path, &existing) == 0 ? existing.st_mode & 0o7777 : 0o600
        let temporary = directory.appendingPathComponent("\(temporaryPrefix)\(getpid()).tmp").path
        unlink(temporary)
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw WriteFailure(path: temporary, reason: String(cString: strerror(errno))) }
        var failure: String?
        let written = data.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let count = Glibc.write(fd, buffer.baseAddress!.advanced(by: offset), buffer.count - offset)
                if count < 0 {
                    if errno == EINTR { continue }
                    failure = String(cString: strerror(errno))
                    return false
                }
                offset += count
            }
            return true
        }
        if written, fchmod(fd, mode) != 0 || fsync(fd) != 0 { failure = String(cString: strerror(errno)) }
        close(fd)
        if failure == nil, rename(temporary, url.path) != 0 { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporary)
            throw WriteFailure(path: url.path, reason: failure)
        }
    }

    /// Creates the file 0600 with `data` only if nothing is at `url` yet; false when something is.
    public func create(_ data: Data) throws -> Bool {
        let fd = open(url.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            if errno == EEXIST { return false }
            throw WriteFailure(path: url.path, reason: String(cString: strerror(errno)))
        }
        defer { close(fd) }
        let complete = data.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let count = Glibc.write(fd, buffer.baseAddress!.advanced(by: offset), buffer.count - offset)
                if count < 0 { if errno == EINTR { continue }; return false }
                offset += count
            }
            return true
        }
        guard complete else { throw WriteFailure(path: url.path, reason: String(cString: strerror(errno))) }
        return true
    }

    /// Removes temporaries of this file whose writer is no longer running (a kill during a write leaves one).
    /// Returns how many it removed.
    @discardableResult
    public func removeStaleTemporaries() -> Int {
        let directory = url.deletingLastPathComponent()
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return 0 }
        var removed = 0
        for name in names where name.hasPrefix(temporaryPrefix) && name.hasSuffix(".tmp") {
            let pidText = name.dropFirst(temporaryPrefix.count).dropLast(4)
            if let pid = Int32(pidText), pid != getpid(), kill(pid, 0) == 0 || errno == EPERM { continue }
            if unlink(directory.appendingPathComponent(name).path) == 0 { removed += 1 }
        }
        return removed
    }

    /// Moves the file aside as `NAME.YYYYMMDD-HHMMSS` (UTC), keeping it rather than deleting it, or with `copy` leaves
    /// it in place and keeps a copy there; nil when there was no file.
    public func moveAside(now: Date = Date(), copy: Bool = false) throws -> URL? {
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        var target = url.deletingLastPathComponent().appendingPathComponent("\(url.lastPathComponent).\(formatter.string(from: now))")
        var suffix = 1
        while FileManager.default.fileExists(atPath: target.path) {
            suffix += 1
            target = url.deletingLastPathComponent()
                .appendingPathComponent("\(url.lastPathComponent).\(formatter.string(from: now))-\(suffix)")
        }
        if copy {
            do {
                _ = try PrivateFile(url: target).create(Data(contentsOf: url))
            } catch {
                throw WriteFailure(path: url.path, reason: "cannot keep a copy: \(error)")
            }
            return target
        }
        guard rename(url.path, target.path) == 0 else {
            throw WriteFailure(path: url.path, reason: "cannot move aside: \(String(cString: strerror(errno)))")
        }
        return target
    }
}
