/// Where ← → Home End move the cursor in a form's field. The cursor is kept as characters from the field's end, so
/// that 0, the usual place, needs no bookkeeping when text is set from outside.
public enum CaretMove: Sendable, Equatable {
    case left, right, home, end

    /// The cursor after this move in a field of `count` characters, from `caret` (both counted from the end).
    public func applied(to caret: Int, count: Int) -> Int {
        let now = min(max(0, caret), count)
        switch self {
        case .left: return min(count, now + 1)
        case .right: return max(0, now - 1)
        case .home: return count
        case .end: return 0
        }
    }
}

/// A field's text edited at a cursor `caret` characters from its end.
public enum CaretText {
    /// `text` with `character` typed at the cursor.
    public static func inserting(_ character: Character, into text: String, caret: Int) -> String {
        let split = split(text, caret: caret)
        return split.before + String(character) + split.after
    }

    /// `text` with `erase` applied before the cursor (Delete: after it); the cursor keeps its distance from the end.
    public static func erasing(_ erase: TextErase, in text: String, caret: Int) -> (text: String, caret: Int) {
        let split = split(text, caret: caret)
        if erase == .forward {
            let after = String(split.after.dropFirst())
            return (split.before + after, after.count)
        }
        return (erase.applied(to: split.before) + split.after, split.after.count)
    }

    /// The text before and after the cursor.
    public static func split(_ text: String, caret: Int) -> (before: String, after: String) {
        let after = min(max(0, caret), text.count)
        return (String(text.dropLast(after)), String(text.suffix(after)))
    }
}
