/* The guest ABI: errno values (Linux's include/uapi/asm-generic/errno*.h).
 * System calls return -ABI_Exxx in a0; libc stores the positive value in
 * errno. Messages are glibc's wording, for strerror and for trace events. */
#ifndef FORKLAB_ABI_ERRNO_H
#define FORKLAB_ABI_ERRNO_H

#define ABI_EPERM 1
#define ABI_ENOENT 2
#define ABI_ESRCH 3
#define ABI_EINTR 4
#define ABI_EIO 5
#define ABI_ENXIO 6
#define ABI_E2BIG 7
#define ABI_ENOEXEC 8
#define ABI_EBADF 9
#define ABI_ECHILD 10
#define ABI_EAGAIN 11
#define ABI_ENOMEM 12
#define ABI_EACCES 13
#define ABI_EFAULT 14
#define ABI_ENOTBLK 15
#define ABI_EBUSY 16
#define ABI_EEXIST 17
#define ABI_EXDEV 18
#define ABI_ENODEV 19
#define ABI_ENOTDIR 20
#define ABI_EISDIR 21
#define ABI_EINVAL 22
#define ABI_ENFILE 23
#define ABI_EMFILE 24
#define ABI_ENOTTY 25
#define ABI_ETXTBSY 26
#define ABI_EFBIG 27
#define ABI_ENOSPC 28
#define ABI_ESPIPE 29
#define ABI_EROFS 30
#define ABI_EMLINK 31
#define ABI_EPIPE 32
#define ABI_EDOM 33
#define ABI_ERANGE 34
#define ABI_EDEADLK 35
#define ABI_ENAMETOOLONG 36
#define ABI_ENOLCK 37
#define ABI_ENOSYS 38
#define ABI_ENOTEMPTY 39
#define ABI_ELOOP 40
#define ABI_ENOMSG 42
#define ABI_EIDRM 43
#define ABI_ENOSTR 60
#define ABI_ENODATA 61
#define ABI_ETIME 62
#define ABI_ENOSR 63
#define ABI_ENOLINK 67
#define ABI_EPROTO 71
#define ABI_EMULTIHOP 72
#define ABI_EBADMSG 74
#define ABI_EOVERFLOW 75
#define ABI_EILSEQ 84
#define ABI_ENOTSOCK 88
#define ABI_EDESTADDRREQ 89
#define ABI_EMSGSIZE 90
#define ABI_EPROTOTYPE 91
#define ABI_ENOPROTOOPT 92
#define ABI_EPROTONOSUPPORT 93
#define ABI_EOPNOTSUPP 95
#define ABI_EAFNOSUPPORT 97
#define ABI_EADDRINUSE 98
#define ABI_EADDRNOTAVAIL 99
#define ABI_ENETDOWN 100
#define ABI_ENETUNREACH 101
#define ABI_ECONNABORTED 103
#define ABI_ECONNRESET 104
#define ABI_ENOBUFS 105
#define ABI_EISCONN 106
#define ABI_ENOTCONN 107
#define ABI_ETIMEDOUT 110
#define ABI_ECONNREFUSED 111
#define ABI_EHOSTUNREACH 113
#define ABI_EALREADY 114
#define ABI_EINPROGRESS 115
#define ABI_ESTALE 116
#define ABI_EDQUOT 122
#define ABI_ECANCELED 125
#define ABI_EOWNERDEAD 130
#define ABI_ENOTRECOVERABLE 131
#define ABI_EWOULDBLOCK ABI_EAGAIN
#define ABI_EDEADLOCK ABI_EDEADLK
#define ABI_ENOTSUP ABI_EOPNOTSUPP
#define ABI_ERRNO_MAX 133 /* every value above is below this */

/* Kernel-internal restart codes (Linux include/linux/errno.h). They never
 * reach a guest: the signal code turns them into EINTR or a restart. */
#define ABI_ERESTARTSYS 512
#define ABI_ERESTARTNOINTR 513
#define ABI_ERESTARTNOHAND 514
#define ABI_ERESTART_RESTARTBLOCK 516

/* X-macro: X(NAME, "message") for every errno above (not the aliases).
 * Use: #define X(n, msg) case ABI_##n: return #n; */
#define ABI_ERRNO_LIST(X) \
  X(EPERM, "Operation not permitted") \
  X(ENOENT, "No such file or directory") \
  X(ESRCH, "No such process") \
  X(EINTR, "Interrupted system call") \
  X(EIO, "Input/output error") \
  X(ENXIO, "No such device or address") \
  X(E2BIG, "Argument list too long") \
  X(ENOEXEC, "Exec format error") \
  X(EBADF, "Bad file descriptor") \
  X(ECHILD, "No child processes") \
  X(EAGAIN, "Resource temporarily unavailable") \
  X(ENOMEM, "Cannot allocate memory") \
  X(EACCES, "Permission denied") \
  X(EFAULT, "Bad address") \
  X(ENOTBLK, "Block device required") \
  X(EBUSY, "Device or resource busy") \
  X(EEXIST, "File exists") \
  X(EXDEV, "Invalid cross-device link") \
  X(ENODEV, "No such device") \
  X(ENOTDIR, "Not a directory") \
  X(EISDIR, "Is a directory") \
  X(EINVAL, "Invalid argument") \
  X(ENFILE, "Too many open files in system") \
  X(EMFILE, "Too many open files") \
  X(ENOTTY, "Inappropriate ioctl for device") \
  X(ETXTBSY, "Text file busy") \
  X(EFBIG, "File too large") \
  X(ENOSPC, "No space left on device") \
  X(ESPIPE, "Illegal seek") \
  X(EROFS, "Read-only file system") \
  X(EMLINK, "Too many links") \
  X(EPIPE, "Broken pipe") \
  X(EDOM, "Numerical argument out of domain") \
  X(ERANGE, "Numerical result out of range") \
  X(EDEADLK, "Resource deadlock avoided") \
  X(ENAMETOOLONG, "File name too long") \
  X(ENOLCK, "No locks available") \
  X(ENOSYS, "Function not implemented") \
  X(ENOTEMPTY, "Directory not empty") \
  X(ELOOP, "Too many levels of symbolic links") \
  X(ENOMSG, "No message of desired type") \
  X(EIDRM, "Identifier removed") \
  X(ENOSTR, "Device not a stream") \
  X(ENODATA, "No data available") \
  X(ETIME, "Timer expired") \
  X(ENOSR, "Out of streams resources") \
  X(ENOLINK, "Link has been severed") \
  X(EPROTO, "Protocol error") \
  X(EMULTIHOP, "Multihop attempted") \
  X(EBADMSG, "Bad message") \
  X(EOVERFLOW, "Value too large for defined data type") \
  X(EILSEQ, "Invalid or incomplete multibyte or wide character") \
  X(ENOTSOCK, "Socket operation on non-socket") \
  X(EDESTADDRREQ, "Destination address required") \
  X(EMSGSIZE, "Message too long") \
  X(EPROTOTYPE, "Protocol wrong type for socket") \
  X(ENOPROTOOPT, "Protocol not available") \
  X(EPROTONOSUPPORT, "Protocol not supported") \
  X(EOPNOTSUPP, "Operation not supported") \
  X(EAFNOSUPPORT, "Address family not supported by protocol") \
  X(EADDRINUSE, "Address already in use") \
  X(EADDRNOTAVAIL, "Cannot assign requested address") \
  X(ENETDOWN, "Network is down") \
  X(ENETUNREACH, "Network is unreachable") \
  X(ECONNABORTED, "Software caused connection abort") \
  X(ECONNRESET, "Connection reset by peer") \
  X(ENOBUFS, "No buffer space available") \
  X(EISCONN, "Transport endpoint is already connected") \
  X(ENOTCONN, "Transport endpoint is not connected") \
  X(ETIMEDOUT, "Connection timed out") \
  X(ECONNREFUSED, "Connection refused") \
  X(EHOSTUNREACH, "No route to host") \
  X(EALREADY, "Operation already in progress") \
  X(EINPROGRESS, "Operation now in progress") \
  X(ESTALE, "Stale file handle") \
  X(EDQUOT, "Disk quota exceeded") \
  X(ECANCELED, "Operation canceled") \
  X(EOWNERDEAD, "Owner died") \
  X(ENOTRECOVERABLE, "State not recoverable")

#endif
