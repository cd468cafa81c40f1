import Foundation
import MintedAPI
import MintedTesting
import Testing

/// The OpenAPI document built into the binary: valid JSON, OpenAPI 3.1, every reference resolved, and every
/// example readable by the client's own types.
struct OpenAPIDocumentTests {
    static func document() throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(OpenAPIDocument.json.utf8)) as? [String: Any])
    }

    /// Every operation as (operationId, operation object).
    static func operations() throws -> [(id: String, operation: [String: Any])] {
        let paths = try #require(try document()["paths"] as? [String: [String: Any]])
        return paths.values.flatMap { item in
            item.values.compactMap { value -> (id: String, operation: [String: Any])? in
                guard let operation = value as? [String: Any], let id = operation["operationId"] as? String else { return nil }
                return (id, operation)
            }
        }
    }

    /// The `value`s of a media type's `examples`, as JSON bytes.
    static func examples(_ content: Any?) throws -> [Data] {
        guard let media = (content as? [String: Any])?["application/json"] as? [String: Any],
              let examples = media["examples"] as? [String: [String: Any]] else { return [] }
        return try examples.values.map { example in
            try JSONSerialization.data(withJSONObject: try #require(example["value"]))
        }
    }

    @Test func isJSONAndOpenAPI31() throws {
        let document = try Self.document()
        #expect((document["openapi"] as? String)?.hasPrefix("3.1") == true)
        #expect((document["paths"] as? [String: Any])?.count == 17)
        let schemes = try #require((document["components"] as? [String: Any])?["securitySchemes"] as? [String: [String: String]])
        #expect(schemes["digest"]?["scheme"] == "digest")
        #expect(schemes["bearer"]?["scheme"] == "bearer")
    }

    @Test func everyOperationHasAnIdSecurityAndItsErrors() throws {
        let operations = try Self.operations()
        #expect(operations.count == 22)
        #expect(Set(operations.map(\.id)).count == operations.count, "operationIds are unique")
        for (id, operation) in operations {
            let responses = try #require(operation["responses"] as? [String: Any], "\(id)")
            #expect(responses["200"] != nil, "\(id) documents its success")
            #expect(responses["401"] != nil, "\(id) documents 401")
            #expect(operation["security"] != nil, "\(id) names its security")
        }
    }

    @Test func everyReferenceResolves() throws {
        let document = try Self.document()
        var references: [String] = []
        func walk(_ value: Any) {
            if let object = value as? [String: Any] {
                if let reference = object["$ref"] as? String { references.append(reference) }
                object.values.forEach(walk)
            } else if let array = value as? [Any] {
                array.forEach(walk)
            }
        }
        walk(document)
        #expect(references.count > 50)
        for reference in Set(references) {
            let parts = reference.split(separator: "/").dropFirst().map(String.init)
            #expect(reference.hasPrefix("#/"), "\(reference)")
            var node: Any? = document
            for part in parts { node = (node as? [String: Any])?[part] }
            #expect(node != nil, "\(reference) resolves")
        }
    }

    @Test func everyExampleDecodesWithTheClientsTypes() throws {
        var decoded = 0
        for (id, operation) in try Self.operations() {
            let responses = operation["responses"] as? [String: [String: Any]] ?? [:]
            for example in try Self.examples(responses["200"]?["content"]) {
                let envelope = try JSONDecoder().decode(Envelope<Basket>.self, from: example)
                #expect(envelope.success, "\(id)")
                #expect(envelope.data != nil, "\(id)")
                decoded += 1
            }
            let body = (operation["requestBody"] as? [String: Any])?["content"]
            for example in try Self.examples(body) {
                switch id {
                case "addBasketItem": _ = try JSONDecoder().decode(BasketItemAddition.self, from: example)
                case "updateBasketItem": _ = try JSONDecoder().decode(BasketItemUpdate.self, from: example)
                case "createCustomer": _ = try JSONDecoder().decode(CustomerProfile.self, from: example)
                default: Issue.record("no client type for \(id)'s request example")
                }
                decoded += 1
            }
        }
        #expect(decoded == 5)
    }

    @Test func bothSeedsAreExamplesVerbatim() throws {
        var found: [String: Data] = [:]
        for (id, operation) in try Self.operations() {
            let responses = operation["responses"] as? [String: [String: Any]] ?? [:]
            if let example = try Self.examples(responses["200"]?["content"]).first { found[id] = example }
        }
        for (id, fixture) in [("updateBasketItem", "seed004-update-basket-item.json"), ("getWebviewBasket", "seed000-get-active-basket.json")] {
            let example = try #require(found[id], "\(id) has the seed as its example")
            let expected = try JSONSerialization.jsonObject(with: Fixture.data(fixture)) as? NSDictionary
            let actual = try JSONSerialization.jsonObject(with: example) as? NSDictionary
            #expect(actual == expected, "\(id) shows \(fixture) as it is")
        }
    }
}
