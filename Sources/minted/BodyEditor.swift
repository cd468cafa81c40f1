import CursesTerminal
import Foundation
import Synchronization
import WalletCore

/// `e` in the inspector: a request body in the person's editor (`$VISUAL`, `$EDITOR`, else `vi`), with the screen
/// given back while it runs; the saved text comes back.
enum BodyEditor {
    static func edit(_ text: String, on terminal: CursesTerminal) async -> Result<String, EditFailure> {
        let environment = ProcessInfo.processInfo.environment
        let editor = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty } ?? "vi"
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("minted-body-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: url) }
        let fd = open(url.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return .failure(EditFailure("cannot write \(url.path): \(String(cString: strerror(errno)))")) }
        let written = text.utf8CString.withUnsafeBufferPointer { write(fd, $0.baseAddress, $0.count - 1) }
        close(fd)
        guard written >= 0 else { return .failure(EditFailure("cannot write \(url.path)")) }
        let status = Mutex<Int32?>(nil)
        await terminal.suspend {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            // The editor variable may carry arguments (`code --wait`), as git reads it.
            process.arguments = ["-c", editor + " \"$1\"", "minted-editor", url.path]
            do {
                try process.run()
                process.waitUntilExit()
                status.withLock { $0 = process.terminationStatus }
            } catch {
                status.withLock { $0 = -1 }
            }
        }
        guard let code = status.withLock({ $0 }) else { return .failure(EditFailure("the terminal is closing")) }
        guard code == 0 else { return .failure(EditFailure("\(editor) exited with status \(code); nothing sent")) }
        guard let edited = try? String(contentsOf: url, encoding: .utf8) else { return .failure(EditFailure("the edited body could not be read")) }
        return .success(edited)
    }
}
