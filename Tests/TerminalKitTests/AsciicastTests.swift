import Foundation
import MintedTesting
import Testing
import TerminalKit

/// `--record`: what the screen showed, as an asciicast v2 file that plays back to the same screen.
struct AsciicastTests {
    /// Plays the output events of a recording onto a grid of `size`, understanding what `Screen.ansi` writes (cursor
    /// moves, SGR, clear): the text a player such as asciinema shows at the end.
    static func play(_ events: [String], size: Size) -> [String] {
        var grid = Array(repeating: Array(repeating: " ", count: size.width), count: size.height)
        var x = 0, y = 0
        for output in events {
            var characters = Substring(output)
            while let first = characters.first {
                characters = characters.dropFirst()
                if first == "\u{1B}", characters.first == "[" {
                    characters = characters.dropFirst()
                    let parameters = characters.prefix { !$0.isLetter }
                    characters = characters.dropFirst(parameters.count)
                    let command = characters.first
                    characters = characters.dropFirst()
                    switch command {
                    case "H":
                        let numbers = parameters.split(separator: ";").compactMap { Int($0) }
                        y = (numbers.first ?? 1) - 1
                        x = (numbers.dropFirst().first ?? 1) - 1
                    case "J":
                        grid = Array(repeating: Array(repeating: " ", count: size.width), count: size.height)
                    default:
                        break  // SGR: colours do not change the text
                    }
                    continue
                }
                if y < size.height, x < size.width { grid[y][x] = String(first) }
                let width = TextWidth.width(of: first)
                if width == 2, y < size.height, x + 1 < size.width { grid[y][x + 1] = "" }
                x += width
            }
        }
        return grid.map { row in
            var line = row.joined()
            while line.hasSuffix(" ") { line.removeLast() }  // as `Screen.row` reads a row
            return line
        }
    }

    static func screen(_ size: Size, _ lines: [(String, Style)]) -> Screen {
        var screen = Screen(size: size)
        for (index, line) in lines.enumerated() { screen.put(line.0, at: Point(x: 1, y: index), style: line.1) }
        return screen
    }

    @Test func theRecordingPlaysBackToTheScreensShownWithTimingAndResizes() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("minted-\(UUID().uuidString).cast")
        defer { try? FileManager.default.removeItem(at: url) }
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        let base = TestTerminal(size: Size(width: 30, height: 4))
        let recorder = RecordingTerminal(base, file: try FileHandle(forWritingTo: url))
        let gold = Style(foreground: .rgb(212, 175, 55), attributes: [.bold])
        let first = Self.screen(Size(width: 30, height: 4), [("Products", gold), ("Gold 1 g  592.34 AED", .plain)])
        recorder.draw(first)
        let second = Self.screen(Size(width: 30, height: 4), [("Products", gold), ("Gold 1 g  601.10 AED ▲", .plain), ("金 wide", .plain)])
        recorder.draw(second)
        recorder.draw(second)  // nothing changed: no event
        let wider = Self.screen(Size(width: 40, height: 5), [("Basket · lock 03:21", Style(foreground: .ansi(11), background: .indexed(236)))])
        recorder.draw(wider)
        recorder.restore()
        #expect(base.frames == [first, second, second, wider], "every screen is shown through the terminal recorded")
        #expect(base.restored)

        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init)
        let header = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(header["version"] as? Int == 2)
        #expect(header["width"] as? Int == 30 && header["height"] as? Int == 4)
        #expect(header["timestamp"] as? Int ?? 0 > 1_700_000_000)
        let events = try lines.dropFirst().map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [Any]) }
        #expect(events.map { $0[1] as? String } == ["o", "o", "r", "o"], "one output per changed screen, a resize before the wider one")
        let times = events.compactMap { $0[0] as? Double }
        #expect(times.count == 4 && times == times.sorted() && times.allSatisfy { $0 >= 0 })
        #expect(events[2][2] as? String == "40x5")

        let outputs = events.filter { $0[1] as? String == "o" }.compactMap { $0[2] as? String }
        #expect(Self.play(Array(outputs.prefix(2)), size: Size(width: 30, height: 4)) == (0..<4).map(second.row),
                "the first two events play back to the second screen (the second only as a diff)")
        #expect(!outputs[1].contains("Products"), "an unchanged row is not written again")
        #expect(Self.play(outputs, size: Size(width: 40, height: 5)) == (0..<5).map(wider.row))
        #expect(outputs[0].contains("\u{1B}[0;1;38;2;212;175;55m"), "colours and attributes are kept: \(outputs[0].debugDescription)")
        #expect(outputs[2].contains("\u{1B}[0;93;48;5;236m"))
    }

    /// A full disk (`/dev/full`: every write fails with ENOSPC) stops the recording, never the screen.
    @Test func aWriteThatFailsStopsTheRecordingNotTheScreen() throws {
        let base = TestTerminal(size: Size(width: 10, height: 2))
        let recorder = RecordingTerminal(base, file: try #require(FileHandle(forWritingAtPath: "/dev/full")))
        let screen = Self.screen(Size(width: 10, height: 2), [("hi", .plain)])
        recorder.draw(screen)
        recorder.draw(Self.screen(Size(width: 10, height: 2), [("there", .plain)]))
        #expect(base.frames.count == 2, "the screen goes on")
        recorder.restore()
    }
}
