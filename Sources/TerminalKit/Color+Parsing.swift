extension Color {
    private static let basicNames = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    /// Parses a colour name ("red", "bright-red", "gray", "default"), "#rrggbb", or a palette index "0"–"255";
    /// nil when the text is none of these. Case and surrounding spaces are ignored.
    public init?(parsing text: String) {
        let name = text.trimmingSpaces().lowercased()
        if let color = Color.named(name) ?? Color.hex(name) ?? Color.index(name) {
            self = color
        } else {
            return nil
        }
    }

    private static func named(_ name: String) -> Color? {
        switch name {
        case "default": return .default
        case "gray", "grey": return .ansi(8)
        default: break
        }
        if let index = basicNames.firstIndex(of: name) {
            return .ansi(UInt8(index))
        }
        for prefix in ["bright-", "bright_", "bright"] where name.hasPrefix(prefix) {
            if let index = basicNames.firstIndex(of: String(name.dropFirst(prefix.count))) {
                return .ansi(UInt8(index + 8))
            }
        }
        return nil
    }

    private static func hex(_ text: String) -> Color? {
        guard text.hasPrefix("#") else { return nil }
        let digits = Array(text.utf8.dropFirst())
        guard digits.count == 6 else { return nil }
        var channels: [UInt8] = []
        for pair in stride(from: 0, to: 6, by: 2) {
            guard let high = hexValue(digits[pair]), let low = hexValue(digits[pair + 1]) else { return nil }
            channels.append(high << 4 | low)
        }
        return .rgb(channels[0], channels[1], channels[2])
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        default: nil
        }
    }

    private static func index(_ text: String) -> Color? {
        guard !text.isEmpty, text.utf8.count <= 3, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
              let value = UInt8(text) else { return nil }
        return .indexed(value)
    }
}

extension String {
    fileprivate func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
