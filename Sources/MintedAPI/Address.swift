/// A shipping or billing address, as seed 000's `shippingaddress` / `billingaddress`.
public struct Address: Codable, Sendable, Equatable {
    public var id: Int?
    public var type: String?
    public var invoiceType: String?
    public var companyName: String?
    public var taxOffice: String?
    public var taxNumber: String?
    public var externalId: String?
    public var fullname: String?
    public var phone: String?
    public var email: String?
    public var city: String?
    public var county: String?
    public var district: String?
    public var street: String?
    public var zipcode: String?
    public var address: String?

    public init(fullname: String? = nil, phone: String? = nil, city: String? = nil, county: String? = nil,
                district: String? = nil, street: String? = nil, zipcode: String? = nil, address: String? = nil) {
        self.fullname = fullname
        self.phone = phone
        self.city = city
        self.county = county
        self.district = district
        self.street = street
        self.zipcode = zipcode
        self.address = address
    }

    enum CodingKeys: String, CodingKey {
        case id, type, invoiceType = "invoice_type", companyName = "company_name", taxOffice = "tax_office"
        case taxNumber = "tax_number", externalId = "external_id", fullname, phone, email, city, county, district
        case street, zipcode, address
    }
}

extension Address {
    /// The address on one line, as a receipt shows it: name, phone, then street to city; empty parts left out.
    public var oneLine: String {
        [fullname, phone, address, street, district, county, zipcode, city]
            .compactMap { $0?.isEmpty == false ? $0 : nil }.joined(separator: ", ")
    }
}
