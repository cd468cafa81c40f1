import Foundation

/// The asciicast v2 format (asciinema's): a JSON header line, then one JSON array per event — `[seconds, "o", text]`
/// for output, `[seconds, "r", "WxH"]` for a resize.
public enum Asciicast {
    /// The header line for a terminal of `size`, started at `timestamp` (Unix seconds).
    public static func header(size: Size, timestamp: Int, title: String) -> String {
        let header: [String: Any] = [
            "version": 2, "width": max(1, size.width), "height": max(1, size.height), "timestamp": timestamp, "title": title,
            "env": ["TERM": "xterm-256color", "SHELL": "/bin/sh"],
        ]
        return line(header)
    }

    /// An output event: `text` written `seconds` after the start.
    public static func output(_ text: String, at seconds: Double) -> String {
        line([rounded(seconds), "o", text])
    }

    /// A resize event.
    public static func resize(to size: Size, at seconds: Double) -> String {
        line([rounded(seconds), "r", "\(size.width)x\(size.height)"])
    }

    /// Microsecond precision, as asciinema writes it; a negative or non-finite time is 0.
    static func rounded(_ seconds: Double) -> Double {
        guard seconds.isFinite, seconds > 0 else { return 0 }
        return (seconds * 1_000_000).rounded() / 1_000_000
    }

    static func line(_ object: Any) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]) else {
            return "[]\n"
        }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
