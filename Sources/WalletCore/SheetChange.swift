/// What a feature asks of the app's one dialog slot: open a sheet over the main screen, or close the one open.
public enum SheetChange: Sendable, Equatable {
    case open(Modal)
    case close
}
