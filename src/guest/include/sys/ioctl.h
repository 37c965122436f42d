#ifndef _SYS_IOCTL_H
#define _SYS_IOCTL_H
#include <abi/termios.h>
#define TCGETS ABI_TCGETS
#define TCSETS ABI_TCSETS
#define TCSETSW ABI_TCSETSW
#define TCSETSF ABI_TCSETSF
#define TIOCSCTTY ABI_TIOCSCTTY
#define TIOCGPGRP ABI_TIOCGPGRP
#define TIOCSPGRP ABI_TIOCSPGRP
#define TIOCGWINSZ ABI_TIOCGWINSZ
#define TIOCSWINSZ ABI_TIOCSWINSZ
#define FIONREAD ABI_FIONREAD
#define FIONBIO ABI_FIONBIO
#define TIOCNOTTY ABI_TIOCNOTTY
struct winsize {
  unsigned short ws_row, ws_col, ws_xpixel, ws_ypixel;
};
int ioctl(int fd, unsigned long request, ...);
#endif
