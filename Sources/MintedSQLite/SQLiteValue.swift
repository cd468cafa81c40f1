import Foundation

/// A value bound to a statement parameter.
public enum SQLiteValue: Sendable, Equatable {
    /// `NULL`.
    case null
    /// An `INTEGER`.
    case integer(Int64)
    /// A `REAL`.
    case real(Double)
    /// `TEXT`, UTF-8.
    case text(String)
    /// A `BLOB`.
    case blob(Data)
}
