import Foundation

/// The outcome of running a command: status and both outputs.
public struct CommandRun: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String

    /// Runs the command on a thread of its own and waits without holding a cooperative thread: an in-process sandbox
    /// the command talks to must still be served while it runs, even on a 2-core machine with other tests blocked.
    public static func run(_ executable: URL, _ arguments: [String], environment: [String: String] = [:]) async throws -> CommandRun {
        try await withCheckedThrowingContinuation { continuation in
            let thread = Thread {
                continuation.resume(with: Result { try blocking(executable, arguments, environment: environment) })
            }
            thread.start()
        }
    }

    /// Runs `executable` with `arguments` and `environment` added to this process's, blocking until it ends.
    public static func blocking(_ executable: URL, _ arguments: [String], environment: [String: String] = [:]) throws -> CommandRun {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var merged = ProcessInfo.processInfo.environment
        for key in ["MINTED_BASE_URL", "MINTED_USERNAME", "MINTED_PASSWORD", "MINTED_CLIENT_ID", "MINTED_API_VERSION", "MINTED_LANGUAGE"] {
            merged.removeValue(forKey: key)
        }
        merged.merge(environment) { $1 }
        process.environment = merged
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("minted-run-\(UUID().uuidString).out")
        let err = out.appendingPathExtension("err")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: out)
            try? FileManager.default.removeItem(at: err)
        }
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return CommandRun(
            status: process.terminationStatus,
            stdout: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOf: err, encoding: .utf8)) ?? ""
        )
    }
}
