import Foundation
import MintedAPI

/// The catalog: Get Products.
extension SandboxEngine {
    /// One page of products priced at the live rates, filtered by metal and deliverability.
    /// Throws 422 for a page below 1 or a page size outside 1…100.
    public mutating func products(page: Int = 1, perPage: Int = 15, metals: [MetalType]? = nil, deliverable: Bool? = nil,
                                  now: Date) throws -> Page<Product> {
        var errors: [String: [SandboxMessage]] = [:]
        if page < 1 { errors["page", default: []].append(.atLeast("page", 1)) }
        if !(1...100).contains(perPage) { errors["total", default: []].append(.between("total", 1, 100)) }
        guard errors.isEmpty else { throw SandboxError.fields(errors) }
        advance(to: now)
        let matching = catalog.filter { product in
            (metals.map { $0.contains(product.metal) } ?? true) && (deliverable.map { $0 == product.isDeliverable } ?? true)
        }
        let start = Self.pageStart(page: page, perPage: perPage, count: matching.count)
        let slice = matching[start..<min(start + perPage, matching.count)]
        let products = slice.compactMap { product -> Product? in
            guard let index = marketIndex(product.currencyId) else { return nil }
            var listed = product.product(market: markets[index], quote: markets[index].quote)
            listed.stock = stock[product.sku] ?? 0
            return listed
        }
        return Page(
            currentPage: page, data: products, lastPage: max(1, (matching.count + perPage - 1) / perPage),
            perPage: perPage, total: matching.count, from: products.isEmpty ? nil : start + 1,
            to: products.isEmpty ? nil : start + products.count
        )
    }

    /// Where page `page` starts in `count` rows, `count` past the end; no overflow for any page (`page=9223372036854775807`
    /// used to trap multiplying by the page size).
    static func pageStart(page: Int, perPage: Int, count: Int) -> Int {
        let (start, overflow) = (max(1, page) - 1).multipliedReportingOverflow(by: max(0, perPage))
        return overflow ? count : min(start, count)
    }
}
