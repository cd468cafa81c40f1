/// A partner's customer, as the API returns it inside baskets and from Get Customer.
public struct Customer: Codable, Sendable, Equatable {
    public var externalId: String
    public var firstname: String?
    public var middlename: String?
    public var lastname: String?
    public var fullname: String?
    public var email: String?
    public var phone: String?
    public var gender: String?
    public var identityNumber: String?
    public var taxOffice: String?
    public var birthdate: String?
    public var accountType: String?

    public init(externalId: String, firstname: String? = nil, middlename: String? = nil, lastname: String? = nil,
                fullname: String? = nil, email: String? = nil, phone: String? = nil, gender: String? = nil,
                identityNumber: String? = nil, taxOffice: String? = nil, birthdate: String? = nil, accountType: String? = nil) {
        self.externalId = externalId
        self.firstname = firstname
        self.middlename = middlename
        self.lastname = lastname
        self.fullname = fullname
        self.email = email
        self.phone = phone
        self.gender = gender
        self.identityNumber = identityNumber
        self.taxOffice = taxOffice
        self.birthdate = birthdate
        self.accountType = accountType
    }

    /// The name to show: `fullname`, else first and last name, else the id.
    public var displayName: String {
        if let fullname, !fullname.isEmpty { return fullname }
        let joined = [firstname, lastname].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
        return joined.isEmpty ? externalId : joined
    }

    /// Encodes as the vendor does: `tax_office` is an explicit null when unset (seed 004); other absent fields are omitted.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(externalId, forKey: .externalId)
        try c.encodeIfPresent(firstname, forKey: .firstname)
        try c.encodeIfPresent(middlename, forKey: .middlename)
        try c.encodeIfPresent(lastname, forKey: .lastname)
        try c.encodeIfPresent(fullname, forKey: .fullname)
        try c.encodeIfPresent(email, forKey: .email)
        try c.encodeIfPresent(phone, forKey: .phone)
        try c.encodeIfPresent(gender, forKey: .gender)
        try c.encodeIfPresent(identityNumber, forKey: .identityNumber)
        try c.encode(taxOffice, forKey: .taxOffice)
        try c.encodeIfPresent(birthdate, forKey: .birthdate)
        try c.encodeIfPresent(accountType, forKey: .accountType)
    }

    enum CodingKeys: String, CodingKey {
        case externalId = "external_id", firstname, middlename, lastname, fullname, email, phone, gender
        case identityNumber = "identity_number", taxOffice = "tax_office", birthdate, accountType = "account_type"
    }
}
