/// How much of a field's text a key erases before the cursor: a character (Backspace), a word (`Ctrl-W`), everything
/// (`Ctrl-U`), as in a shell; `forward` is Delete, the character after the cursor.
public enum TextErase: Sendable, Equatable {
    case character, word, field, forward

    /// `text` with this much taken off its end; a word is the trailing spaces and the non-spaces before them.
    public func applied(to text: String) -> String {
        switch self {
        case .character:
            return String(text.dropLast())
        case .forward:
            return text
        case .field:
            return ""
        case .word:
            let trimmed = text.reversed().drop(while: { $0 == " " })
            return String(trimmed.drop(while: { $0 != " " }).reversed())
        }
    }
}
