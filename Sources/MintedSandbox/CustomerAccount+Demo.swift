import MintedAPI

/// The customer every sandbox starts with: seed 004's Brant Ankunding.
extension CustomerAccount {
    /// Brant Ankunding, holding 12 × MNTBAE0001 (12 g gold) and 1 × MNTBAS0100 (100 g silver).
    static let demo = CustomerAccount(
        customer: Customer(
            externalId: SandboxEngine.demoCustomerId, firstname: "Brant", middlename: "", lastname: "Ankunding",
            fullname: "Brant Ankunding", email: "brant@example.com", phone: "+905111111111", gender: "M",
            identityNumber: "12345678910", birthdate: "1970-01-31", accountType: "person"
        ),
        wallet: [CatalogProduct.goldBar1g.sku: 12, CatalogProduct.silverBar100g.sku: 1]
    )
}
