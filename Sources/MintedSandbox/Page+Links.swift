import Foundation
import MintedAPI

/// Laravel's page links, filled in by the route that knows the URL it was asked on.
extension Page {
    /// This page with `path`, the first/last/next/previous page URLs and `links` set: each URL is `path` with the
    /// request's other query parameters kept (Laravel's `withQueryString()`) and `page` last.
    func linked(path: String, query: [(name: String, value: String)]) -> Page {
        var page = self
        let kept = query.filter { $0.name != "page" }
        func url(_ number: Int) -> String {
            var components = URLComponents()
            components.queryItems = kept.map { URLQueryItem(name: $0.name, value: $0.value) }
                + [URLQueryItem(name: "page", value: String(number))]
            let encoded = components.percentEncodedQuery?.replacingOccurrences(of: "+", with: "%2B") ?? ""
            return path + "?" + encoded
        }
        page.path = path
        page.firstPageURL = url(1)
        page.lastPageURL = url(lastPage)
        page.nextPageURL = currentPage < lastPage ? url(currentPage + 1) : nil
        page.prevPageURL = currentPage > 1 ? url(min(currentPage - 1, lastPage)) : nil
        var links = [PageLink(url: page.prevPageURL, label: "&laquo; Previous", active: false)]
        for number in Self.window(current: currentPage, last: lastPage) {
            links.append(number.map { PageLink(url: url($0), label: String($0), active: $0 == currentPage) }
                ?? PageLink(url: nil, label: "...", active: false))
        }
        links.append(PageLink(url: page.nextPageURL, label: "Next &raquo;", active: false))
        page.links = links
        return page
    }

    /// Laravel's `UrlWindow` with three pages on each side: every page when there are few, otherwise the ends and a
    /// slider around the current page, gaps as nil.
    static func window(current: Int, last: Int, onEachSide: Int = 3) -> [Int?] {
        guard last >= onEachSide * 2 + 8 else { return Array(1...max(1, last)) }
        let window = onEachSide * 2
        if current <= window {
            return Array(1...(window + 2)) + [nil, last - 1, last]
        }
        if current > last - window {
            return [1, 2, nil] + Array((last - (window + 2))...last)
        }
        return [1, 2, nil] + Array((current - onEachSide)...(current + onEachSide)) + [nil, last - 1, last]
    }
}
