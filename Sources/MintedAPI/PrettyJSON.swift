/// Re-indents JSON text without parsing its numbers, so every digit of a price stays as the server sent it.
/// Text that is not JSON, or is cut short, comes back laid out as far as it goes.
public enum PrettyJSON {
    /// What a masked value shows.
    public static let mask = "•••"

    /// Keys whose string values are personal data, masked when asked (`--demo`, privacy) by `Exchange.masked`.
    public static let personalKeys: Set<String> = [
        "firstname", "middlename", "lastname", "fullname", "name_surname", "email", "phone", "identity_number", "birthdate",
        "tax_number", "tax_office", "company_name", "street", "address", "district", "county", "city", "zipcode", "iban",
        "external_id", "external_customer_id", "customer_external_id",
    ]

    /// `text` laid out two spaces an indent, one line a value.
    public static func lines(_ text: String) -> [String] {
        let trimmed = text.drop { $0.isWhitespace }
        guard let first = trimmed.first, first == "{" || first == "[" else {
            return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        }
        let tokens = tokenize(Substring(trimmed))
        var lines: [String] = []
        var line = ""
        var depth = 0
        func newLine() {
            lines.append(line)
            line = String(repeating: "  ", count: max(0, depth))
        }
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            let next = index + 1 < tokens.count ? tokens[index + 1] : nil
            switch token {
            case "{", "[":
                if let next, (token == "{" && next == "}") || (token == "[" && next == "]") {
                    line += token + next
                    index += 1
                } else {
                    line += token
                    depth += 1
                    newLine()
                }
            case "}", "]":
                depth -= 1
                let content = line.drop { $0 == " " }
                if content.isEmpty { line = String(repeating: "  ", count: max(0, depth)) } else { newLine() }
                line += token
            case ",":
                line += ","
                newLine()
            case ":":
                line += ": "
            default:
                line += token
            }
            index += 1
        }
        if !line.drop(while: { $0 == " " }).isEmpty { lines.append(line) }
        return lines
    }

    /// Splits into strings (quotes kept), punctuation and bare scalars; whitespace outside strings is dropped.
    static func tokenize(_ text: Substring) -> [String] {
        var tokens: [String] = []
        var current = ""
        var inString = false
        var escaped = false
        func flush() {
            if !current.isEmpty { tokens.append(current) }
            current = ""
        }
        for character in text {
            if inString {
                current.append(character)
                if escaped {
                    escaped = false
                } else if character == "\\" {
                    escaped = true
                } else if character == "\"" {
                    inString = false
                    flush()
                }
                continue
            }
            switch character {
            case "\"":
                flush()
                inString = true
                current.append(character)
            case "{", "}", "[", "]", ",", ":":
                flush()
                tokens.append(String(character))
            case _ where character.isWhitespace:
                flush()
            default:
                current.append(character)
            }
        }
        flush()
        return tokens
    }
}
