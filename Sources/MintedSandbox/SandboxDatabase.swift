import Foundation
import MintedSQLite

/// The sandbox's SQLite database: completed orders as indexed rows, the rest of the state as one JSON row and the
/// live rate minutes as rows. A file with `--state` (WAL mode), `:memory:` otherwise: one code path.
/// Owned by one `SandboxStore` (or one engine in a test) and used from it only.
final class SandboxDatabase: @unchecked Sendable {
    /// The connection.
    let connection: SQLiteDatabase

    /// `PRAGMA application_id` of a sandbox database ("MNTD").
    static let applicationId: Int32 = 0x4D4E_5444
    /// `PRAGMA user_version` this build writes; another version is refused.
    static let schemaVersion: Int32 = 1

    /// A private in-memory database with the schema.
    static func inMemory() -> SandboxDatabase {
        do {
            return try SandboxDatabase(connection: SQLiteDatabase(path: ":memory:"))
        } catch {
            // Only an allocation failure can refuse an in-memory database.
            fatalError("cannot open an in-memory SQLite database: \(error)")
        }
    }

    /// Uses `connection`: creates the schema in an empty database, or checks an existing one is a sandbox's of this
    /// version. Throws `Foreign` for another application's or version's database.
    init(connection: SQLiteDatabase) throws {
        self.connection = connection
        let tables = try connection.integer("SELECT COUNT(*) FROM sqlite_master") ?? 0
        let application = try connection.applicationId
        let version = try connection.userVersion
        if tables == 0, application == 0, version == 0 {
            try connection.transaction {
                try connection.setApplicationId(Self.applicationId)
                try connection.execute(Self.schema)
                try connection.setUserVersion(Self.schemaVersion)
            }
        } else if application != Self.applicationId {
            throw Foreign(reason: "not a minted sandbox database (application id \(application))")
        } else if version != Int(Self.schemaVersion) {
            throw Foreign(reason: "schema version \(version), expected \(Self.schemaVersion)")
        }
        if connection.path != ":memory:" {
            try connection.execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL")
        }
    }

    /// A database this build must not use.
    struct Foreign: Error, Sendable {
        var reason: String
    }

    /// Version 1: `state` holds the engine's small state as JSON (key `engine`); `orders` one small row per completed
    /// order, indexed for Get Orders (each sort key, then every filtered column, so that a page's ids come from the
    /// index alone), its record as JSON apart in `order_records` so that scans stay small; `rate_minutes` the live
    /// minutes of each market after its generated year.
    static let schema = """
        CREATE TABLE state (key TEXT PRIMARY KEY, value BLOB NOT NULL);
        CREATE TABLE orders (
            id INTEGER PRIMARY KEY, guid TEXT NOT NULL UNIQUE, token TEXT NOT NULL, increment_id TEXT NOT NULL,
            customer_id TEXT NOT NULL, type TEXT NOT NULL, completed_at REAL NOT NULL, order_at TEXT NOT NULL,
            total REAL NOT NULL, paid_total REAL NOT NULL
        );
        CREATE TABLE order_records (id INTEGER PRIMARY KEY, record BLOB NOT NULL);
        CREATE INDEX orders_by_customer ON orders (customer_id, order_at, id, type, completed_at);
        CREATE INDEX orders_by_type ON orders (type, order_at, id, completed_at);
        CREATE INDEX orders_by_time ON orders (order_at, id, customer_id, type, completed_at);
        CREATE INDEX orders_by_total ON orders (total, id, customer_id, type, completed_at);
        CREATE INDEX orders_by_paid_total ON orders (paid_total, id, customer_id, type, completed_at);
        CREATE INDEX orders_by_increment ON orders (increment_id);
        CREATE INDEX orders_by_token ON orders (token);
        CREATE TABLE rate_minutes (
            market INTEGER NOT NULL, position INTEGER NOT NULL, cents INTEGER NOT NULL, PRIMARY KEY (market, position)
        ) WITHOUT ROWID;
        """
}
