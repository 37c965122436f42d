/* The guest ABI: the terminal (Linux asm-generic/termbits.h, ioctls.h). */
#ifndef FORKLAB_ABI_TERMIOS_H
#define FORKLAB_ABI_TERMIOS_H

#include "types.h"

#define ABI_NCCS 19
/* struct termios as TCGETS/TCSETS copy it (the kernel's, without speeds) */
struct abi_termios {
  abi_u32 c_iflag;
  abi_u32 c_oflag;
  abi_u32 c_cflag;
  abi_u32 c_lflag;
  abi_u8 c_line;
  abi_u8 c_cc[ABI_NCCS];
};
ABI_STATIC_ASSERT(sizeof(struct abi_termios) == 36, "abi_termios");

struct abi_winsize {
  abi_u16 ws_row;
  abi_u16 ws_col;
  abi_u16 ws_xpixel;
  abi_u16 ws_ypixel;
};

/* ioctl numbers */
#define ABI_TCGETS 0x5401
#define ABI_TCSETS 0x5402
#define ABI_TCSETSW 0x5403
#define ABI_TCSETSF 0x5404
#define ABI_TCFLSH 0x540B
#define ABI_TIOCSCTTY 0x540E
#define ABI_TIOCGPGRP 0x540F
#define ABI_TIOCSPGRP 0x5410
#define ABI_TIOCGWINSZ 0x5413
#define ABI_TIOCSWINSZ 0x5414
#define ABI_FIONREAD 0x541B
#define ABI_FIONBIO 0x5421
#define ABI_TIOCNOTTY 0x5422
#define ABI_TIOCGSID 0x5429

/* c_cc indices */
#define ABI_VINTR 0
#define ABI_VQUIT 1
#define ABI_VERASE 2
#define ABI_VKILL 3
#define ABI_VEOF 4
#define ABI_VTIME 5
#define ABI_VMIN 6
#define ABI_VSWTC 7
#define ABI_VSTART 8
#define ABI_VSTOP 9
#define ABI_VSUSP 10
#define ABI_VEOL 11
#define ABI_VREPRINT 12
#define ABI_VDISCARD 13
#define ABI_VWERASE 14
#define ABI_VLNEXT 15
#define ABI_VEOL2 16

/* c_iflag */
#define ABI_IGNBRK 0000001
#define ABI_BRKINT 0000002
#define ABI_IGNPAR 0000004
#define ABI_PARMRK 0000010
#define ABI_INPCK 0000020
#define ABI_ISTRIP 0000040
#define ABI_INLCR 0000100
#define ABI_IGNCR 0000200
#define ABI_ICRNL 0000400
#define ABI_IXON 0002000
#define ABI_IXANY 0004000
#define ABI_IXOFF 0010000
#define ABI_IMAXBEL 0020000
#define ABI_IUTF8 0040000
/* c_oflag */
#define ABI_OPOST 0000001
#define ABI_ONLCR 0000004
#define ABI_OCRNL 0000010
#define ABI_ONOCR 0000020
#define ABI_ONLRET 0000040
/* c_cflag */
#define ABI_CBAUD 0010017
#define ABI_B0 0000000
#define ABI_B9600 0000015
#define ABI_B38400 0000017
#define ABI_CSIZE 0000060
#define ABI_CS8 0000060
#define ABI_CSTOPB 0000100
#define ABI_CREAD 0000200
#define ABI_PARENB 0000400
#define ABI_HUPCL 0002000
#define ABI_CLOCAL 0004000
/* c_lflag */
#define ABI_ISIG 0000001
#define ABI_ICANON 0000002
#define ABI_ECHO 0000010
#define ABI_ECHOE 0000020
#define ABI_ECHOK 0000040
#define ABI_ECHONL 0000100
#define ABI_NOFLSH 0000200
#define ABI_TOSTOP 0000400
#define ABI_ECHOCTL 0001000
#define ABI_ECHOKE 0004000
#define ABI_IEXTEN 0100000

/* tcsetattr actions map to TCSETS + action */
#define ABI_TCSANOW 0
#define ABI_TCSADRAIN 1
#define ABI_TCSAFLUSH 2
#define ABI_TCIFLUSH 0
#define ABI_TCOFLUSH 1
#define ABI_TCIOFLUSH 2

#endif
