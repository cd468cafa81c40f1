import Foundation
import MintedSQLite

/// The sandbox's SQLite database: completed orders as indexed rows, customers and baskets as one JSON row each, the
/// rest of the engine's state as two small JSON rows (all of them in `state`) and the live rate minutes as rows. A file with `--state` (WAL mode), `:memory:` otherwise: one code path.
/// Owned by one `SandboxStore` (or one engine in a test) and used from it only.
final class SandboxDatabase: @unchecked Sendable {
    /// The connection.
    let connection: SQLiteDatabase

    /// `PRAGMA application_id` of a sandbox database ("MNTD").
    static let applicationId: Int32 = 0x4D4E_5444
    /// `PRAGMA user_version` this build writes; another version is refused.
    static let schemaVersion: Int32 = 3

    /// What `saveState` last wrote (or `loadState` read), so that a write touches only the rows that changed; nil
    /// when unknown (then every row is rewritten).
    var saved: SavedState?

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
        } else if version == 1 {
            try migrateFromVersion1()
        } else if version == 2 {
            try migrateFromVersion2()
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

    /// Version 3 (version 2 had `customers` and `baskets` tables, a rowid `state` and `orders_by_type`): `state` holds
    /// every JSON row of the engine's state, keyed: `engine` (its small state), `counters` (what moves with nearly every
    /// write), `customer <id>` and `basket <id, 20 digits>` one each, so that a change rewrites only its own, and a
    /// write usually dirties one page of it; `orders` one small row per completed order, indexed for Get Orders (each
    /// sort key, then every filtered column, so that a page's ids come from the index alone), its record as JSON apart
    /// in `order_records` so that scans stay small; `rate_minutes` the live minutes of each market after its generated
    /// year, by minute since 1970.
    static let schema = """
        \(stateTable)
        CREATE TABLE orders (
            id INTEGER PRIMARY KEY, guid TEXT NOT NULL UNIQUE, token TEXT NOT NULL, increment_id TEXT NOT NULL,
            customer_id TEXT NOT NULL, type TEXT NOT NULL, completed_at REAL NOT NULL, order_at TEXT NOT NULL,
            total REAL NOT NULL, paid_total REAL NOT NULL, delivery INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE order_records (id INTEGER PRIMARY KEY, record BLOB NOT NULL);
        CREATE INDEX orders_by_customer ON orders (customer_id, order_at, id, type, completed_at);
        CREATE INDEX orders_by_time ON orders (order_at, id, customer_id, type, completed_at);
        CREATE INDEX orders_by_total ON orders (total, id, customer_id, type, completed_at);
        CREATE INDEX orders_by_paid_total ON orders (paid_total, id, customer_id, type, completed_at);
        \(statusIndex)
        CREATE INDEX orders_by_increment ON orders (increment_id);
        CREATE INDEX orders_by_token ON orders (token);
        \(rateMinutesTable)
        """

    /// Version 3's `state`: one B-tree keyed by text (version 2's had a rowid and an index on its key, two pages to
    /// write for one row).
    static let stateTable = "CREATE TABLE state (key TEXT PRIMARY KEY, value BLOB NOT NULL) WITHOUT ROWID;"

    /// Version 2 keys a live minute by its minute since 1970 (version 1 by its position after the generated year), so
    /// that pruning the oldest deletes rows instead of renumbering them.
    static let rateMinutesTable = """
        CREATE TABLE rate_minutes (
            market INTEGER NOT NULL, minute INTEGER NOT NULL, cents INTEGER NOT NULL, PRIMARY KEY (market, minute)
        ) WITHOUT ROWID;
        """

    /// Version 2's index for the `status_id` sort: a status is 5 for every order but a delivery's, whose status moves
    /// with time; so each status is a segment of this index walked by id (the delivery ones filtered by their time).
    static let statusIndex = "CREATE INDEX orders_by_status ON orders (delivery, id, customer_id, type, completed_at);"

    /// Version 1 → 3 in one transaction: the `engine` row's customers and baskets become rows of their own; orders get
    /// their `delivery` column and the status index; the rest as `migrateFromVersion2`.
    private func migrateFromVersion1() throws {
        try connection.transaction {
            try rebuildState()
            try connection.execute("""
                ALTER TABLE orders ADD COLUMN delivery INTEGER NOT NULL DEFAULT 0;
                UPDATE orders SET delivery = 1 WHERE type = 'delivery';
                \(Self.statusIndex)
                DROP INDEX orders_by_type;
                """)
            let statement = try connection.prepare("SELECT value FROM state WHERE key = 'engine'").bind([])
            let data = try statement.step() ? statement.blob(0) : nil
            try statement.run()
            // Positions were counted from the minute after `origin`'s.
            let firstLive = try data.map { data in
                let snapshot = try JSONDecoder().decode(SandboxSnapshot.self, from: data)
                try writeSplit(snapshot)
                return Market.minute(of: snapshot.origin) + 1
            }
            try connection.execute("ALTER TABLE rate_minutes RENAME TO rate_minutes_v1")
            try connection.execute(Self.rateMinutesTable)
            try connection.run("INSERT INTO rate_minutes (market, minute, cents) SELECT market, position + ?, cents FROM rate_minutes_v1",
                               [.integer(Int64(firstLive ?? 0))])
            try connection.execute("DROP TABLE rate_minutes_v1")
            try connection.setUserVersion(Self.schemaVersion)
        }
    }

    /// Version 2 → 3 in one transaction: `customers` and `baskets` rows move into `state` under their keys, `state`
    /// loses its rowid, and `orders_by_type` goes (a type filter reads the type from the index of its sort).
    private func migrateFromVersion2() throws {
        try connection.transaction {
            try rebuildState()
            try connection.execute("""
                INSERT INTO state (key, value) SELECT \(Self.customerKeySQL("id")), value FROM customers;
                INSERT INTO state (key, value) SELECT \(Self.basketKeySQL("id")), value FROM baskets;
                DROP TABLE customers;
                DROP TABLE baskets;
                DROP INDEX orders_by_type;
                """)
            try connection.setUserVersion(Self.schemaVersion)
        }
    }

    /// `state` recreated as version 3's, with the rows it held.
    private func rebuildState() throws {
        try connection.execute("""
            ALTER TABLE state RENAME TO state_old;
            \(Self.stateTable)
            INSERT INTO state (key, value) SELECT key, value FROM state_old;
            DROP TABLE state_old;
            """)
    }

    /// The `state` key of customer `id`.
    static func customerKey(_ id: String) -> String { "customer " + id }

    /// The `state` key of basket `id`: its digits padded, so that keys sort as ids do.
    static func basketKey(_ id: Int) -> String {
        let digits = String(id)
        return "basket " + String(repeating: "0", count: max(0, 20 - digits.count)) + digits
    }

    /// `customerKey` and `basketKey` in SQL, of `column`.
    static func customerKeySQL(_ column: String) -> String { "'customer ' || \(column)" }
    static func basketKeySQL(_ column: String) -> String { "printf('basket %020d', \(column))" }
}
