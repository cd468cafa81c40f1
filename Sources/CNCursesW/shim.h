#pragma once
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <ncursesw/curses.h>
#include <stdio.h>

/* Swift 6 rejects C's mutable globals and cannot import function-like or cast macros: read them through these. */

static inline FILE *minted_stdin(void) { return stdin; }
static inline FILE *minted_stdout(void) { return stdout; }
static inline WINDOW *minted_stdscr(void) { return stdscr; }

static inline int minted_colors(void) { return COLORS; }
static inline int minted_color_pairs(void) { return COLOR_PAIRS; }

static inline attr_t minted_a_bold(void) { return A_BOLD; }
static inline attr_t minted_a_dim(void) { return A_DIM; }
static inline attr_t minted_a_reverse(void) { return A_REVERSE; }
static inline attr_t minted_a_underline(void) { return A_UNDERLINE; }
static inline attr_t minted_a_italic(void) { return A_ITALIC; }

static inline int minted_getmaxy(WINDOW *window) { return getmaxy(window); }
static inline int minted_getmaxx(WINDOW *window) { return getmaxx(window); }

/* The mouse: left presses and wheel notches only, reported at once (no click detection delay). */
static inline int minted_mouse_on(void) {
    mouseinterval(0);
    return mousemask(BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL) != 0;
}
static inline void minted_mouse_off(void) { mousemask(0, NULL); }
/* The event KEY_MOUSE announced: 1 left press, 4 wheel up, 5 wheel down, 0 anything else or none. */
static inline int minted_mouse_event(int *x, int *y) {
    MEVENT event;
    if (getmouse(&event) != OK) return 0;
    *x = event.x;
    *y = event.y;
    if (event.bstate & BUTTON1_PRESSED) return 1;
    if (event.bstate & BUTTON4_PRESSED) return 4;
    if (event.bstate & BUTTON5_PRESSED) return 5;
    return 0;
}

/* Fatal-signal terminal restore. Everything the handler does is async-signal-safe: tcsetattr, write, sigaction,
   raise. The terminal modes are saved before curses starts, so they are the person's own. */
#include <signal.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

/* State in a function-local static: the Swift importer emits functions it calls, not C globals they use. */
struct minted_fatal_state {
    struct termios modes;
    int modes_valid;
    char prefix[256];
    char suffix[1024];
    struct sigaction previous[65];
};

static inline struct minted_fatal_state *minted_fatal_state(void) {
    static struct minted_fatal_state state;
    return &state;
}

static void minted_fatal_write(int fd, const char *text) {
    ssize_t written = write(fd, text, strlen(text));
    (void)written;
}

static void minted_fatal_handler(int sig) {
    static const char reset[] = "\033[0m\033[?25h\033[?1000l\033[?1002l\033[?1006l\033[?1049l\r\n";
    char number[4] = {0};
    int value = sig > 0 && sig < 100 ? sig : 0;
    if (value >= 10) { number[0] = (char)('0' + value / 10); number[1] = (char)('0' + value % 10); }
    else { number[0] = (char)('0' + value); }
    struct minted_fatal_state *state = minted_fatal_state();
    if (state->modes_valid) tcsetattr(STDIN_FILENO, TCSANOW, &state->modes);
    minted_fatal_write(STDOUT_FILENO, reset);
    minted_fatal_write(STDERR_FILENO, state->prefix);
    minted_fatal_write(STDERR_FILENO, number);
    minted_fatal_write(STDERR_FILENO, state->suffix);
    if (sig > 0 && sig < 65) sigaction(sig, &state->previous[sig], NULL);
    raise(sig);
}

/* Installs the handler on SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGABRT and SIGFPE, keeping the previous handlers (Swift's
   backtracer) to re-raise into. The line written is prefix, the signal number, suffix. */
static inline void minted_install_fatal_restore(const char *prefix, const char *suffix) {
    struct minted_fatal_state *state = minted_fatal_state();
    state->modes_valid = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &state->modes) == 0;
    strncpy(state->prefix, prefix, sizeof state->prefix - 1);
    strncpy(state->suffix, suffix, sizeof state->suffix - 1);
    const int signals[] = {SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGABRT, SIGFPE};
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = minted_fatal_handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_ONSTACK;
    for (unsigned index = 0; index < sizeof signals / sizeof signals[0]; index++) {
        sigaction(signals[index], &action, &state->previous[signals[index]]);
    }
}
