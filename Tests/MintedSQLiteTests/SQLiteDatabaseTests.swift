import Foundation
import MintedSQLite
import Testing

/// The thin SQLite wrapper: statements, bindings, transactions and the header pragmas.
@Suite struct SQLiteDatabaseTests {
    @Test func bindsStepsAndReadsEveryType() throws {
        let database = try SQLiteDatabase(path: ":memory:")
        try database.execute("CREATE TABLE t (i INTEGER, r REAL, s TEXT, b BLOB, n TEXT)")
        try database.run("INSERT INTO t VALUES (?, ?, ?, ?, ?)", [.integer(42), .real(1.5), .text("é"), .blob(Data([0, 1])), .null])
        let statement = try database.prepare("SELECT i, r, s, b, n FROM t").bind([])
        #expect(try statement.step())
        #expect(statement.int(0) == 42 && statement.double(1) == 1.5 && statement.text(2) == "é")
        #expect(statement.blob(3) == Data([0, 1]) && statement.isNull(4) && statement.text(4) == nil)
        #expect(try !statement.step())
    }

    @Test func aFailedTransactionLeavesNothing() throws {
        let database = try SQLiteDatabase(path: ":memory:")
        try database.execute("CREATE TABLE t (i INTEGER PRIMARY KEY)")
        #expect(throws: SQLiteError.self) {
            try database.transaction {
                try database.run("INSERT INTO t VALUES (1)")
                try database.run("INSERT INTO t VALUES (1)")
            }
        }
        #expect(try database.integer("SELECT COUNT(*) FROM t") == 0)
        #expect(database.isAutocommit)
    }

    @Test func keepsVersionAndApplicationIdInTheFile() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("minted-sqlite-\(UUID().uuidString).sqlite")
        defer { try? FileManager.default.removeItem(at: url) }
        do {
            let database = try SQLiteDatabase(path: url.path)
            try database.setApplicationId(0x4D4E_5444)
            try database.setUserVersion(3)
        }
        let again = try SQLiteDatabase(path: url.path, create: false)
        #expect(try again.userVersion == 3 && again.applicationId == 0x4D4E_5444)
        #expect(try Data(contentsOf: url).prefix(16) == SQLiteDatabase.header)
    }

    @Test func notADatabaseIsAnError() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("minted-sqlite-\(UUID().uuidString).sqlite")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data(repeating: 7, count: 4_096).write(to: url)
        #expect(throws: SQLiteError.self) {
            let database = try SQLiteDatabase(path: url.path, create: false)
            _ = try database.userVersion
        }
    }
}
