import Foundation
import MintedAPI
import MintedSandbox
import MintedTesting
import Testing

/// Proxies for real: a forward and CONNECT proxy on loopback that resolves every host to 127.0.0.1, so that
/// `minted.test` (never loopback, never resolvable) reaches the sandbox only through it.
@Suite struct ProxyTests {
    @Test func httpsProxyTunnelsTLSEndToEnd() async throws {
        let server = try await TLSSandbox.start()
        let proxy = try await TestProxy()
        let transport = HTTPClientTransport(environment: ["https_proxy": proxy.url], trustRoots: TrustRoots(file: server.caFile))
        let client = TLSSandbox.client(server.httpsURL(host: "minted.test"), transport: transport)
        let rates = try await client.send(.currencyRates())
        #expect(!rates.isEmpty)
        #expect(await client.log.all.map(\.status) == [401, 200])
        let records = proxy.records
        #expect(!records.isEmpty)
        #expect(records.allSatisfy { $0.method == "CONNECT" && $0.target == "minted.test:\(server.front.port)" },
                "only a tunnel: the proxy never saw a request in the clear: \(records)")
        proxy.stop()
        await server.stop()
    }

    @Test func httpProxyCarriesPlainHTTP() async throws {
        let server = try await TLSSandbox.start()
        let proxy = try await TestProxy()
        let transport = HTTPClientTransport(environment: ["http_proxy": proxy.url, "https_proxy": "http://127.0.0.1:9"])
        let client = TLSSandbox.client(server.httpURL(host: "minted.test"), transport: transport)
        #expect(try await client.send(.currencyRates()).isEmpty == false)
        // AsyncHTTPClient tunnels plain http through CONNECT as well; https_proxy (a dead port) was not used.
        #expect(!proxy.records.isEmpty)
        #expect(proxy.records.allSatisfy { $0.method == "CONNECT" && $0.target == "minted.test:\(server.plainURL.port ?? 0)" },
                "\(proxy.records)")
        proxy.stop()
        await server.stop()
    }

    @Test func theTestProxyAlsoForwardsAbsoluteFormRequests() async throws {
        let server = try await TLSSandbox.start()
        let proxy = try await TestProxy()
        let target = "http://minted.test:\(server.plainURL.port ?? 0)/_sandbox/openapi.json"
        let answer = try await RawServer.exchangeOffPool(port: proxy.port,
                                            "GET \(target) HTTP/1.1\r\nHost: minted.test\r\nProxy-Connection: close\r\nConnection: close\r\n\r\n")
        #expect(answer.hasPrefix("HTTP/1.1 200"), "\(answer.prefix(200))")
        #expect(answer.contains("\"openapi\""))
        #expect(proxy.records == [TestProxy.Record(method: "GET", target: target, proxyAuthorization: nil)])
        proxy.stop()
        await server.stop()
    }

    @Test func noProxyNamingTheHostGoesDirect() async throws {
        let server = try await TLSSandbox.start()
        let proxy = try await TestProxy()
        let roots = TrustRoots(file: server.caFile)
        // Direct, minted.test does not resolve: the proxy is the only way there, so failing proves it was not used.
        for exclusion in ["minted.test", ".test", "*", "other.example, MINTED.TEST"] {
            let transport = HTTPClientTransport(environment: ["https_proxy": proxy.url, "no_proxy": exclusion], trustRoots: roots)
            await #expect(throws: APIError.transport(message: "unknown host minted.test"), "no_proxy=\(exclusion)") {
                _ = try await TLSSandbox.client(server.httpsURL(host: "minted.test"), transport: transport).send(.currencyRates())
            }
        }
        #expect(proxy.records.isEmpty)
        // A no_proxy for other hosts leaves this one proxied.
        let transport = HTTPClientTransport(environment: ["https_proxy": proxy.url, "no_proxy": "test.example,mint.test"], trustRoots: roots)
        #expect(try await TLSSandbox.client(server.httpsURL(host: "minted.test"), transport: transport).send(.currencyRates()).isEmpty == false)
        #expect(proxy.records.first?.method == "CONNECT")
        proxy.stop()
        await server.stop()
    }

    @Test func proxyCredentialsFromItsURLAreSent() async throws {
        let server = try await TLSSandbox.start()
        let expected = "Basic " + Data("qa:pr0xy pass".utf8).base64EncodedString()
        let proxy = try await TestProxy(requiredAuthorization: expected)
        let roots = TrustRoots(file: server.caFile)
        let url = server.httpsURL(host: "minted.test")
        let withCredentials = HTTPClientTransport(
            environment: ["https_proxy": "http://qa:pr0xy%20pass@127.0.0.1:\(proxy.port)"], trustRoots: roots)
        let client = TLSSandbox.client(url, transport: withCredentials)
        #expect(try await client.send(.currencyRates()).isEmpty == false)
        #expect(proxy.records.allSatisfy { $0.proxyAuthorization == expected })
        // The proxy's credentials never reach the exchange record.
        #expect(await client.log.all.allSatisfy { exchange in
            !exchange.requestHeaders.values.contains { $0.contains("pr0xy") } && !exchange.url.contains("pr0xy")
        })
        let without = HTTPClientTransport(environment: ["https_proxy": proxy.url], trustRoots: roots)
        await #expect(throws: APIError.transport(message: "the proxy asks for credentials (user:password@ in its URL)")) {
            _ = try await TLSSandbox.client(url, transport: without).send(.currencyRates())
        }
        proxy.stop()
        await server.stop()
    }

    @Test func aProxyThatIsDownIsNamed() async throws {
        let port = try RawServer.unusedPort()
        let transport = HTTPClientTransport(environment: ["https_proxy": "127.0.0.1:\(port)"])
        await #expect(throws: APIError.transport(message: "cannot reach the proxy 127.0.0.1:\(port) (https_proxy): connection refused")) {
            _ = try await TLSSandbox.client(URL(string: "https://minted.test:443")!, transport: transport).send(.currencyRates())
        }
    }

    @Test func variablesAreReadInCurlsOrder() {
        let url = { (text: String) in URL(string: text)! }
        // Per scheme: https_proxy, HTTPS_PROXY, then all_proxy, ALL_PROXY; lower case first.
        let both = ProxySetting(environment: ["https_proxy": "a:1", "HTTPS_PROXY": "b:2", "http_proxy": "c:3"])
        #expect(both.endpoint(for: url("https://host.example"))?.host == "a")
        #expect(both.endpoint(for: url("http://host.example"))?.host == "c")
        #expect(ProxySetting(environment: ["HTTPS_PROXY": "b:2"]).endpoint(for: url("https://h.example"))?.port == 2)
        // HTTP_PROXY is never read (httpoxy: a CGI request's `Proxy:` header sets it); all_proxy is.
        #expect(ProxySetting(environment: ["HTTP_PROXY": "evil:1"]).endpoint(for: url("http://h.example")) == nil)
        #expect(ProxySetting(environment: ["HTTP_PROXY": "evil:1", "ALL_PROXY": "all:9"]).endpoint(for: url("http://h.example"))?.host == "all")
        #expect(ProxySetting(environment: ["all_proxy": "all:9"]).endpoint(for: url("https://h.example"))?.variable == "all_proxy")
        // An http proxy is not used for https and the reverse.
        #expect(ProxySetting(environment: ["http_proxy": "c:3"]).endpoint(for: url("https://h.example")) == nil)
        // The first variable set wins even when empty: no proxy.
        #expect(ProxySetting(environment: ["https_proxy": "", "HTTPS_PROXY": "b:2"]).endpoint(for: url("https://h.example")) == nil)
        // curl's default port; credentials from the URL.
        let bare = ProxySetting(environment: ["https_proxy": "http://user:p%40ss@proxy.corp"]).https
        #expect(bare?.port == 1080)
        #expect(bare?.username == "user")
        #expect(bare?.password == "p@ss")
        // A proxy minted cannot speak to is a problem said once, not a silent direct connection.
        let socks = ProxySetting(environment: ["ALL_PROXY": "socks5://proxy:1080", "http_proxy": "proxy:3128"])
        #expect(socks.problem(for: url("https://h.example")) == "ALL_PROXY: only http:// proxies are supported, not socks5://")
        #expect(socks.problem(for: url("http://h.example")) == nil)
        #expect(socks.problem(for: url("https://127.0.0.1:8080")) == nil, "loopback never uses a proxy")
    }

    @Test func noProxyMatchesAsCurlDoes() {
        let setting = ProxySetting(environment: ["https_proxy": "proxy:3128",
                                                 "no_proxy": "internal.example .corp.example\t10.0.0.0/8,192.168.1.7, ::ffff:0:0/96"])
        #expect(setting.bypasses(host: "127.0.0.1"))
        #expect(setting.bypasses(host: "localhost"))
        #expect(setting.bypasses(host: "[::1]"))
        #expect(setting.bypasses(host: "api.internal.example"))
        #expect(setting.bypasses(host: "internal.example."))
        #expect(setting.bypasses(host: "corp.example"))
        #expect(setting.bypasses(host: "x.CORP.example"))
        #expect(!setting.bypasses(host: "notinternal.example"))
        #expect(setting.bypasses(host: "10.1.2.3"))
        #expect(!setting.bypasses(host: "11.1.2.3"))
        #expect(setting.bypasses(host: "192.168.1.7"))
        #expect(!setting.bypasses(host: "192.168.1.8"))
        #expect(!setting.bypasses(host: "staging.minted.example"))
        // NO_PROXY when no_proxy is not set; `*` alone means every host.
        #expect(ProxySetting(environment: ["NO_PROXY": "minted.test"]).bypasses(host: "minted.test"))
        #expect(ProxySetting(environment: ["no_proxy": "*"]).bypasses(host: "anything.example"))
        #expect(!ProxySetting(environment: ["no_proxy": "*.example"]).bypasses(host: "a.example"), "curl takes no wildcards but *")
    }
}
