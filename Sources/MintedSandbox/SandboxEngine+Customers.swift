import Foundation
import MintedAPI

/// Customers: Create, Update and Remove Customer (Get Customer is in `+Wallet`).
extension SandboxEngine {
    /// Creates a customer with an empty wallet. 422 per field: `external_id` 3–40 of `A-Za-z0-9-_` and not
    /// taken, `firstname` / `lastname` 3–40 characters, `phone` and `identity_number` present, `gender` M or F,
    /// `birthdate` a real `YYYY-MM-DD`, `email` with an `@`.
    public mutating func createCustomer(_ profile: CustomerProfile, now: Date) throws -> Customer {
        var errors = Self.profileErrors(profile, creating: true)
        if let id = profile.externalId, customers[id] != nil {
            errors["external_id", default: []].append(.externalIdTaken)
        }
        guard errors.isEmpty, let id = profile.externalId else { throw SandboxError.fields(errors) }
        var customer = Customer(externalId: id, accountType: "person")
        Self.apply(profile, to: &customer)
        customers[id] = CustomerAccount(customer: customer, wallet: [:])
        return customer
    }

    /// Changes the fields `profile` carries; 404 for an unknown customer, 422 as for create (the
    /// `external_id`, when sent, must be the customer's own).
    public mutating func updateCustomer(_ id: String, _ profile: CustomerProfile, now: Date) throws -> Customer {
        var account = try account(id)
        var errors = Self.profileErrors(profile, creating: false)
        if let sent = profile.externalId, sent != id {
            errors["external_id", default: []].append(.externalIdImmutable)
        }
        guard errors.isEmpty else { throw SandboxError.fields(errors) }
        Self.apply(profile, to: &account.customer)
        customers[id] = account
        return account.customer
    }

    /// Removes the customer: every later call naming them is a 404. Their open baskets are cancelled and
    /// their holdings go back to stock; their orders stay on record.
    public mutating func removeCustomer(_ id: String, now: Date) throws {
        let account = try account(id)
        for (sku, units) in account.wallet { stock[sku, default: 0] += units }
        for index in baskets.indices where baskets[index].customerId == id && baskets[index].state == .open {
            baskets[index].state = .replaced
        }
        webviewSessions = webviewSessions.filter { $0.value.customerId != id }
        customers[id] = nil
    }

    /// Copies the profile's present fields onto `customer` and recomputes `fullname`.
    static func apply(_ profile: CustomerProfile, to customer: inout Customer) {
        if let value = profile.firstname { customer.firstname = value }
        if let value = profile.middlename { customer.middlename = value }
        if let value = profile.lastname { customer.lastname = value }
        if let value = profile.email { customer.email = value }
        if let value = profile.phone { customer.phone = value }
        if let value = profile.gender { customer.gender = value }
        if let value = profile.identityNumber { customer.identityNumber = value }
        if let value = profile.birthdate { customer.birthdate = value }
        customer.fullname = [customer.firstname, customer.middlename, customer.lastname]
            .compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// Per-field messages for a profile; on create the required fields must be present.
    static func profileErrors(_ profile: CustomerProfile, creating: Bool) -> [String: [SandboxMessage]] {
        var errors: [String: [SandboxMessage]] = [:]
        func add(_ field: String, _ message: SandboxMessage) { errors[field, default: []].append(message) }
        func required(_ field: String, _ value: String?) -> String? {
            if let value, !value.trimmingCharacters(in: .whitespaces).isEmpty { return value }
            if creating || value != nil { add(field, .required(field)) }
            return nil
        }
        if let id = required("external_id", profile.externalId) {
            let allowed = id.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || $0 == "-" || $0 == "_") }
            if !(3...40).contains(id.count) || !allowed {
                add("external_id", .externalIdFormat)
            }
        }
        for (field, value) in [("firstname", profile.firstname), ("lastname", profile.lastname)] {
            if let name = required(field, value), !(3...40).contains(name.count) {
                add(field, .lengthBetween(field, 3, 40))
            }
        }
        _ = required("phone", profile.phone)
        _ = required("identity_number", profile.identityNumber)
        if let gender = profile.gender, !["M", "F"].contains(gender) { add("gender", .selectedInvalid("gender")) }
        if let email = profile.email, !(email.contains("@") && !email.hasPrefix("@") && !email.hasSuffix("@")) {
            add("email", .invalidEmail("email"))
        }
        if let birthdate = profile.birthdate, birthdate.count != 10 || day(birthdate, end: false) == nil {
            add("birthdate", .dateFormat("birthdate"))
        }
        return errors
    }
}
