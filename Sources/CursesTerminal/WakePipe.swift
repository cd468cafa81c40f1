import Foundation

/// A self-pipe that interrupts the curses thread's `poll` when a screen is waiting to be drawn or it must stop.
struct WakePipe: Sendable {
    /// End the curses thread polls.
    let readDescriptor: Int32
    private let writeDescriptor: Int32

    init() throws(CursesTerminalError) {
        var descriptors: [Int32] = [-1, -1]
        guard pipe(&descriptors) == 0 else { throw .systemCall("pipe", errno: errno) }
        for descriptor in descriptors {
            _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
            _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
        }
        readDescriptor = descriptors[0]
        writeDescriptor = descriptors[1]
    }

    /// Makes the next (or current) `poll` on `readDescriptor` return; never blocks.
    func signal() {
        var byte: UInt8 = 1
        _ = write(writeDescriptor, &byte, 1)
    }

    /// Empties the pipe after a wake-up.
    func drain() {
        var buffer = [UInt8](repeating: 0, count: 64)
        while read(readDescriptor, &buffer, buffer.count) > 0 {}
    }

    /// Closes both ends; no call may follow.
    func close() {
        _ = Foundation.close(readDescriptor)
        _ = Foundation.close(writeDescriptor)
    }
}
