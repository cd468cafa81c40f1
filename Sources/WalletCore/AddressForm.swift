import Foundation
import MintedAPI

/// The delivery address form: values, the field being typed in, and each field's problem after a submit.
public struct AddressForm: Sendable, Equatable {
    public var values: [AddressField: String]
    public var focus: AddressField = .fullname
    /// The cursor in the focused field, in characters from its end (0: after the last).
    public var caret = 0
    /// Problems found by the last submit (or the API's 422), by field.
    public var problems: [AddressField: String] = [:]

    /// A form filled from `address` (the customer's last one), or empty.
    public init(address: Address? = nil) {
        values = [
            .fullname: address?.fullname ?? "", .phone: address?.phone ?? "", .city: address?.city ?? "",
            .district: address?.district ?? "", .address: address?.address ?? "", .zipcode: address?.zipcode ?? "",
        ]
    }

    /// The text of `field`.
    public subscript(_ field: AddressField) -> String {
        get { values[field] ?? "" }
        set { values[field] = newValue }
    }

    /// Every field's problem; empty when the form can be sent.
    public func validated() -> [AddressField: String] {
        var problems: [AddressField: String] = [:]
        for field in AddressField.allCases {
            if let problem = field.problem(with: self[field]) { problems[field] = problem }
        }
        return problems
    }

    /// The form as the API's address, blanks left out.
    public var address: Address {
        func value(_ field: AddressField) -> String? {
            let text = self[field].trimmingCharacters(in: .whitespaces)
            return text.isEmpty ? nil : text
        }
        return Address(fullname: value(.fullname), phone: value(.phone), city: value(.city), district: value(.district),
                       zipcode: value(.zipcode), address: value(.address))
    }

    /// Types a character at the cursor in the focused field (at most 120).
    public mutating func type(_ character: Character) {
        guard self[focus].count < 120, !character.isNewline else { return }
        self[focus] = CaretText.inserting(character, into: self[focus], caret: caret)
        problems[focus] = nil
    }

    /// Moves the cursor within the focused field.
    public mutating func moveCaret(_ move: CaretMove) {
        caret = move.applied(to: caret, count: self[focus].count)
    }

    /// Removes the focused field's last character (or word, or all of it).
    public mutating func deleteBackward(_ erase: TextErase = .character) {
        (self[focus], caret) = CaretText.erasing(erase, in: self[focus], caret: caret)
        problems[focus] = nil
    }

    /// Moves to the next (`by: 1`) or previous (`by: -1`) field, wrapping around.
    public mutating func moveFocus(by delta: Int) {
        let fields = AddressField.allCases
        let index = fields.firstIndex(of: focus) ?? 0
        focus = fields[((index + delta) % fields.count + fields.count) % fields.count]
        caret = 0
    }
}
