import Foundation
import MintedAPI

/// The create / edit customer form: values, the field being typed in, and each field's problem.
public struct CustomerForm: Sendable, Equatable {
    public enum Purpose: Sendable, Equatable {
        /// Create Customer (`POST`).
        case create
        /// Update Customer (`PATCH`) of this external id; the id itself cannot change.
        case edit(String)
    }

    public var purpose: Purpose
    public var values: [CustomerField: String] = [:]
    /// The values the form opened with; an edit sends only what changed.
    public var original: [CustomerField: String] = [:]
    public var focus: CustomerField
    /// The cursor in the focused field, in characters from its end (0: after the last).
    public var caret = 0
    /// Problems found by the last submit or the API's 422, by field.
    public var problems: [CustomerField: String] = [:]
    /// True while the customer being edited is read from the API.
    public var loading = false
    /// True from the submit until its answer.
    public var saving = false

    /// An empty create form, or an edit form filled from `customer`.
    public init(purpose: Purpose, customer: Customer? = nil) {
        self.purpose = purpose
        focus = purpose == .create ? .externalId : .firstname
        if case .edit(let id) = purpose { values[.externalId] = id }
        if let customer { fill(from: customer) }
    }

    /// Replaces the values with the customer's, and remembers them as the original.
    public mutating func fill(from customer: Customer) {
        values = [
            .externalId: customer.externalId, .firstname: customer.firstname ?? "", .lastname: customer.lastname ?? "",
            .email: customer.email ?? "", .phone: customer.phone ?? "", .identityNumber: customer.identityNumber ?? "",
            .birthdate: customer.birthdate ?? "", .gender: customer.gender ?? "",
        ]
        original = values
        loading = false
    }

    /// The fields the cursor visits: an edit cannot change the external id.
    public var editableFields: [CustomerField] {
        purpose == .create ? CustomerField.allCases : CustomerField.allCases.filter { $0 != .externalId }
    }

    /// The text of `field`.
    public subscript(_ field: CustomerField) -> String {
        get { values[field] ?? "" }
        set { values[field] = newValue }
    }

    /// Missing required fields (create only; an edit leaves blanks unchanged). The formats are the API's to judge, so
    /// its own 422 messages land next to the fields.
    public func validated() -> [CustomerField: String] {
        guard purpose == .create else { return [:] }
        var problems: [CustomerField: String] = [:]
        for field in CustomerField.allCases where field.isRequired && self[field].trimmingCharacters(in: .whitespaces).isEmpty {
            problems[field] = "\(field.label) is required"
        }
        return problems
    }

    /// The body to send: every filled field for a create; for an edit only the fields that changed (blanks left out).
    public var profile: CustomerProfile {
        func value(_ field: CustomerField) -> String? {
            let text = self[field].trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { return nil }
            if case .edit = purpose, field == .externalId || text == (original[field] ?? "").trimmingCharacters(in: .whitespaces) { return nil }
            return text
        }
        return CustomerProfile(externalId: value(.externalId), firstname: value(.firstname), lastname: value(.lastname),
                               email: value(.email), phone: value(.phone), gender: value(.gender),
                               identityNumber: value(.identityNumber), birthdate: value(.birthdate))
    }

    /// True when an edit would send nothing.
    public var isUnchanged: Bool { profile == CustomerProfile() }

    /// Puts the API's 422 field messages next to their fields; messages for unknown keys go to `unplaced`.
    public mutating func place(_ fields: [String: [String]]) -> [String] {
        var unplaced: [String] = []
        for key in fields.keys.sorted() {
            let message = fields[key]?.first ?? "invalid"
            if let field = CustomerField(apiKey: key) { problems[field] = message } else { unplaced.append("\(key): \(message)") }
        }
        if let first = editableFields.first(where: { problems[$0] != nil }) { focus = first }
        return unplaced
    }

    /// Types a character at the cursor in the focused field (at most 80).
    public mutating func type(_ character: Character) {
        guard !loading, !saving, self[focus].count < 80, !character.isNewline else { return }
        self[focus] = CaretText.inserting(character, into: self[focus], caret: caret)
        problems[focus] = nil
    }

    /// Moves the cursor within the focused field.
    public mutating func moveCaret(_ move: CaretMove) {
        caret = move.applied(to: caret, count: self[focus].count)
    }

    /// Removes the focused field's last character (or word, or all of it).
    public mutating func deleteBackward(_ erase: TextErase = .character) {
        guard !loading, !saving else { return }
        (self[focus], caret) = CaretText.erasing(erase, in: self[focus], caret: caret)
        problems[focus] = nil
    }

    /// Moves to the next (`by: 1`) or previous (`by: -1`) editable field, wrapping around.
    public mutating func moveFocus(by delta: Int) {
        let fields = editableFields
        let index = fields.firstIndex(of: focus) ?? 0
        focus = fields[((index + delta) % fields.count + fields.count) % fields.count]
        caret = 0
    }
}
