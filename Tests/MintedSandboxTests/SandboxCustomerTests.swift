import Foundation
import MintedAPI
import MintedSandbox
import Testing

/// Create, update, get and remove customers through the real client.
@Suite struct SandboxCustomerTests {
    private let profile = CustomerProfile(
        externalId: "cust-042", firstname: "Ayla", middlename: "", lastname: "Demir", email: "ayla@example.com",
        phone: "+905551112233", gender: "F", identityNumber: "10000000146", birthdate: "1990-05-17"
    )

    @Test func createUpdateGetRemove() async throws {
        try await SandboxFixtures.withSandbox { client, _ in
            let created = try await client.send(.createCustomer(profile))
            #expect(created.externalId == "cust-042" && created.fullname == "Ayla Demir" && created.accountType == "person")
            #expect(try await client.send(.customer("cust-042")) == created)
            #expect(try await client.send(.balance(customer: "cust-042")).isEmpty)

            let updated = try await client.send(.updateCustomer("cust-042", CustomerProfile(lastname: "Yıldız", email: "ayla@yildiz.example")))
            #expect(updated.fullname == "Ayla Yıldız" && updated.email == "ayla@yildiz.example" && updated.phone == "+905551112233")
            #expect(try await client.send(.customer("cust-042")).lastname == "Yıldız")

            try await client.send(.removeCustomer("cust-042"))
            await #expect(throws: APIError.notFound(message: "customer cust-042 not found")) { try await client.send(.customer("cust-042")) }
            await #expect(throws: APIError.self) { try await client.send(.balance(customer: "cust-042")) }
            await #expect(throws: APIError.notFound(message: "customer cust-042 not found")) { try await client.send(.removeCustomer("cust-042")) }
        }
    }

    @Test func aDuplicateExternalIdIsRefused() async throws {
        try await SandboxFixtures.withSandbox { client, _ in
            _ = try await client.send(.createCustomer(profile))
            await #expect(throws: APIError.validation(
                message: "The external id has already been taken.", fields: ["external_id": ["The external id has already been taken."]]
            )) { try await client.send(.createCustomer(profile)) }
            var demo = profile
            demo.externalId = SandboxEngine.demoCustomerId
            await #expect(throws: APIError.self) { try await client.send(.createCustomer(demo)) }
        }
    }

    @Test func everyProfileFieldIsValidated() async throws {
        try await SandboxFixtures.withSandbox { client, _ in
            let bad = CustomerProfile(externalId: "x!", firstname: "Al", lastname: nil, email: "nowhere", phone: nil, gender: "X",
                                      identityNumber: nil, birthdate: "1990-02-30")
            do {
                _ = try await client.send(.createCustomer(bad))
                Issue.record("an invalid profile was accepted")
            } catch let APIError.validation(_, fields) {
                #expect(Set(fields.keys) == ["external_id", "firstname", "lastname", "email", "phone", "gender", "identity_number", "birthdate"])
                #expect(fields["lastname"] == ["The lastname field is required."])
            }
            let wrongType = Endpoint(method: "POST", path: Endpoint.customerPath, body: Data(#"{"external_id": 12345, "firstname": ["A"]}"#.utf8))
            do {
                _ = try await client.send(.decoding(wrongType, as: Customer.self))
                Issue.record("a wrong-typed profile was accepted")
            } catch let APIError.validation(_, fields) {
                #expect(fields["external_id"] == ["The external_id field must be a string."])
                #expect(fields["firstname"] == ["The firstname field must be a string."])
            }
            await #expect(throws: APIError.notFound(message: "customer nobody not found")) {
                try await client.send(.updateCustomer("nobody", CustomerProfile(firstname: "Someone")))
            }
            _ = try await client.send(.createCustomer(profile))
            await #expect(throws: APIError.validation(
                message: "The external id cannot be changed.", fields: ["external_id": ["The external id cannot be changed."]]
            )) { try await client.send(.updateCustomer("cust-042", CustomerProfile(externalId: "cust-043"))) }
        }
    }

    @Test func aNewCustomerBuysIntoAnEmptyWallet() async throws {
        try await SandboxFixtures.withSandbox { client, _ in
            _ = try await client.send(.createCustomer(profile))
            let basket = try await client.send(.addItem(customer: "cust-042", sku: "MNTBAE0001", qty: 2, type: .buy, cartToken: nil))
            _ = try await client.send(.complete(.buy, customer: "cust-042", cartToken: basket.token))
            #expect(try await client.send(.balance(customer: "cust-042")).map(\.amount) == [2])
            // Another customer's basket is not theirs.
            await #expect(throws: APIError.self) {
                try await client.send(.updateItem(customer: SandboxEngine.demoCustomerId, cartToken: basket.token, sku: "MNTBAE0001", qty: 1))
            }
        }
    }
}
