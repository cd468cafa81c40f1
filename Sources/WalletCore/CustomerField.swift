/// The fields of the customer form, in order, with the API's constraints.
public enum CustomerField: String, Sendable, CaseIterable, Equatable, Hashable {
    case externalId = "external_id"
    case firstname, lastname, email, phone
    case identityNumber = "identity_number"
    case birthdate, gender

    /// The form's label.
    public var label: String {
        switch self {
        case .externalId: "External id"
        case .firstname: "First name"
        case .lastname: "Last name"
        case .email: "Email"
        case .phone: "Phone"
        case .identityNumber: "Identity no."
        case .birthdate: "Birthdate"
        case .gender: "Gender"
        }
    }

    /// The API's body key, which is also the key of its 422 field messages.
    public var apiKey: String { rawValue }

    /// Required when creating: external id, first and last name, phone and identity number.
    public var isRequired: Bool { [.externalId, .firstname, .lastname, .phone, .identityNumber].contains(self) }

    /// The API's constraint, shown next to the field.
    public var constraint: String {
        switch self {
        case .externalId: "required · 3–40 A-Za-z0-9-_"
        case .firstname, .lastname: "required · 3–40 characters"
        case .email: "optional · name@host"
        case .phone: "required"
        case .identityNumber: "required"
        case .birthdate: "optional · YYYY-MM-DD"
        case .gender: "optional · M or F"
        }
    }

    /// The field a 422 message key names (`external_id`, `customer.firstname`, …), if any.
    public init?(apiKey: String) {
        let name = apiKey.split(separator: ".").last.map(String.init) ?? apiKey
        self.init(rawValue: name)
    }
}
