// The only C in PosConsole: exposes the wide-character curses API to Swift.
// SwiftPM drops pkg-config's -D_XOPEN_SOURCE, so the wide API is enabled here.
#ifndef POS_CONSOLE_CNCURSES_SHIM_H
#define POS_CONSOLE_CNCURSES_SHIM_H

#define NCURSES_WIDECHAR 1
#include <curses.h>
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>

extern int wcwidth(wchar_t);

// Swift 6 rejects C globals and function-like macros; these wrappers stand in.
static inline WINDOW *pc_stdscr(void) { return stdscr; }
static inline int pc_lines(void) { return LINES; }
static inline int pc_cols(void) { return COLS; }
static inline int pc_colors(void) { return COLORS; }
static inline int pc_color_pairs(void) { return COLOR_PAIRS; }
static inline int pc_color_pair(int n) { return (int)COLOR_PAIR(n); }
static inline int pc_a_bold(void) { return (int)A_BOLD; }
static inline int pc_a_reverse(void) { return (int)A_REVERSE; }
static inline int pc_a_underline(void) { return (int)A_UNDERLINE; }
static inline int pc_a_dim(void) { return (int)A_DIM; }
static inline int pc_a_normal(void) { return (int)A_NORMAL; }
static inline int pc_key_resize(void) { return KEY_RESIZE; }
static inline int pc_key_code_yes(void) { return KEY_CODE_YES; }
static inline int pc_err(void) { return ERR; }
static inline int pc_lc_all(void) { return LC_ALL; }
static inline int pc_codeset(void) { return CODESET; }

#endif
