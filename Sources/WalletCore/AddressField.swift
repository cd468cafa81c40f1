/// The fields of the delivery address form, in order.
public enum AddressField: String, Sendable, CaseIterable, Equatable, Hashable {
    case fullname, phone, city, district, address, zipcode

    /// The form's label.
    public var label: String {
        switch self {
        case .fullname: "Full name"
        case .phone: "Phone"
        case .city: "City"
        case .district: "District"
        case .address: "Address"
        case .zipcode: "Zip code"
        }
    }

    /// Required by the delivery: full name, phone, city and address.
    public var isRequired: Bool { [.fullname, .phone, .city, .address].contains(self) }

    /// The constraint shown next to the field.
    public var constraint: String {
        switch self {
        case .phone: "required · + and 10–15 digits"
        default: isRequired ? "required" : "optional"
        }
    }

    /// What is wrong with `value`, or nil when it is acceptable.
    public func problem(with value: String) -> String? {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { return isRequired ? "\(label) is required" : nil }
        if self == .phone {
            let digits = trimmed.dropFirst()
            guard trimmed.first == "+", (10...15).contains(digits.count), digits.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                return "phone must be + and 10–15 digits"
            }
        }
        return nil
    }
}
