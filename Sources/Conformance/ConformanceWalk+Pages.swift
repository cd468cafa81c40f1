import Foundation
import MintedAPI

/// Laravel-style pages (walletable.md §1): walked page by page, each page's fields checked against its neighbours.
extension ConformanceWalk {
    /// Reads every page of a list (at most `options.maxPages`) through `endpoint(page)`, checks the paging fields and
    /// that no element repeats, and returns the elements.
    func walkPages(_ endpoint: (Int) -> Endpoint, perPage: Int, identity: String = "id") async throws(ConformanceError) -> [JSONValue] {
        var elements: [JSONValue] = []
        var seen: Set<String> = []
        var page = 1
        var stated: Int?
        while page <= options.maxPages {
            guard let reply = try await call(endpoint(page)), reply.status == 200, let data = reply.data else { break }
            let last = checkPage(data, page: page, perPage: perPage, name: reply.endpoint, total: stated)
            stated = stated ?? data["total"]?.int
            for element in data["data"]?.array ?? [] {
                elements.append(element)
                let id = element[identity]?.brief ?? ""
                checks.expect(seen.insert(id).inserted, reply.endpoint, "pagination", field: "data.data[].\(identity)",
                              expected: "each element once across pages", got: "\(id) again on page \(page)")
            }
            guard !last else {
                checks.expect(elements.count == stated, reply.endpoint, "pagination", field: "data.total",
                              expected: "\(elements.count) (elements on all pages)", got: stated.map(String.init) ?? "absent")
                break
            }
            page += 1
        }
        return elements
    }

    /// One page's fields: its number, size, `from` / `to`, `last_page` from `total`, the neighbour URLs; returns true on
    /// the last page (or when the page cannot be read further).
    func checkPage(_ data: JSONValue, page: Int, perPage: Int, name: String, total firstTotal: Int?) -> Bool {
        let count = data["data"]?.array?.count ?? 0
        guard let current = data["current_page"]?.int, let size = data["per_page"]?.int, let total = data["total"]?.int,
              let last = data["last_page"]?.int, (1...1_000_000).contains(size), (0...1_000_000_000_000).contains(total) else {
            checks.drift(name, "pagination", field: "data", expected: "current_page, per_page (1…10⁶), total (0…10¹²) and last_page as whole numbers", got: data.brief)
            return true
        }
        checks.expect(current == page, name, "pagination", field: "data.current_page", expected: "\(page)", got: "\(current)")
        checks.expect(size == perPage, name, "pagination", field: "data.per_page", expected: "\(perPage) (the total asked for)", got: "\(size)")
        let pages = max(1, (total + size - 1) / size)
        checks.expect(last == pages, name, "pagination", field: "data.last_page", expected: "\(pages) (⌈total \(total) ÷ \(size)⌉)", got: "\(last)")
        if let firstTotal {
            checks.expect(total == firstTotal, name, "pagination", field: "data.total", expected: "\(firstTotal) (as on page 1)", got: "\(total)")
        }
        let expectedCount = page < pages ? size : max(0, min(size, total - (page - 1) * size))
        checks.expect(count == expectedCount, name, "pagination", field: "data.data", expected: "\(expectedCount) elements", got: "\(count)")
        let from = count == 0 ? JSONValue.null : .number(Decimal((page - 1) * size + 1))
        let to = count == 0 ? JSONValue.null : .number(Decimal((page - 1) * size + count))
        checks.expect(data["from"] == from, name, "pagination", field: "data.from", expected: from.brief, got: data["from"]?.brief ?? "absent")
        checks.expect(data["to"] == to, name, "pagination", field: "data.to", expected: to.brief, got: data["to"]?.brief ?? "absent")
        let isLast = page >= pages
        checks.expect((data["next_page_url"] == .null) == isLast, name, "pagination", field: "data.next_page_url",
                      expected: isLast ? "null on the last page" : "a URL before the last page", got: data["next_page_url"]?.brief ?? "absent")
        checks.expect((data["prev_page_url"] == .null) == (page == 1), name, "pagination", field: "data.prev_page_url",
                      expected: page == 1 ? "null on page 1" : "a URL after page 1", got: data["prev_page_url"]?.brief ?? "absent")
        return isLast
    }
}
