import Foundation
import MintedAPI
import Testing

/// The byte scanner agrees with the regular expression it replaced, on crafted and on random text.
struct StringValueRedactionTests {
    static let keys = ["token", "access_token", "password", "first_name"]

    /// The pattern the scanner replaced, as it was.
    static func byRegex(_ text: String, keys: [String] = keys, replacement: String = "***") -> String {
        let pattern = try! NSRegularExpression(pattern: #""("# + keys.joined(separator: "|") + #")"(\s*):(\s*)"(?:[^"\\]|\\.)*""#)
        return pattern.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text),
                                                withTemplate: #""$1"$2:$3""# + replacement + #"""#)
    }

    @Test(arguments: [
        #"{"token": "abc", "other": "x"}"#,
        #"{"access_token":"a\"b\\","password" :  "p"}"#,
        #"{"token": 12, "token": null, "token": "late"}"#,
        #"{"token": "unterminated"#,
        #"["token", "token"]"#,
        "{\"first_name\":\n\t\"Ada\", \"name\": \"İpek ₺\", \"token\": \"ü\\u00e9\"}",
        #"no json at all "" "token" "token":"#,
        "",
    ])
    func crafted(_ text: String) {
        let scanner = StringValueRedaction(keys: Self.keys)
        #expect(scanner.apply(to: text, replacement: "***") == Self.byRegex(text))
    }

    @Test func randomTextAgreesWithTheRegex() {
        let pieces = ["\"", "token", "password", "first_name", "access_token", ":", " ", "\n", "\\", "\\\"", "x", "é", "{", "}", ",", "12", "₺"]
        var generator = SystemRandomNumberGenerator()
        let scanner = StringValueRedaction(keys: Self.keys)
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...40, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(scanner.apply(to: text, replacement: "•••") == Self.byRegex(text, replacement: "•••"), "\(text)")
        }
    }
}
