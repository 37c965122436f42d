#ifndef _TERMIOS_H
#define _TERMIOS_H
#include <bits/types.h>
#include <sys/ioctl.h>

typedef unsigned char cc_t;
typedef unsigned int speed_t;
typedef unsigned int tcflag_t;
#define NCCS ABI_NCCS
/* The kernel's layout (what TCGETS copies). */
struct termios {
  tcflag_t c_iflag, c_oflag, c_cflag, c_lflag;
  cc_t c_line;
  cc_t c_cc[NCCS];
};
#define VINTR ABI_VINTR
#define VQUIT ABI_VQUIT
#define VERASE ABI_VERASE
#define VKILL ABI_VKILL
#define VEOF ABI_VEOF
#define VTIME ABI_VTIME
#define VMIN ABI_VMIN
#define VSTART ABI_VSTART
#define VSTOP ABI_VSTOP
#define VSUSP ABI_VSUSP
#define VEOL ABI_VEOL
#define VWERASE ABI_VWERASE
#define VLNEXT ABI_VLNEXT
#define IGNBRK ABI_IGNBRK
#define BRKINT ABI_BRKINT
#define IGNPAR ABI_IGNPAR
#define PARMRK ABI_PARMRK
#define INPCK ABI_INPCK
#define ISTRIP ABI_ISTRIP
#define INLCR ABI_INLCR
#define IGNCR ABI_IGNCR
#define ICRNL ABI_ICRNL
#define IXON ABI_IXON
#define IXANY ABI_IXANY
#define IXOFF ABI_IXOFF
#define OPOST ABI_OPOST
#define ONLCR ABI_ONLCR
#define CSIZE ABI_CSIZE
#define CS8 ABI_CS8
#define CSTOPB ABI_CSTOPB
#define CREAD ABI_CREAD
#define PARENB ABI_PARENB
#define HUPCL ABI_HUPCL
#define CLOCAL ABI_CLOCAL
#define B0 ABI_B0
#define B9600 ABI_B9600
#define B38400 ABI_B38400
#define ISIG ABI_ISIG
#define ICANON ABI_ICANON
#define ECHO ABI_ECHO
#define ECHOE ABI_ECHOE
#define ECHOK ABI_ECHOK
#define ECHONL ABI_ECHONL
#define NOFLSH ABI_NOFLSH
#define TOSTOP ABI_TOSTOP
#define ECHOCTL ABI_ECHOCTL
#define ECHOKE ABI_ECHOKE
#define IEXTEN ABI_IEXTEN
#define TCSANOW ABI_TCSANOW
#define TCSADRAIN ABI_TCSADRAIN
#define TCSAFLUSH ABI_TCSAFLUSH

int tcgetattr(int fd, struct termios *t);
int tcsetattr(int fd, int action, const struct termios *t);
void cfmakeraw(struct termios *t);
speed_t cfgetospeed(const struct termios *t);
#endif
