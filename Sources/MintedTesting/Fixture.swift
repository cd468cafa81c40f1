import Foundation

/// Test fixtures read from a folder next to the test file that asks for them.
public enum Fixture {
    /// The bytes of `name` in the `Fixtures` folder beside `file`.
    public static func data(_ name: String, file: StaticString = #filePath) throws -> Data {
        let folder = URL(fileURLWithPath: "\(file)").deletingLastPathComponent().appendingPathComponent("Fixtures")
        return try Data(contentsOf: folder.appendingPathComponent(name))
    }
}
