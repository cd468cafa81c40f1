import CSQLite
import Foundation

/// A prepared statement: bind parameters (1-based), step through rows, read columns (0-based), reset to run again.
/// Not thread-safe: used from one actor or thread at a time, like its database.
public final class SQLiteStatement {
    let handle: OpaquePointer
    private let database: OpaquePointer

    init(handle: OpaquePointer, database: OpaquePointer) {
        self.handle = handle
        self.database = database
    }

    deinit { sqlite3_finalize(handle) }

    /// SQLite copies bound text and blobs at once.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    /// Clears the previous run and bindings, then binds `values` to parameters 1…n.
    @discardableResult
    public func bind(_ values: [SQLiteValue]) throws -> SQLiteStatement {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            let code: Int32 = switch value {
            case .null: sqlite3_bind_null(handle, index)
            case .integer(let integer): sqlite3_bind_int64(handle, index, integer)
            case .real(let real): sqlite3_bind_double(handle, index, real)
            case .text(let text): sqlite3_bind_text(handle, index, text, -1, Self.transient)
            case .blob(let data):
                data.withUnsafeBytes { bytes in
                    sqlite3_bind_blob(handle, index, bytes.baseAddress, Int32(bytes.count), Self.transient)
                }
            }
            guard code == SQLITE_OK else { throw SQLiteError(code: code, message: String(cString: sqlite3_errmsg(database))) }
        }
        return self
    }

    /// The largest parameter index the statement names (`?NNN`), 0 when it takes none.
    public var parameterCount: Int { Int(sqlite3_bind_parameter_count(handle)) }

    /// Advances to the next row: true when there is one, false when the statement is done.
    public func step() throws -> Bool {
        let code = sqlite3_step(handle)
        switch code {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default:
            let error = SQLiteError(code: code, message: String(cString: sqlite3_errmsg(database)))
            sqlite3_reset(handle)
            throw error
        }
    }

    /// Runs the statement to its end, ignoring any rows.
    public func run() throws {
        while try step() {}
        sqlite3_reset(handle)
    }

    /// Column `index` of the current row as an integer (0 for NULL).
    public func int64(_ index: Int32) -> Int64 { sqlite3_column_int64(handle, index) }

    /// Column `index` of the current row as an `Int` (0 for NULL).
    public func int(_ index: Int32) -> Int { Int(sqlite3_column_int64(handle, index)) }

    /// Column `index` of the current row as a double (0 for NULL).
    public func double(_ index: Int32) -> Double { sqlite3_column_double(handle, index) }

    /// True when column `index` of the current row is NULL.
    public func isNull(_ index: Int32) -> Bool { sqlite3_column_type(handle, index) == SQLITE_NULL }

    /// Column `index` of the current row as text; nil for NULL.
    public func text(_ index: Int32) -> String? {
        guard let pointer = sqlite3_column_text(handle, index) else { return nil }
        return String(cString: pointer)
    }

    /// Column `index` of the current row as bytes; nil for NULL, empty for an empty blob.
    public func blob(_ index: Int32) -> Data? {
        guard sqlite3_column_type(handle, index) != SQLITE_NULL else { return nil }
        let count = Int(sqlite3_column_bytes(handle, index))
        guard count > 0, let pointer = sqlite3_column_blob(handle, index) else { return Data() }
        return Data(bytes: pointer, count: count)
    }
}
