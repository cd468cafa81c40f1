import Foundation
import MintedAPI
import Testing

/// The client reads Laravel's whole page, and an older or partial one too.
struct PageLinksTests {
    @Test func aFullLaravelPageDecodes() throws {
        let json = #"""
        {"current_page": 2, "data": [], "first_page_url": "http://h/p?page=1", "from": null, "last_page": 3,
         "last_page_url": "http://h/p?page=3", "links": [{"url": "http://h/p?page=1", "label": "&laquo; Previous", "active": false},
         {"url": null, "label": "...", "active": false}], "next_page_url": "http://h/p?page=3", "path": "http://h/p",
         "per_page": 15, "prev_page_url": "http://h/p?page=1", "to": null, "total": 30}
        """#
        let page = try JSONDecoder().decode(Page<Product>.self, from: Data(json.utf8))
        #expect(page.path == "http://h/p")
        #expect(page.nextPageURL == "http://h/p?page=3")
        #expect(page.links?.count == 2)
        #expect(page.links?.last == PageLink(url: nil, label: "...", active: false))
        #expect(page.from == nil)
    }

    @Test func aPageWithoutLinksOrWithOddOnesStillDecodes() throws {
        let bare = #"{"current_page": 1, "data": [], "last_page": 1, "per_page": 15, "total": 0}"#
        let page = try JSONDecoder().decode(Page<Product>.self, from: Data(bare.utf8))
        #expect(page.links == nil && page.path == nil && page.nextPageURL == nil)
        let odd = #"{"current_page": 1, "data": [], "last_page": 1, "per_page": 15, "total": 0, "links": "none", "path": 7, "from": "x"}"#
        let tolerated = try JSONDecoder().decode(Page<Product>.self, from: Data(odd.utf8))
        #expect(tolerated.links == nil && tolerated.path == nil && tolerated.from == nil)
    }

    @Test func anEmptyPageEncodesFromAndToAsNull() throws {
        let page = Page<Product>(currentPage: 1, data: [], lastPage: 1, perPage: 15, total: 0)
        let object = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(page)) as? [String: Any])
        for name in ["from", "to", "next_page_url", "prev_page_url"] {
            #expect(object[name] is NSNull, "\(name) is an explicit null")
        }
    }
}
