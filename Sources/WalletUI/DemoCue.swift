import TerminalKit

/// One thing `--play` does in the live UI: announce a step, press keys, or wait for the screen to catch up.
public enum DemoCue: Sendable, Equatable {
    /// A new step: its caption.
    case step(String)
    /// A key, shown as it is pressed.
    case press(Key)
    /// Text typed key by key.
    case type(String)
    /// ↑ / ↓ until the products pane selects this SKU (skipped, with a caption, if the catalog has none).
    case selectProduct(String)
    /// ↑ / ↓ until the basket pane selects this SKU's line.
    case selectLine(String)
    /// `+` / `-` until the selected line holds this many.
    case stepLine(sku: String, to: Int)
    /// Waits for the answers and for the captions to be read.
    case settle
    /// Waits until the basket's price lock has run out and the re-price has come back.
    case lockExpiry
    /// Esc until no dialog is open.
    case closeDialogs
    /// A pause to look at the screen, in seconds.
    case hold(Double)
}
