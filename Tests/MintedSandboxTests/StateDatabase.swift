import Foundation
import MintedSQLite

/// Reads a sandbox state database as another process would: through its own connection.
enum StateDatabase {
    /// The state rows (engine, customers, baskets) and every order row of the database at `url`, as text.
    static func text(at url: URL) throws -> String {
        let database = try SQLiteDatabase(path: url.path, create: false)
        var parts: [String] = []
        for sql in ["SELECT value FROM state ORDER BY key", "SELECT record FROM order_records ORDER BY id"] {
            let statement = try database.prepare(sql).bind([])
            while try statement.step() { parts.append(String(decoding: statement.blob(0) ?? Data(), as: UTF8.self)) }
        }
        return parts.joined(separator: "\n")
    }

    /// The number of order rows in the database at `url`.
    static func orderCount(at url: URL) throws -> Int {
        try SQLiteDatabase(path: url.path, create: false).integer("SELECT COUNT(*) FROM orders") ?? 0
    }

    /// The database file and its write-ahead log, byte for byte (the `-shm` index is shared memory readers write to).
    static func bytes(at url: URL) -> [Data?] {
        [url.path, url.path + "-wal"].map { FileManager.default.contents(atPath: $0) }
    }
}
