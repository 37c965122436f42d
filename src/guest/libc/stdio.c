/* stdio streams: buffering, opening, reading, writing.
 *
 * Buffering follows C and glibc: stderr is unbuffered; stdout is line
 * buffered when it is a terminal and fully buffered otherwise (decided at
 * the first write, with isatty). That is why `printf("x"); fork();` prints
 * x twice when stdout is a pipe or a file and the children call exit: each
 * process has a copy of the unflushed buffer and exit flushes it. */
#include "internal.h"
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#define F_READ 1
#define F_WRITE 2
#define F_EOF 4
#define F_ERR 8
#define F_APPEND 16
#define MODE_UNDECIDED (-1)

struct _IO_FILE {
  int fd;
  int flags;
  int mode; /* _IOFBF, _IOLBF, _IONBF, or MODE_UNDECIDED */
  unsigned char *buf;
  size_t cap;
  size_t wlen;       /* bytes waiting to be written */
  size_t rpos, rlen; /* unread bytes are buf[rpos..rlen) */
  int ungot;         /* one pushed-back char, or EOF */
  int own_buf;
  struct _IO_FILE *next;
};

static unsigned char stdin_buf[BUFSIZ * 4], stdout_buf[BUFSIZ * 4];
static struct _IO_FILE stdin_file = {0, F_READ, MODE_UNDECIDED, stdin_buf, sizeof stdin_buf, 0, 0, 0, EOF, 0, 0};
static struct _IO_FILE stdout_file = {1, F_WRITE, MODE_UNDECIDED, stdout_buf, sizeof stdout_buf, 0, 0, 0, EOF, 0, &stdin_file};
static struct _IO_FILE stderr_file = {2, F_WRITE, _IONBF, 0, 0, 0, 0, 0, EOF, 0, &stdout_file};
FILE *stdin = &stdin_file;
FILE *stdout = &stdout_file;
FILE *stderr = &stderr_file;
static FILE *all_files = &stderr_file;

static size_t put_bytes(FILE *f, const unsigned char *p, size_t n);
static int fseeko_unlocked(FILE *f, off_t off, int whence);
static FILE *fdopen_unlocked(int fd, const char *mode);
static int fclose_unlocked(FILE *f);

static void decide_mode(FILE *f) {
  if (f->mode == MODE_UNDECIDED) f->mode = isatty(f->fd) ? _IOLBF : _IOFBF;
}

static int write_all(int fd, const unsigned char *p, size_t n) {
  while (n > 0) {
    ssize_t w = write(fd, p, n);
    if (w < 0) {
      if (errno == EINTR) continue;
      return -1;
    }
    p += w;
    n -= (size_t)w;
  }
  return 0;
}

/* Give back read-ahead so the descriptor's offset matches what the program
 * has consumed (needed before writing, seeking, or closing). */
static void drop_read_buffer(FILE *f) {
  size_t unread = f->rlen - f->rpos + (f->ungot != EOF);
  if (unread) lseek(f->fd, -(off_t)unread, SEEK_CUR);
  f->rpos = f->rlen = 0;
  f->ungot = EOF;
}

static int fflush_unlocked(FILE *f) {
  if (!f) {
    __stdio_flush_all();
    return 0;
  }
  if (f->wlen) {
    int r = write_all(f->fd, f->buf, f->wlen);
    f->wlen = 0;
    if (r < 0) {
      f->flags |= F_ERR;
      return EOF;
    }
  } else if (f->rlen) {
    drop_read_buffer(f);
  }
  return 0;
}

static void flush_all_unlocked(void) {
  for (FILE *f = all_files; f; f = f->next)
    if (f->wlen) fflush(f);
}

/* The one place bytes enter a stream's buffer. */
static size_t put_bytes_unlocked(FILE *f, const unsigned char *p, size_t n) {
  if (f->rlen || f->ungot != EOF) drop_read_buffer(f);
  decide_mode(f);
  if (f->mode == _IONBF || !f->buf) {
    if (write_all(f->fd, p, n) < 0) {
      f->flags |= F_ERR;
      return 0;
    }
    return n;
  }
  size_t done = 0;
  while (done < n) {
    size_t room = f->cap - f->wlen;
    if (room == 0) {
      if (fflush(f)) return done;
      continue;
    }
    size_t k = n - done < room ? n - done : room;
    memcpy(f->buf + f->wlen, p + done, k);
    f->wlen += k;
    done += k;
  }
  if (f->mode == _IOLBF && memchr(p, '\n', n) && fflush(f)) return done;
  return done;
}

size_t fwrite(const void *buf, size_t size, size_t n, FILE *f) {
  size_t total = size * n;
  if (total == 0) return 0;
  return put_bytes(f, buf, total) / size;
}

int fputc(int c, FILE *f) {
  unsigned char b = (unsigned char)c;
  return put_bytes(f, &b, 1) == 1 ? b : EOF;
}
int putc(int c, FILE *f) { return fputc(c, f); }
int putchar(int c) { return fputc(c, stdout); }

int fputs(const char *s, FILE *f) {
  size_t n = strlen(s);
  return put_bytes(f, (const unsigned char *)s, n) == n ? 1 : EOF;
}

int puts(const char *s) { return fputs(s, stdout) == EOF || fputc('\n', stdout) == EOF ? EOF : 1; }

/* Refill the read buffer; 0 at end of file or error. Reading from a
 * terminal-like stream first flushes line-buffered output, so a prompt
 * without a newline shows before the program waits for input. */
static int refill(FILE *f) {
  if (f->wlen) fflush(f);
  decide_mode(f);
  if (stdout->mode == _IOLBF && stdout->wlen) fflush(stdout);
  unsigned char one;
  unsigned char *dst = f->buf ? f->buf : &one;
  size_t cap = f->buf ? f->cap : 1;
  ssize_t n;
  do n = read(f->fd, dst, cap);
  while (n < 0 && errno == EINTR);
  if (n <= 0) {
    f->flags |= n == 0 ? F_EOF : F_ERR;
    return 0;
  }
  if (!f->buf) {
    f->ungot = one;
    return 1;
  }
  f->rpos = 0;
  f->rlen = (size_t)n;
  return 1;
}

static int fgetc_unlocked(FILE *f) {
  if (f->ungot != EOF) {
    int c = f->ungot;
    f->ungot = EOF;
    return c;
  }
  if (f->rpos == f->rlen) {
    if (!refill(f)) return EOF;
    if (!f->buf) return fgetc(f);
  }
  return f->buf[f->rpos++];
}
int getc(FILE *f) { return fgetc(f); }
int getchar(void) { return fgetc(stdin); }

static int ungetc_unlocked(int c, FILE *f) {
  if (c == EOF || f->ungot != EOF) return EOF;
  f->ungot = (unsigned char)c;
  f->flags &= ~F_EOF;
  return (unsigned char)c;
}

char *fgets(char *s, int n, FILE *f) {
  int i = 0;
  while (i < n - 1) {
    int c = fgetc(f);
    if (c == EOF) break;
    s[i++] = (char)c;
    if (c == '\n') break;
  }
  if (i == 0 || n <= 0) return 0;
  s[i] = 0;
  return s;
}

char *gets(char *s) {
  int c, i = 0;
  while ((c = fgetc(stdin)) != EOF && c != '\n') s[i++] = (char)c;
  if (c == EOF && i == 0) return 0;
  s[i] = 0;
  return s;
}

ssize_t getdelim(char **line, size_t *cap, int delim, FILE *f) {
  size_t n = 0;
  for (;;) {
    int c = fgetc(f);
    if (c == EOF && n == 0) return -1;
    if (n + 2 > *cap || !*line) {
      size_t nc = *cap < 64 ? 128 : *cap * 2;
      char *p = realloc(*line, nc);
      if (!p) return -1;
      *line = p;
      *cap = nc;
    }
    if (c == EOF) break;
    (*line)[n++] = (char)c;
    if (c == delim) break;
  }
  (*line)[n] = 0;
  return (ssize_t)n;
}

ssize_t getline(char **line, size_t *cap, FILE *f) { return getdelim(line, cap, '\n', f); }

static size_t fread_unlocked(void *buf, size_t size, size_t n, FILE *f) {
  size_t total = size * n, got = 0;
  unsigned char *p = buf;
  while (got < total) {
    int c = fgetc(f);
    if (c == EOF) break;
    p[got++] = (unsigned char)c;
    /* copy the rest of the buffer in one go */
    size_t avail = f->rlen - f->rpos, want = total - got;
    size_t k = avail < want ? avail : want;
    if (f->buf && k) {
      memcpy(p + got, f->buf + f->rpos, k);
      f->rpos += k;
      got += k;
    }
  }
  return size ? got / size : 0;
}

/* Locked entry points: the streams are shared by all threads (lock.c). The
 * lock is recursive, so these may call each other. */
#define LOCKED(type, call) \
  do {                     \
    __libc_lock();         \
    type r_ = call;        \
    __libc_unlock();       \
    return r_;             \
  } while (0)

int fflush(FILE *f) { LOCKED(int, fflush_unlocked(f)); }
static size_t put_bytes(FILE *f, const unsigned char *p, size_t n) {
  LOCKED(size_t, put_bytes_unlocked(f, p, n));
}
int fgetc(FILE *f) { LOCKED(int, fgetc_unlocked(f)); }
int ungetc(int c, FILE *f) { LOCKED(int, ungetc_unlocked(c, f)); }
size_t fread(void *buf, size_t size, size_t n, FILE *f) { LOCKED(size_t, fread_unlocked(buf, size, n, f)); }
int fseeko(FILE *f, off_t off, int whence) { LOCKED(int, fseeko_unlocked(f, off, whence)); }
FILE *fdopen(int fd, const char *mode) { LOCKED(FILE *, fdopen_unlocked(fd, mode)); }
int fclose(FILE *f) { LOCKED(int, fclose_unlocked(f)); }
void __stdio_flush_all(void) {
  __libc_lock();
  flush_all_unlocked();
  __libc_unlock();
}

int feof(FILE *f) { return (f->flags & F_EOF) != 0; }
int ferror(FILE *f) { return (f->flags & F_ERR) != 0; }
void clearerr(FILE *f) { f->flags &= ~(F_EOF | F_ERR); }
int fileno(FILE *f) { return f->fd; }

static int fseeko_unlocked(FILE *f, off_t off, int whence) {
  if (fflush(f)) return -1;
  if (f->rlen || f->ungot != EOF) {
    if (whence == SEEK_CUR) off -= (off_t)(f->rlen - f->rpos + (f->ungot != EOF));
    f->rpos = f->rlen = 0;
    f->ungot = EOF;
  }
  if (lseek(f->fd, off, whence) < 0) return -1;
  f->flags &= ~F_EOF;
  return 0;
}
int fseek(FILE *f, long off, int whence) { return fseeko(f, off, whence); }

off_t ftello(FILE *f) {
  off_t pos = lseek(f->fd, 0, SEEK_CUR);
  if (pos < 0) return -1;
  return pos + (off_t)f->wlen - (off_t)(f->rlen - f->rpos) - (f->ungot != EOF);
}
long ftell(FILE *f) { return (long)ftello(f); }
void rewind(FILE *f) {
  fseek(f, 0, SEEK_SET);
  clearerr(f);
}

int setvbuf(FILE *f, char *buf, int mode, size_t size) {
  if (mode != _IOFBF && mode != _IOLBF && mode != _IONBF) return -1;
  fflush(f);
  f->mode = mode;
  if (buf && size) {
    if (f->own_buf) free(f->buf);
    f->buf = (unsigned char *)buf;
    f->cap = size;
    f->own_buf = 0;
  }
  return 0;
}
void setbuf(FILE *f, char *buf) { setvbuf(f, buf, buf ? _IOFBF : _IONBF, BUFSIZ); }
void setlinebuf(FILE *f) { setvbuf(f, 0, _IOLBF, 0); }

/* "r", "w", "a", with optional "+", "b" (ignored), "e" (O_CLOEXEC),
 * "x" (O_EXCL). */
static int parse_mode(const char *mode, int *flags) {
  int o;
  switch (*mode) {
    case 'r': o = O_RDONLY; *flags = F_READ; break;
    case 'w': o = O_WRONLY | O_CREAT | O_TRUNC; *flags = F_WRITE; break;
    case 'a': o = O_WRONLY | O_CREAT | O_APPEND; *flags = F_WRITE | F_APPEND; break;
    default: return -1;
  }
  for (const char *m = mode + 1; *m; m++) {
    if (*m == '+') {
      o = (o & ~O_ACCMODE) | O_RDWR;
      *flags |= F_READ | F_WRITE;
    } else if (*m == 'e') {
      o |= O_CLOEXEC;
    } else if (*m == 'x') {
      o |= O_EXCL;
    }
  }
  return o;
}

static FILE *fdopen_unlocked(int fd, const char *mode) {
  int flags;
  if (parse_mode(mode, &flags) < 0) {
    errno = EINVAL;
    return 0;
  }
  FILE *f = calloc(1, sizeof *f);
  if (!f) return 0;
  f->buf = malloc(BUFSIZ * 4);
  if (!f->buf) {
    free(f);
    return 0;
  }
  f->cap = BUFSIZ * 4;
  f->own_buf = 1;
  f->fd = fd;
  f->flags = flags;
  f->mode = MODE_UNDECIDED;
  f->ungot = EOF;
  f->next = all_files;
  all_files = f;
  return f;
}

FILE *fopen(const char *path, const char *mode) {
  int flags;
  int o = parse_mode(mode, &flags);
  if (o < 0) {
    errno = EINVAL;
    return 0;
  }
  int fd = open(path, o, 0666);
  if (fd < 0) return 0;
  FILE *f = fdopen(fd, mode);
  if (!f) close(fd);
  return f;
}

static int fclose_unlocked(FILE *f) {
  int r = fflush(f);
  if (close(f->fd) < 0) r = EOF;
  for (FILE **p = &all_files; *p; p = &(*p)->next)
    if (*p == f) {
      *p = f->next;
      break;
    }
  if (f == stdin || f == stdout || f == stderr) return r;
  if (f->own_buf) free(f->buf);
  free(f);
  return r;
}

FILE *freopen(const char *path, const char *mode, FILE *f) {
  int flags;
  int o = parse_mode(mode, &flags);
  if (o < 0) return 0;
  fflush(f);
  int fd = open(path, o, 0666);
  if (fd < 0) return 0;
  if (dup2(fd, f->fd) < 0) {
    close(fd);
    return 0;
  }
  close(fd);
  f->flags = flags;
  f->rpos = f->rlen = f->wlen = 0;
  f->ungot = EOF;
  if (f->mode != _IONBF) f->mode = MODE_UNDECIDED;
  return f;
}

/* popen: a child runs sh -c cmd with one end of a pipe as its stdin or
 * stdout. The pid hides in a small table keyed by the stream. */
#define POPEN_MAX 16
static struct { FILE *f; pid_t pid; } popen_table[POPEN_MAX];

FILE *popen(const char *cmd, const char *mode) {
  int fds[2];
  int reading = mode[0] == 'r';
  if ((mode[0] != 'r' && mode[0] != 'w') || pipe2(fds, O_CLOEXEC) < 0) return 0;
  pid_t pid = fork();
  if (pid < 0) {
    close(fds[0]);
    close(fds[1]);
    return 0;
  }
  if (pid == 0) {
    dup2(fds[reading ? 1 : 0], reading ? 1 : 0);
    execl("/bin/sh", "sh", "-c", cmd, (char *)0);
    _exit(127);
  }
  close(fds[reading ? 1 : 0]);
  FILE *f = fdopen(fds[reading ? 0 : 1], reading ? "r" : "w");
  for (int i = 0; f && i < POPEN_MAX; i++)
    if (!popen_table[i].f) {
      popen_table[i].f = f;
      popen_table[i].pid = pid;
      break;
    }
  return f;
}

int pclose(FILE *f) {
  pid_t pid = -1;
  for (int i = 0; i < POPEN_MAX; i++)
    if (popen_table[i].f == f) {
      pid = popen_table[i].pid;
      popen_table[i].f = 0;
    }
  fclose(f);
  int status;
  if (pid < 0) return -1;
  while (waitpid(pid, &status, 0) < 0)
    if (errno != EINTR) return -1;
  return status;
}

void psignal(int sig, const char *msg) {
  if (msg && *msg) fprintf(stderr, "%s: %s\n", msg, strsignal(sig));
  else fprintf(stderr, "%s\n", strsignal(sig));
}
