import Foundation

/// A cassette that cannot be read or written: one line naming the file and why.
public struct CassetteFailure: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "cassette \(path): \(reason)" }
}
