import CNCursesW
@testable import CursesTerminal
import MintedTesting
import TerminalKit
import Testing
import WalletCore
import WalletUI

/// The key decoding and the keymap fed every code curses could report, and random ones.
struct KeyTortureTests {
    @Test func everyCodeDecodesToAKeyAndTheKeymapNeverTraps() async {
        var generator = SeededGenerator(seed: 0xC0DE)
        var codes: [UInt32] = Array(0...0x3_0000)
        for _ in 0..<100_000 { codes.append(UInt32.random(in: 0...UInt32.max, using: &generator)) }
        var unknown = 0
        for (index, code) in codes.enumerated() {
            if index % 2_000 == 0 { await Task.yield() }
            let character = Key(cursesCharacter: wint_t(code))
            let special = Key(cursesKeyCode: Int32(bitPattern: code))
            if case .unknown = character { unknown += 1 }
            _ = Keymap.standard.action(for: character)
            _ = Keymap.standard.action(for: special)
            _ = character.label
            _ = special.label
        }
        #expect(unknown > 0, "surrogates and out-of-range values are unknown keys, not crashes")
        #expect(Key(cursesCharacter: 3) == .control("c"))
        #expect(Keymap.standard.action(for: Key(cursesCharacter: 3)) == .quitRequested)
    }
}
