import CNCursesW
import TerminalKit

extension Attributes {
    /// The same attributes as curses `A_*` bits.
    var cursesAttributes: attr_t {
        var bits: attr_t = 0
        if contains(.bold) { bits |= minted_a_bold() }
        if contains(.dim) { bits |= minted_a_dim() }
        if contains(.reverse) { bits |= minted_a_reverse() }
        if contains(.underline) { bits |= minted_a_underline() }
        if contains(.italic) { bits |= minted_a_italic() }
        return bits
    }
}
