/// The body of Create Customer and Update Customer.
public struct CustomerProfile: Codable, Sendable, Equatable {
    public var externalId: String?
    public var firstname: String?
    public var middlename: String?
    public var lastname: String?
    public var email: String?
    public var phone: String?
    /// `M` or `F`.
    public var gender: String?
    public var identityNumber: String?
    /// `YYYY-MM-DD`.
    public var birthdate: String?

    public init(externalId: String? = nil, firstname: String? = nil, middlename: String? = nil, lastname: String? = nil,
                email: String? = nil, phone: String? = nil, gender: String? = nil, identityNumber: String? = nil,
                birthdate: String? = nil) {
        self.externalId = externalId
        self.firstname = firstname
        self.middlename = middlename
        self.lastname = lastname
        self.email = email
        self.phone = phone
        self.gender = gender
        self.identityNumber = identityNumber
        self.birthdate = birthdate
    }

    enum CodingKeys: String, CodingKey {
        case externalId = "external_id", firstname, middlename, lastname, email, phone, gender
        case identityNumber = "identity_number", birthdate
    }
}
