import CNCursesW
import TerminalKit

extension Key {
    /// The key for a code `wget_wch` reported with `KEY_CODE_YES`.
    init(cursesKeyCode code: Int32) {
        switch code {
        case KEY_UP: self = .up
        case KEY_DOWN: self = .down
        case KEY_LEFT: self = .left
        case KEY_RIGHT: self = .right
        case KEY_HOME: self = .home
        case KEY_END: self = .end
        case KEY_PPAGE: self = .pageUp
        case KEY_NPAGE: self = .pageDown
        case KEY_DC: self = .delete
        case KEY_BTAB: self = .backTab
        case KEY_ENTER: self = .enter
        case KEY_BACKSPACE: self = .backspace
        case (KEY_F0 + 1)...(KEY_F0 + 63): self = .function(Int(code - KEY_F0))
        default: self = .unknown(code)
        }
    }

    /// The key for a character `wget_wch` reported with `OK`.
    init(cursesCharacter value: wint_t) {
        switch value {
        case 13, 10: self = .enter
        case 9: self = .tab
        case 27: self = .escape
        case 127, 8: self = .backspace
        case 1...26: self = .control(Character(Unicode.Scalar(UInt8(value) + 0x60)))
        case 32...:
            if let scalar = Unicode.Scalar(UInt32(value)) {
                self = .character(Character(scalar))
            } else {
                self = .unknown(Int32(bitPattern: UInt32(value)))
            }
        default: self = .unknown(Int32(bitPattern: UInt32(value)))
        }
    }
}
