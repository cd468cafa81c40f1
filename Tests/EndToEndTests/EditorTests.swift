import Foundation
import MintedTesting
import Testing

/// `e` in an exchange's detail on the real binary in tmux: the body opens in `$EDITOR` (a script here) with curses
/// suspended, the edit is sent, and the screen comes back whole.
@Suite(.serialized)
struct EditorTests {
    @Test func editABasketBodyInTheEditorAndSeeTheServersAnswer() async throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("minted-editor-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let seen = scratch.appendingPathComponent("seen.json")
        let editor = scratch.appendingPathComponent("editor.sh")
        // The editor keeps what it was given, then asks for a quantity the server refuses.
        try """
        #!/bin/sh
        cp "$1" '\(seen.path)'
        sed -i 's/"qty" *: *1/"qty": -3/' "$1"
        """.write(to: editor, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: editor.path)

        let run = try MintedRun(environment: "VISUAL= EDITOR='\(editor.path)'")
        await run.session.waitFor { $0.contains("MNTBAE0001") && MintedRun.goldGrams($0) != nil }
        try run.session.send("a")
        await run.session.waitFor { $0.contains("Quantity") }
        try run.session.send("Enter")
        await run.session.waitFor { MintedRun.countdown($0) != nil }

        try run.session.send("i")
        await run.session.waitFor { $0.contains("HTTP inspector ·") }
        try run.session.send("/")
        try run.session.send("-l", "post basket")
        try run.session.send("Enter")
        await run.session.waitFor { $0.contains("/ post basket") && $0.contains("/partner/walletable/basket") }
        try run.session.send("Enter")
        let detail = await run.session.waitFor { $0.contains("── request headers") }
        #expect(detail.contains("POST 200 · /partner/walletable/basket"), "the add-item exchange is open:\n\(detail)")

        try run.session.send("e")
        let answered = await run.session.waitFor { $0.contains(": 422 ") && $0.contains("re-send of #") }
        #expect(answered.contains(": 422 "), "the footer gives the server's answer to the edit:\n\(answered)")
        let given = try String(contentsOf: seen, encoding: .utf8)
        #expect(given.contains("\"qty\": 1") && given.contains("MNTBAE0001"), "the editor got the body, pretty:\n\(given)")
        #expect(answered.contains("── request headers") && answered.contains(" MINTED "), "the screen is drawn again after the editor:\n\(answered)")

        // The edit is a new row, at the top of the filtered list, with the 422 the server gave.
        try run.session.send("Escape")
        let list = await run.session.waitFor { !$0.contains("── request headers") && $0.contains("422") }
        #expect(list.contains("422"), "the edited request is listed with its status:\n\(list)")
        try run.session.send("Escape")
        await run.session.waitFor { !$0.contains("HTTP inspector ·") }
        try run.session.send("q")
        #expect(try await run.ended().code == "0")
    }
}
