import Foundation
import MintedAPI
import MintedTesting
import TerminalKit
import Testing
import WalletCore
@testable import WalletUI

/// Styles, not only text: the same frames in two shipped themes and in monochrome (`NO_COLOR`).
struct ThemeStyleTests {
    static let themesFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("themes")

    static func theme(_ name: String) throws -> Theme { try ThemeLoader.load(name: name, from: [themesFolder]) }

    @Test(arguments: ["default", "light", "high-contrast", "monochrome", "solarized-dark"])
    func everyShippedThemeDefinesEveryRole(name: String) throws {
        let theme = try Self.theme(name)
        #expect(Set(theme.styles.keys) == Set(ThemeRole.allCases), "\(name)")
        #expect(theme.name == name)
    }

    @Test func shippedMonochromeMatchesTheBuiltInOne() throws {
        #expect(try Self.theme("monochrome").styles == Theme.monochrome.styles)
    }

    @Test(arguments: ["default", "light"])
    func confirmationUsesTheThemesRoles(name: String) throws {
        let theme = try Self.theme(name)
        let context = RenderContext(theme: theme, timeZone: TimeZone(identifier: "UTC")!)
        let state = ModalSnapshotTests.state("confirmation")
        let screen = MainScreen.render(state, size: Size(width: 120, height: 40), context: context)
        let text = screen.text()
        #expect(Snapshot.mismatch(text, named: "modal-confirmation-120x40") == nil, "the text is the same in every theme")
        let rows = text.components(separatedBy: "\n")
        let payRow = try #require(rows.firstIndex { $0.contains("you pay") })
        let payColumn = TextWidth.width(of: String(rows[payRow][..<rows[payRow].range(of: "you pay")!.lowerBound]))
        #expect(screen[x: payColumn, y: payRow].style == theme[.accent])
        let header = screen[x: 0, y: 0].style
        #expect(header == theme[.header])
        let sandbox = screen[x: 9, y: 0].style
        #expect(sandbox == theme[.envSandbox])
    }

    @Test func themesDifferOnScreen() throws {
        let state = ModalSnapshotTests.state("confirmation")
        let size = Size(width: 120, height: 40)
        let dark = MainScreen.render(state, size: size, context: RenderContext(theme: try Self.theme("default")))
        let light = MainScreen.render(state, size: size, context: RenderContext(theme: try Self.theme("light")))
        #expect(dark.text() == light.text())
        #expect(dark != light)
    }

    @Test func noColorFramesUseNoColourYetMarkFocusAndDanger() {
        var state = ModalSnapshotTests.state("")
        state.notice = Notice(.error, "complete: 409 price lock expired")
        let context = RenderContext(theme: .monochrome, timeZone: TimeZone(identifier: "UTC")!)
        for modal in ModalSnapshotTests.modals {
            var withModal = ModalSnapshotTests.state(modal)
            withModal.notice = state.notice
            let screen = MainScreen.render(withModal, size: Size(width: 120, height: 40), context: context)
            #expect(screen.cells.allSatisfy { $0.style.foreground == .default && $0.style.background == .default }, "\(modal)")
            let footer = screen[x: 0, y: 39].style
            #expect(footer.attributes.contains(.reverse) && footer.attributes.contains(.bold), "danger notice stands out in \(modal)")
        }
        let main = MainScreen.render(state, size: Size(width: 120, height: 40), context: context)
        let layout = Layout(size: Size(width: 120, height: 40))!
        #expect(main[x: layout.products.x, y: layout.products.y].style.attributes.contains(.reverse), "focused pane")
    }

    @Test func themesDowngradeToTheTerminalsColours() throws {
        let solarized = try Self.theme("solarized-dark")
        #expect(solarized[.accent].foreground == .rgb(0x26, 0x8b, 0xd2))
        let eight = solarized.downgraded(to: .eight)
        for style in eight.styles.values {
            for color in [style.foreground, style.background] {
                switch color {
                case .default: break
                case .ansi(let index): #expect(index < 8)
                default: Issue.record("\(color) is not one of 8 colours")
                }
            }
        }
        let none = solarized.downgraded(to: .monochrome)
        #expect(none.styles.values.allSatisfy { $0.foreground == .default && $0.background == .default })
        #expect(solarized.downgraded(to: .indexed256)[.accent].foreground != solarized[.accent].foreground)
    }

    @Test func tCyclesTheContextsThemes() throws {
        var state = ModalSnapshotTests.state("")
        let context = RenderContext(themes: [try Self.theme("default"), try Self.theme("light")])
        state.themeNames = context.themes.map(\.name)
        let first = MainScreen.render(state, size: Size(width: 120, height: 40), context: context)
        #expect(AppReducer.reduce(into: &state, action: .themeCycled) == .saveTheme("light"), "t keeps its choice in the config")
        #expect(state.notice == Notice(.info, "theme: light"), "t says which theme it picked")
        state.notice = nil
        let second = MainScreen.render(state, size: Size(width: 120, height: 40), context: context)
        #expect(AppReducer.reduce(into: &state, action: .themeCycled) == .saveTheme("default"))
        #expect(state.notice == Notice(.info, "theme: default"))
        state.notice = nil
        let third = MainScreen.render(state, size: Size(width: 120, height: 40), context: context)
        #expect(first != second)
        #expect(first == third)
    }

    @Test func aBrokenThemeNamesFileLineAndColumn() {
        do {
            _ = try ThemeLoader.parse("name = \"x\"\n[roles]\ntext = { fg = \"red\" \n", name: "x", file: "/tmp/x.toml")
            Issue.record("a broken file must be refused")
        } catch {
            #expect(error.file == "/tmp/x.toml")
            #expect(error.line != nil)
            #expect(error.column != nil)
            #expect(error.description.hasPrefix("/tmp/x.toml:"))
        }
    }
}

/// Issue 16 item 3: `light` paints its own background, so it reads on a dark terminal or projector.
struct LightBackgroundTests {
    @Test func lightFillsEveryCellWithItsOwnBackground() throws {
        let light = try ThemeLoader.load(name: "light", from: [])
        #expect(light.paintsBackground)
        let state = ModalSnapshotTests.state("confirmation")
        let screen = MainScreen.render(state, size: Size(width: 120, height: 40), context: RenderContext(themes: [light]))
        let white = Color(parsing: "#ffffff")
        var unpainted = 0
        for y in 0..<40 {
            for x in 0..<120 where screen[x: x, y: y].style.background == .default { unpainted += 1 }
        }
        #expect(unpainted == 0, "every cell has a background of its own")
        #expect(screen[x: 60, y: 30].style.background == white, "the body's blank cells are the theme's white")
        let dark = try ThemeLoader.load(name: "default", from: [])
        #expect(!dark.paintsBackground, "the default theme keeps the terminal's background")
        #expect(light.downgraded(to: .indexed256).paintsBackground)
    }
}

/// Issue 16 item 3: the theme `t` picks is kept in the config file, one line edited in place.
struct ThemePreferenceTests {
    @Test func theThemeLineIsReplacedOrPutFirstAndEverythingElseStays() {
        #expect(ThemePreference.config("", settingTheme: "light") == "theme = \"light\"\n")
        let config = "# mine\nbase_url = \"https://x\"\ntheme = \"default\"\n\n[ui]\nchart = \"block\"\n"
        #expect(ThemePreference.config(config, settingTheme: "light") == "# mine\nbase_url = \"https://x\"\ntheme = \"light\"\n\n[ui]\nchart = \"block\"\n")
        let underUI = "base_url = \"https://x\"\n[ui]\ntheme = \"default\" # chosen\n"
        #expect(ThemePreference.config(underUI, settingTheme: "solarized-dark") == "base_url = \"https://x\"\n[ui]\ntheme = \"solarized-dark\"\n")
        let otherTable = "[server]\ntheme = \"not this one\"\n"
        #expect(ThemePreference.config(otherTable, settingTheme: "light") == "theme = \"light\"\n[server]\ntheme = \"not this one\"\n")
        #expect(ThemePreference.config("", settingTheme: "a\"b\\c") == "theme = \"a\\\"b\\\\c\"\n", "quoted as TOML")
    }
}

/// Issue 16 item 6: the header says when it masks, and shows a short customer id whole.
struct HeaderBadgeTests {
    @Test func aPrivacyBadgeWhileMaskedAndNoEllipsisOnAShortId() {
        var state = MainScreenTests().liveState()
        let size = Size(width: 160, height: 40)
        let plain = MainScreen.render(state, size: size, context: RenderContext()).text().split(separator: "\n").first ?? ""
        #expect(!plain.contains("PRIVATE"))
        #expect(plain.contains("(ea0982a7…)"), "a UUID is cut: \(plain)")
        state.privacy = true
        let masked = MainScreen.render(state, size: size, context: RenderContext()).text().split(separator: "\n").first ?? ""
        #expect(masked.contains(" PRIVATE "), "\(masked)")
        state.privacy = false
        state.customerId = "qa-1"
        let short = MainScreen.render(state, size: size, context: RenderContext()).text().split(separator: "\n").first ?? ""
        #expect(short.contains("(qa-1)") && !short.contains("qa-1…"), "\(short)")
    }
}
