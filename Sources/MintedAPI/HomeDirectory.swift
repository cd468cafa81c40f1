import Foundation

/// The person's home directory: `$HOME` when set, as every Unix program reads it, else the password entry's.
/// (Foundation prefers the password entry, so a temporary `HOME` would still write into the real `~/.local`.)
public enum HomeDirectory {
    public static var path: String {
        let home = ProcessInfo.processInfo.environment["HOME"] ?? ""
        return home.isEmpty ? NSHomeDirectory() : home
    }
}
