/// Text made safe for XML reports (journeys' and conformance's JUnit): one escaping for every writer of XML.
public enum XMLText {
    /// Text content: markup escaped, line breaks and tabs kept, characters XML 1.0 forbids (and other controls) dropped.
    public static func text(_ value: String) -> String { escape(value, breaks: false) }

    /// An attribute value: as `text`, with quotes and line breaks and tabs as character references so parsers keep them.
    public static func attribute(_ value: String) -> String { escape(value, breaks: true) }

    private static func escape(_ value: String, breaks: Bool) -> String {
        var out = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where breaks: out += "&quot;"
            case "'" where breaks: out += "&apos;"
            case "\n", "\t", "\r":
                if breaks { out += "&#\(scalar.value);" } else { out.unicodeScalars.append(scalar) }
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    continue
                }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
