/// The quantity modal's number field.
public struct QuantityEntry: Sendable, Equatable {
    /// The largest quantity the field takes.
    public static let maximum = 9_999

    public var sku: String
    public var productName: String
    /// The digits typed so far.
    public var text: String
    /// True until the first key: the first digit then replaces the suggested `1`.
    public var pristine: Bool

    public init(sku: String, productName: String, text: String = "1") {
        self.sku = sku
        self.productName = productName
        self.text = text
        pristine = true
    }

    /// The quantity typed, when it is a whole number from 1 to `maximum`.
    public var quantity: Int? {
        guard let value = Int(text), (1...Self.maximum).contains(value) else { return nil }
        return value
    }

    /// Takes a digit (others are ignored), at most four of them.
    public mutating func type(_ character: Character) {
        guard character.isASCII, character.isNumber else { return }
        if pristine { text = "" }
        pristine = false
        if text.count < 4 { text.append(character) }
    }

    /// Removes the last digit (or all of them: digits make one word).
    public mutating func deleteBackward(_ erase: TextErase = .character) {
        pristine = false
        text = erase.applied(to: text)
    }
}
