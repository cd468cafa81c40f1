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
