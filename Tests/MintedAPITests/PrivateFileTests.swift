import Foundation
import MintedAPI
import Testing

/// Files holding the person's data: 0600 in a 0700 directory, their own mode kept, nothing lost to a kill mid-write.
struct PrivateFileTests {
    func folder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("minted-private-\(UUID().uuidString)/minted")
    }

    func mode(_ url: URL) throws -> Int {
        try #require(FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int)
    }

    @Test func aNewFileIsOwnerOnlyInAnOwnerOnlyDirectory() throws {
        let directory = folder()
        defer { try? FileManager.default.removeItem(at: directory.deletingLastPathComponent()) }
        let file = PrivateFile(url: directory.appendingPathComponent("customers.json"))
        try file.write(Data("{}".utf8))
        #expect(try mode(file.url) == 0o600)
        #expect(try mode(directory) == 0o700)
        #expect(try String(contentsOf: file.url, encoding: .utf8) == "{}")
    }

    @Test func aModeThePersonSetIsKeptOnRewrite() throws {
        let directory = folder()
        defer { try? FileManager.default.removeItem(at: directory.deletingLastPathComponent()) }
        let file = PrivateFile(url: directory.appendingPathComponent("sandbox.json"))
        try file.write(Data("1".utf8))
        chmod(file.url.path, 0o640)
        try file.write(Data("2".utf8))
        #expect(try mode(file.url) == 0o640)
        #expect(try String(contentsOf: file.url, encoding: .utf8) == "2")
    }

    @Test func aTemporaryLeftByAKillIsCleanedButALiveWritersIsNot() throws {
        let directory = folder()
        defer { try? FileManager.default.removeItem(at: directory.deletingLastPathComponent()) }
        let file = PrivateFile(url: directory.appendingPathComponent("sandbox.json"))
        try file.write(Data("{}".utf8))
        let dead = directory.appendingPathComponent(".sandbox.json.2147483646.tmp")
        let live = directory.appendingPathComponent(".sandbox.json.1.tmp")
        let other = directory.appendingPathComponent(".other.json.2147483646.tmp")
        for url in [dead, live, other] { _ = FileManager.default.createFile(atPath: url.path, contents: Data("x".utf8)) }
        #expect(file.removeStaleTemporaries() == 1)
        #expect(!FileManager.default.fileExists(atPath: dead.path))
        #expect(FileManager.default.fileExists(atPath: live.path), "pid 1 is running: its write may be in progress")
        #expect(FileManager.default.fileExists(atPath: other.path), "another file's temporary is not ours")
    }

    @Test func movingAsideKeepsTheFileUnderATimedName() throws {
        let directory = folder()
        defer { try? FileManager.default.removeItem(at: directory.deletingLastPathComponent()) }
        let file = PrivateFile(url: directory.appendingPathComponent("sandbox.json"))
        #expect(try file.moveAside() == nil)
        try file.write(Data("old".utf8))
        let now = Date(timeIntervalSince1970: 1_771_590_477)
        let kept = try #require(try file.moveAside(now: now))
        #expect(kept.lastPathComponent == "sandbox.json.20260220-122757")
        #expect(!FileManager.default.fileExists(atPath: file.url.path))
        try file.write(Data("newer".utf8))
        let second = try #require(try file.moveAside(now: now, copy: true))
        #expect(second.lastPathComponent == "sandbox.json.20260220-122757-2")
        #expect(try String(contentsOf: second, encoding: .utf8) == "newer")
        #expect(try String(contentsOf: file.url, encoding: .utf8) == "newer")
        #expect(try mode(second) == 0o600)
    }
}
