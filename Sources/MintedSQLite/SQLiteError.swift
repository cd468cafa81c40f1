/// A failed SQLite call: its result code and SQLite's own message.
public struct SQLiteError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The SQLite result code (`SQLITE_BUSY`, `SQLITE_NOTADB`, …).
    public let code: Int32
    /// SQLite's message for it.
    public let message: String

    /// An error of `code` saying `message`.
    public init(code: Int32, message: String) {
        self.code = code
        self.message = message
    }

    /// One line: the message and the code.
    public var description: String { "\(message) (SQLite code \(code))" }
}
