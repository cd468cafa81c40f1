/// Replaces the string value of chosen JSON keys (`"key": "value"`) in text that may not be whole JSON.
///
/// A byte scanner rather than `NSRegularExpression`: the regex engine is ICU's, and it ran for every exchange
/// recorded, keeping about 1 MB of ICU resident for the life of the process. It matches exactly what the pattern
/// `"(key|…)"\s*:\s*"(?:[^"\\]|\\.)*"` did: leftmost, non-overlapping, an unterminated value left alone.
public struct StringValueRedaction: Sendable {
    private let keys: [[UInt8]]

    public init<Keys: Sequence<String>>(keys: Keys) {
        self.keys = keys.map { Array($0.utf8) }.sorted { $0.count > $1.count }
    }

    /// `text` with each matched value replaced by `replacement`; the same string when nothing matched.
    public func apply(to text: String, replacement: String) -> String {
        var source = text
        return source.withUTF8 { bytes in
            var output: [UInt8] = []
            var copied = 0
            var index = 0
            let mask = Array(replacement.utf8)
            while index < bytes.count {
                guard bytes[index] == UInt8(ascii: "\""), let match = self.match(bytes, at: index) else {
                    index += 1
                    continue
                }
                if output.isEmpty { output.reserveCapacity(bytes.count) }
                output.append(contentsOf: bytes[copied..<match.valueStart])
                output.append(contentsOf: mask)
                output.append(UInt8(ascii: "\""))
                copied = match.end
                index = match.end
            }
            guard copied > 0 else { return text }
            output.append(contentsOf: bytes[copied...])
            return String(decoding: output, as: UTF8.self)
        }
    }

    /// At a `"`: where the value's text starts (after its opening quote) and where the match ends.
    private func match(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> (valueStart: Int, end: Int)? {
        for key in keys {
            var index = start + 1
            guard index + key.count < bytes.count, bytes[index..<index + key.count].elementsEqual(key),
                  bytes[index + key.count] == UInt8(ascii: "\"") else { continue }
            index += key.count + 1
            index = skipSpace(bytes, from: index)
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { continue }
            index = skipSpace(bytes, from: index + 1)
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { continue }
            let valueStart = index + 1
            index = valueStart
            while index < bytes.count {
                switch bytes[index] {
                case UInt8(ascii: "\""): return (valueStart, index + 1)
                case UInt8(ascii: "\\"): index += 2
                default: index += 1
                }
            }
            // Unterminated: a shorter key cannot match here either, since keys are whole quoted names.
            return nil
        }
        return nil
    }

    /// Past `\s*` as ICU reads it for ASCII text: space, tab, line feed, vertical tab, form feed, carriage return.
    private func skipSpace(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        while index < bytes.count, (9...13).contains(bytes[index]) || bytes[index] == 32 { index += 1 }
        return index
    }
}
