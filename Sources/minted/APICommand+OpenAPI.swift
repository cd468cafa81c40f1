import ArgumentParser
import MintedAPI

/// `minted api openapi`: prints the OpenAPI 3.1 document of the API built into this binary; needs no host.
struct APIOpenAPI: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "openapi",
        abstract: "Print the OpenAPI 3.1 document of every walletable and webview endpoint (no host needed)."
    )

    func run() throws {
        print(OpenAPIDocument.json)
    }
}
