import ArgumentParser
import MintedAPI

struct APIBasket: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "basket", abstract: "Baskets: get, add, update, remove, clear.",
        subcommands: [Get.self, Add.self, Update.self, Remove.self, Clear.self]
    )

    struct Get: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Get Active Basket (null when none is open).")
        @OptionGroup var connection: APIOptions
        @Option var customer: String
        @Option(help: "buy, sell or delivery.") var type: BasketType = .buy
        func run() async throws { try await APIRun.run(connection, .activeBasket(customer: customer, type: type)) }
    }

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create Basket / Add Basket Item.")
        @OptionGroup var connection: APIOptions
        @Option var customer: String
        @Option var sku: String
        @Option(parsing: .unconditional, help: "Quantity; a negative one is sent as is, to see the host refuse it.") var qty: Int = 1
        @Option(help: "buy, sell or delivery.") var type: BasketType = .buy
        @Option(help: "An open basket's cart token; without it a new basket is opened.") var cart: String?
        func run() async throws {
            try await APIRun.run(connection, .addItem(customer: customer, sku: sku, qty: qty, type: type, cartToken: cart))
        }
    }

    struct Update: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Update Basket Item (absolute quantity).")
        @OptionGroup var connection: APIOptions
        @Option var customer: String
        @Option var cart: String
        @Option var sku: String
        @Option(parsing: .unconditional, help: "Absolute quantity; a negative one is sent as is, to see the host refuse it.") var qty: Int
        func run() async throws {
            try await APIRun.run(connection, .updateItem(customer: customer, cartToken: cart, sku: sku, qty: qty))
        }
    }

    struct Remove: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Delete Basket Item.")
        @OptionGroup var connection: APIOptions
        @Option var customer: String
        @Option var cart: String
        @Option var sku: String
        func run() async throws {
            try await APIRun.run(connection, .removeItem(customer: customer, cartToken: cart, sku: sku))
        }
    }

    struct Clear: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Clear Basket.")
        @OptionGroup var connection: APIOptions
        @Option var customer: String
        @Option var cart: String
        func run() async throws {
            try await APIRun.run(connection, .clearBasket(customer: customer, cartToken: cart))
        }
    }
}

struct APIComplete: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "complete", abstract: "Complete Buy / Sell / Delivery.")
    @OptionGroup var connection: APIOptions
    @Argument(help: "buy, sell or delivery.") var type: BasketType
    @Option var customer: String
    @Option var cart: String
    @Option(help: "Delivery: recipient's full name.") var fullname: String?
    @Option(help: "Delivery: phone.") var phone: String?
    @Option(help: "Delivery: city.") var city: String?
    @Option(help: "Delivery: county.") var county: String?
    @Option(help: "Delivery: district.") var district: String?
    @Option(help: "Delivery: street.") var street: String?
    @Option(help: "Delivery: zip code.") var zipcode: String?
    @Option(help: "Delivery: address line.") var address: String?

    func run() async throws {
        var shipping: Address?
        if [fullname, phone, city, county, district, street, zipcode, address].contains(where: { $0 != nil }) {
            shipping = Address(fullname: fullname, phone: phone, city: city, county: county, district: district,
                               street: street, zipcode: zipcode, address: address)
        }
        try await APIRun.run(connection, .complete(type, customer: customer, cartToken: cart, shippingAddress: shipping))
    }
}

struct APICustomer: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "customer", abstract: "Customers: get, create, update, remove.",
        subcommands: [Get.self, Create.self, Update.self, Remove.self]
    )

    struct Profile: ParsableArguments {
        @Option var firstname: String?
        @Option var middlename: String?
        @Option var lastname: String?
        @Option var email: String?
        @Option var phone: String?
        @Option(help: "M or F.") var gender: String?
        @Option var identityNumber: String?
        @Option(help: "YYYY-MM-DD.") var birthdate: String?

        func profile(externalId: String?) -> CustomerProfile {
            CustomerProfile(externalId: externalId, firstname: firstname, middlename: middlename, lastname: lastname, email: email,
                            phone: phone, gender: gender, identityNumber: identityNumber, birthdate: birthdate)
        }
    }

    struct Get: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Get Customer.")
        @OptionGroup var connection: APIOptions
        @Argument(help: "The customer's external id.") var id: String
        func run() async throws { try await APIRun.run(connection, .customer(id)) }
    }

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create Customer.")
        @OptionGroup var connection: APIOptions
        @Option(help: "3–40 of A-Z a-z 0-9 - _.") var externalId: String
        @OptionGroup var fields: Profile
        func run() async throws { try await APIRun.run(connection, .createCustomer(fields.profile(externalId: externalId))) }
    }

    struct Update: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Update Customer.")
        @OptionGroup var connection: APIOptions
        @Argument(help: "The customer's external id.") var id: String
        @OptionGroup var fields: Profile
        func run() async throws { try await APIRun.run(connection, .updateCustomer(id, fields.profile(externalId: nil))) }
    }

    struct Remove: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove Customer Id.")
        @OptionGroup var connection: APIOptions
        @Argument(help: "The customer's external id.") var id: String
        func run() async throws { try await APIRun.run(connection, .removeCustomer(id)) }
    }
}

struct APIWebview: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "webview", abstract: "Embedded Webview: token, basket, complete (bearer token).",
        subcommands: [Token.self, Basket.self, Complete.self]
    )

    struct Token: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create Token for a customer (Digest).")
        @OptionGroup var connection: APIOptions
        @Option var customer: String
        func run() async throws { try await APIRun.run(connection, .webviewToken(customer: customer)) }
    }

    struct Basket: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Get Active Basket with the bearer token.")
        @OptionGroup var connection: APIOptions
        @Option(help: "The webview token.") var token: String
        func run() async throws { try await APIRun.run(connection, .webviewBasket(token: token)) }
    }

    struct Complete: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Complete with the bearer token.")
        @OptionGroup var connection: APIOptions
        @Option(help: "The webview token.") var token: String
        @Option var cart: String
        func run() async throws { try await APIRun.run(connection, .webviewComplete(token: token, cartToken: cart)) }
    }
}

extension BasketType: ExpressibleByArgument {}
