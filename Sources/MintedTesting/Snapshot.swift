import Foundation

/// Golden-file comparison for rendered screens; `RECORD_SNAPSHOTS=1` rewrites the files.
public enum Snapshot {
    /// Nil when `text` matches the golden file `name` in the `Snapshots` folder beside `file`, else a readable difference.
    public static func mismatch(_ text: String, named name: String, file: StaticString = #filePath) -> String? {
        let folder = URL(fileURLWithPath: "\(file)").deletingLastPathComponent().appendingPathComponent("Snapshots")
        let url = folder.appendingPathComponent(name + ".txt")
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try? Data((text + "\n").utf8).write(to: url)
            return nil
        }
        guard let golden = try? String(contentsOf: url, encoding: .utf8) else {
            return "no golden file \(url.path); run the tests with RECORD_SNAPSHOTS=1 to record it"
        }
        let expected = golden.hasSuffix("\n") ? String(golden.dropLast()) : golden
        guard expected != text else { return nil }
        let want = expected.components(separatedBy: "\n")
        let got = text.components(separatedBy: "\n")
        for row in 0..<max(want.count, got.count) {
            let a = row < want.count ? want[row] : "<none>"
            let b = row < got.count ? got[row] : "<none>"
            if a != b { return "\(name): row \(row) differs\n  expected: \(a)\n  actual:   \(b)" }
        }
        return "\(name): differs"
    }
}
