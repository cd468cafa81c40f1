import CSQLite
import Foundation

/// One connection to a SQLite database: a file or `:memory:`. Not thread-safe: an actor or a single thread owns it
/// (hence `@unchecked Sendable`, so that it can be handed to its owner). Closed when released.
public final class SQLiteDatabase: @unchecked Sendable {
    private let handle: OpaquePointer
    /// The path it was opened with.
    public let path: String
    private var cache: [String: SQLiteStatement] = [:]

    /// Opens (creating when `create`) the database at `path`, or a private in-memory one for `":memory:"`.
    public init(path: String, create: Bool = true) throws {
        var pointer: OpaquePointer?
        let flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_NOMUTEX
        let code = sqlite3_open_v2(path, &pointer, flags, nil)
        guard code == SQLITE_OK, let pointer else {
            let message = pointer.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            sqlite3_close_v2(pointer)
            throw SQLiteError(code: code, message: message)
        }
        handle = pointer
        self.path = path
        sqlite3_busy_timeout(handle, 5_000)
    }

    deinit {
        cache.removeAll()
        sqlite3_close_v2(handle)
    }

    /// Runs one or more statements that take no parameters.
    public func execute(_ sql: String) throws {
        var message: UnsafeMutablePointer<CChar>?
        let code = sqlite3_exec(handle, sql, nil, nil, &message)
        guard code == SQLITE_OK else {
            let text = message.map { String(cString: $0) } ?? String(cString: sqlite3_errmsg(handle))
            sqlite3_free(message)
            throw SQLiteError(code: code, message: text)
        }
    }

    /// A prepared statement for `sql`, kept and reused for the same text.
    public func prepare(_ sql: String) throws -> SQLiteStatement {
        if let statement = cache[sql] { return statement }
        var pointer: OpaquePointer?
        let code = sqlite3_prepare_v2(handle, sql, -1, &pointer, nil)
        guard code == SQLITE_OK, let pointer else {
            throw SQLiteError(code: code, message: String(cString: sqlite3_errmsg(handle)))
        }
        let statement = SQLiteStatement(handle: pointer, database: handle)
        cache[sql] = statement
        return statement
    }

    /// Runs `sql` with `values` bound, ignoring any rows.
    public func run(_ sql: String, _ values: [SQLiteValue] = []) throws {
        try prepare(sql).bind(values).run()
    }

    /// The first column of the first row of `sql` as an integer; nil when there is no row.
    public func integer(_ sql: String, _ values: [SQLiteValue] = []) throws -> Int? {
        let statement = try prepare(sql).bind(values)
        defer { sqlite3_reset(statement.handle) }
        return try statement.step() ? statement.int(0) : nil
    }

    /// Runs `body` inside `BEGIN IMMEDIATE … COMMIT`; rolls back and rethrows when `body` or the commit throws.
    /// The three statements are prepared once: a request's transaction does not parse them again.
    public func transaction<Result>(_ body: () throws -> Result) throws -> Result {
        try prepare("BEGIN IMMEDIATE").run()
        do {
            let result = try body()
            try prepare("COMMIT").run()
            return result
        } catch {
            try? prepare("ROLLBACK").run()
            throw error
        }
    }

    /// `PRAGMA user_version`: the schema version the application keeps.
    public var userVersion: Int {
        get throws { try integer("PRAGMA user_version") ?? 0 }
    }

    /// Sets `PRAGMA user_version`.
    public func setUserVersion(_ version: Int32) throws {
        try execute("PRAGMA user_version = \(version)")
    }

    /// `PRAGMA application_id`: which application's file this is.
    public var applicationId: Int32 {
        get throws { Int32(truncatingIfNeeded: try integer("PRAGMA application_id") ?? 0) }
    }

    /// Sets `PRAGMA application_id`.
    public func setApplicationId(_ id: Int32) throws {
        try execute("PRAGMA application_id = \(id)")
    }

    /// Rows changed by every statement since the connection opened: a cheap write counter.
    public var totalChanges: Int { Int(sqlite3_total_changes(handle)) }

    /// True when the connection is outside any transaction.
    public var isAutocommit: Bool { sqlite3_get_autocommit(handle) != 0 }

    /// The first 16 bytes every SQLite database file starts with.
    public static let header = Data("SQLite format 3\u{0}".utf8)
}
