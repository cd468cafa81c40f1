import MintedAPI

/// Every human text the sandbox answers with (error `message`s and 422 field messages), English and Turkish
/// side by side. Errors carry a case; the text is chosen at the edge, from the request's `Accept-Language`.
public indirect enum SandboxMessage: Sendable, Equatable {
    // Transport, authentication, routing.
    case unauthenticated
    case staleNonce
    case noRoute(method: String, path: String)
    /// 405: the path exists, the method is not one of `allowed`.
    case methodNotAllowed(method: String, path: String, allowed: [String])
    case httpError(status: Int, reason: String)
    case internalError(String)
    case injectedFault(Int)
    case bodyNotJSONObject
    case bodyTooLarge(limit: Int)
    case bodyNotValid(String)
    case bearerRequired
    case clientIdRequired
    case bearerInvalid
    case bearerExpired
    // Not found and conflicts.
    case customerNotFound(String)
    case customerBasketNotFound(customer: String)
    case basketReplaced(type: BasketType)
    case basketCompleted
    case recordNotFound
    case basketNotFound(cartToken: String)
    case orderNotFound(String)
    case customerOrderNotFound(guid: String, customer: String)
    case marketNotFound(Int)
    case priceLockExpired
    // Field validation (422).
    case required(String)
    case mustBeString(String)
    case mustBeInteger(String)
    case mustBeBoolean(String)
    case mustBeNumber(String)
    /// A JSON number too large (or too precise) to be held as a `Decimal`.
    case numberOutOfRange(String)
    case mustBeAddress(String)
    case selectedInvalid(String)
    case atLeast(String, Int)
    case atMost(String, Int)
    case rateBeyondLimit(maximum: Int)
    case between(String, Int, Int)
    case lengthBetween(String, Int, Int)
    case externalIdFormat
    case externalIdTaken
    case externalIdImmutable
    case invalidEmail(String)
    case phoneFormat(String)
    case dateFormat(String)
    case invalidDate(String)
    case cartTokenFormat
    case basketOfType(BasketType)
    case notDeliverable(sku: String)
    case basketHoldsNo(sku: String)
    case basketEmpty
    case outOfStock(available: Int, sku: String)
    case notEnoughHeld(BasketType, qty: Int, sku: String, held: Int)
    case forcedStatusInvalid
    case corruptionInvalid
    case dataInvalid
    /// Laravel's summary of a 422: the first message, then how many more there are.
    case andMore(SandboxMessage, Int)
    /// A replayed cassette holds no answer to `request`; `nearest` names the closest recorded one, if any.
    case notRecorded(request: String, nearest: String?)
    /// The host a recorder forwards to did not answer.
    case hostUnreachable(String)

    /// The text in `language`.
    public func text(for language: SandboxLanguage) -> String {
        switch language {
        case .english: english
        case .turkish: turkish
        }
    }

    private var english: String {
        switch self {
        case .unauthenticated: "Unauthenticated."
        case .staleNonce: "Stale nonce"
        case .noRoute(let method, let path): "No route for \(method) \(path)"
        case .methodNotAllowed(let method, let path, let allowed):
            "The \(method) method is not supported for route \(path). Supported methods: \(allowed.joined(separator: ", "))."
        case .httpError(_, let reason): reason
        case .internalError: "internal sandbox error"
        case .injectedFault(let status): "Injected fault: \(status)"
        case .bodyNotJSONObject: "The request body is not a JSON object."
        case .bodyTooLarge(let limit): "The request body is larger than \(limit / 1024) KiB."
        case .bodyNotValid(let type): "The request body is not a valid \(type)."
        case .bearerRequired: "A bearer token is required."
        case .clientIdRequired: "The x-client-id header is required (seed 000 sends web; an empty value is accepted)."
        case .bearerInvalid: "Invalid bearer token."
        case .bearerExpired: "The bearer token has expired."
        case .customerNotFound(let id): "customer \(id) not found"
        case .customerBasketNotFound(let customer): "no open basket with this cart_token for customer \(customer)"
        case .basketReplaced(let type):
            "this basket was replaced: adding without a cart_token opened a new \(type.rawValue) basket; use its cart_token"
        case .basketCompleted: "this basket was already completed into an order; it cannot change or complete again"
        case .recordNotFound: "Record Not Found"
        case .basketNotFound(let token): "no open basket with cart_token \(token)"
        case .orderNotFound(let id): "order \(id) not found"
        case .customerOrderNotFound(let guid, let customer): "order \(guid) not found for customer \(customer)"
        case .marketNotFound(let id): "market \(id) not found"
        case .priceLockExpired: "price lock expired, re-price the basket"
        case .required(let field): "The \(field) field is required."
        case .mustBeString(let field): "The \(field) field must be a string."
        case .mustBeInteger(let field): "The \(field) field must be an integer."
        case .mustBeBoolean(let field): "The \(field) field must be true or false."
        case .mustBeNumber(let field): "The \(field) field must be a number."
        case .numberOutOfRange(let field): "The \(field) field is out of range."
        case .mustBeAddress(let field): "The \(field) field must be an address object."
        case .selectedInvalid(let field): "The selected \(field) is invalid."
        case .atLeast(let field, let minimum): "The \(field) field must be at least \(minimum)."
        case .atMost(let field, let maximum): "The \(field) field must not be greater than \(maximum)."
        case .rateBeyondLimit(let maximum): "This spike would take the rate past \(maximum) per gram, the sandbox's ceiling."
        case .between(let field, let low, let high): "The \(field) field must be between \(low) and \(high)."
        case .lengthBetween(let field, let low, let high): "The \(field) field must be between \(low) and \(high) characters."
        case .externalIdFormat: "The external_id field must be 3 to 40 letters, digits, - or _."
        case .externalIdTaken: "The external id has already been taken."
        case .externalIdImmutable: "The external id cannot be changed."
        case .invalidEmail(let field): "The \(field) field must be a valid email address."
        case .phoneFormat(let field): "The \(field) field must be + and 10 to 15 digits."
        case .dateFormat(let field): "The \(field) field must match the format Y-m-d."
        case .invalidDate(let field): "The \(field) is not a valid date."
        case .cartTokenFormat: "The cart_token field must be 32 letters and digits."
        case .basketOfType(let type): "The basket of this cart_token is a \(type.rawValue) basket."
        case .notDeliverable(let sku): "The product \(sku) cannot be delivered."
        case .basketHoldsNo(let sku): "The basket holds no \(sku)."
        case .basketEmpty: "The basket is empty."
        case .outOfStock(let available, let sku): "Only \(available) × \(sku) in stock."
        case .notEnoughHeld(let type, let qty, let sku, let held):
            "Cannot \(type == .sell ? "sell" : "deliver") \(qty) × \(sku): \(held) held."
        case .forcedStatusInvalid: "Each forced status needs a path starting with / and a status 100…599."
        case .corruptionInvalid: "Each corruption needs a path starting with /, a field such as data.items[0].total and times of at least 1."
        case .dataInvalid: "The given data was invalid."
        case .andMore(let first, let more):
            "\(first.english) (and \(more) more error\(more > 1 ? "s" : ""))"
        case .notRecorded(let request, let nearest):
            "no recorded exchange matches \(request)" + (nearest.map { "; nearest recorded: \($0)" } ?? "; the cassette holds nothing at this path")
        case .hostUnreachable(let reason): "the recorded host did not answer: \(reason)"
        }
    }

    private var turkish: String {
        switch self {
        case .unauthenticated: "Kimlik doğrulanamadı."
        case .staleNonce: "Nonce süresi doldu"
        case .noRoute(let method, let path): "\(method) \(path) için bir yol yok"
        case .methodNotAllowed(let method, let path, let allowed):
            "\(path) yolu \(method) yöntemini desteklemiyor. Desteklenen yöntemler: \(allowed.joined(separator: ", "))."
        case .httpError(let status, _): "İstek işlenemedi (HTTP \(status))."
        case .internalError: "sandbox iç hatası"
        case .injectedFault(let status): "Yapay hata: \(status)"
        case .bodyNotJSONObject: "İstek gövdesi bir JSON nesnesi değil."
        case .bodyTooLarge(let limit): "İstek gövdesi \(limit / 1024) KiB'tan büyük."
        case .bodyNotValid(let type): "İstek gövdesi geçerli bir \(type) değil."
        case .bearerRequired: "Bearer token gereklidir."
        case .clientIdRequired: "x-client-id başlığı zorunludur."
        case .bearerInvalid: "Geçersiz bearer token."
        case .bearerExpired: "Bearer token'ın süresi doldu."
        case .customerNotFound(let id): "\(id) müşterisi bulunamadı"
        case .customerBasketNotFound(let customer): "\(customer) müşterisinin bu cart_token ile açık sepeti yok"
        case .basketReplaced(let type): "bu sepetin yerine yeni bir \(Self.turkishName(type)) sepeti açıldı; onun cart_token'ını kullanın"
        case .basketCompleted: "bu sepet zaten siparişe dönüştü; değiştirilemez ve yeniden tamamlanamaz"
        // The vendor's own words (seed 000), in every language.
        case .recordNotFound: "Record Not Found"
        case .basketNotFound(let token): "\(token) cart_token'ı ile açık sepet yok"
        case .orderNotFound(let id): "\(id) siparişi bulunamadı"
        case .customerOrderNotFound(let guid, let customer): "\(customer) müşterisinin \(guid) siparişi bulunamadı"
        case .marketNotFound(let id): "\(id) piyasası bulunamadı"
        case .priceLockExpired: "fiyat kilidinin süresi doldu, sepeti yeniden fiyatlayın"
        case .required(let field): "\(field) alanı zorunludur."
        case .mustBeString(let field): "\(field) alanı metin olmalıdır."
        case .mustBeInteger(let field): "\(field) alanı tam sayı olmalıdır."
        case .mustBeBoolean(let field): "\(field) alanı doğru veya yanlış olmalıdır."
        case .mustBeNumber(let field): "\(field) alanı sayı olmalıdır."
        case .numberOutOfRange(let field): "\(field) alanı izin verilen aralığın dışında."
        case .mustBeAddress(let field): "\(field) alanı bir adres nesnesi olmalıdır."
        case .selectedInvalid(let field): "Seçili \(field) geçersiz."
        case .atLeast(let field, let minimum): "\(field) alanı en az \(minimum) olmalıdır."
        case .atMost(let field, let maximum): "\(field) alanı \(maximum) değerinden büyük olmamalıdır."
        case .rateBeyondLimit(let maximum): "Bu sıçrama kuru gram başına \(maximum) sınırının üstüne çıkarırdı."
        case .between(let field, let low, let high): "\(field) alanı \(low) ile \(high) arasında olmalıdır."
        case .lengthBetween(let field, let low, let high): "\(field) alanı \(low) ile \(high) karakter arasında olmalıdır."
        case .externalIdFormat: "external_id alanı 3 ile 40 arasında harf, rakam, - veya _ olmalıdır."
        case .externalIdTaken: "external id daha önceden alınmış."
        case .externalIdImmutable: "external id değiştirilemez."
        case .invalidEmail(let field): "\(field) alanı geçerli bir e-posta adresi olmalıdır."
        case .phoneFormat(let field): "\(field) alanı + ve 10 ile 15 arasında rakam olmalıdır."
        case .dateFormat(let field): "\(field) alanı Y-m-d biçimiyle eşleşmiyor."
        case .invalidDate(let field): "\(field) geçerli bir tarih değil."
        case .cartTokenFormat: "cart_token alanı 32 harf ve rakamdan oluşmalıdır."
        case .basketOfType(let type): "Bu cart_token'ın sepeti bir \(Self.turkishName(type)) sepeti."
        case .notDeliverable(let sku): "\(sku) ürünü teslim edilemez."
        case .basketHoldsNo(let sku): "Sepette \(sku) yok."
        case .basketEmpty: "Sepet boş."
        case .outOfStock(let available, let sku): "Stokta yalnızca \(available) × \(sku) var."
        case .notEnoughHeld(let type, let qty, let sku, let held):
            "\(qty) × \(sku) \(type == .sell ? "satılamaz" : "teslim edilemez"): eldeki \(held)."
        case .forcedStatusInvalid: "Her zorunlu durum / ile başlayan bir yol ve 100…599 arası bir durum kodu gerektirir."
        case .corruptionInvalid: "Her bozma / ile başlayan bir yol, data.items[0].total gibi bir alan ve en az 1 olan bir times gerektirir."
        case .dataInvalid: "Girilen veriler geçersiz."
        case .andMore(let first, let more): "\(first.turkish) (ve \(more) hata daha)"
        case .notRecorded(let request, let nearest):
            "\(request) ile eşleşen kayıtlı bir istek yok" + (nearest.map { "; en yakın kayıt: \($0)" } ?? "; kasette bu yolda kayıt yok")
        case .hostUnreachable(let reason): "kaydedilen sunucu yanıt vermedi: \(reason)"
        }
    }

    /// A basket type's Turkish name, as a noun before "sepeti".
    private static func turkishName(_ type: BasketType) -> String {
        switch type {
        case .buy: "alış"
        case .sell: "satış"
        case .delivery: "teslimat"
        }
    }
}
