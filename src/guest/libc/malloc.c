/* malloc: size classes over brk, big blocks over mmap.
 *
 * Requests up to 2 KiB round up to a power of two (16..2048 bytes with the
 * header) and come from free lists, refilled by carving 64 KiB chunks from
 * the heap that sbrk grows. Bigger requests get their own anonymous
 * mapping, returned to the kernel by free. Every block starts with an
 * 8-byte header (so user pointers stay 8-aligned for double and long long)
 * holding its size and a magic word that free checks. */
#include "internal.h"
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#define HEADER 8u
#define MIN_SHIFT 4  /* 16 bytes */
#define MAX_SHIFT 11 /* 2048 bytes */
#define CHUNK (64u * 1024u)
#define MAGIC_SMALL 0x5a11b10cu
#define MAGIC_BIG 0xb16b10c5u

struct header {
  uint32_t size; /* whole block, header included */
  uint32_t magic;
};

struct free_block {
  struct header h;
  struct free_block *next;
};

static struct free_block *free_lists[MAX_SHIFT + 1];
static char *chunk_next, *chunk_end;

static int size_class(size_t total) {
  int shift = MIN_SHIFT;
  while (((size_t)1 << shift) < total) shift++;
  return shift;
}

static void *carve(size_t size) {
  if ((size_t)(chunk_end - chunk_next) < size) {
    /* The tail of the old chunk is dropped; it is always < 2 KiB. */
    char *p = sbrk(CHUNK);
    if (p == (char *)-1) return 0;
    chunk_next = p;
    chunk_end = p + CHUNK;
  }
  char *p = chunk_next;
  chunk_next += size;
  return p;
}

static void *malloc_big(size_t total) {
  size_t len = (total + ABI_PAGE_SIZE - 1) & ~(size_t)(ABI_PAGE_SIZE - 1);
  if (len < total) return 0;
  struct header *h = mmap(0, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (h == MAP_FAILED) return 0;
  h->size = (uint32_t)len;
  h->magic = MAGIC_BIG;
  return (char *)h + HEADER;
}

static void *malloc_unlocked(size_t n) {
  size_t total = n + HEADER;
  if (total < n) {
    errno = ENOMEM;
    return 0;
  }
  if (total > ((size_t)1 << MAX_SHIFT)) {
    void *p = malloc_big(total);
    if (!p) errno = ENOMEM;
    return p;
  }
  int c = size_class(total);
  struct header *h = (struct header *)free_lists[c];
  if (h) {
    free_lists[c] = free_lists[c]->next;
  } else {
    h = carve((size_t)1 << c);
    if (!h) {
      errno = ENOMEM;
      return 0;
    }
  }
  h->size = 1u << c;
  h->magic = MAGIC_SMALL;
  return (char *)h + HEADER;
}

static struct header *header_of(void *p) { return (struct header *)((char *)p - HEADER); }

static void free_unlocked(void *p) {
  if (!p) return;
  struct header *h = header_of(p);
  if (h->magic == MAGIC_BIG) {
    h->magic = 0;
    munmap(h, h->size);
    return;
  }
  if (h->magic != MAGIC_SMALL) abort(); /* double free or a wild pointer */
  h->magic = 0;
  struct free_block *b = (struct free_block *)h;
  int c = size_class(h->size);
  b->next = free_lists[c];
  free_lists[c] = b;
}

/* The free lists are shared by all threads: one lock around each call. */
void *malloc(size_t n) {
  __libc_lock();
  void *p = malloc_unlocked(n);
  __libc_unlock();
  return p;
}

void free(void *p) {
  __libc_lock();
  free_unlocked(p);
  __libc_unlock();
}

void *calloc(size_t n, size_t size) {
  if (size && n > SIZE_MAX / size) {
    errno = ENOMEM;
    return 0;
  }
  void *p = malloc(n * size);
  if (p) memset(p, 0, n * size); /* brk and mmap memory may be reused */
  return p;
}

void *realloc(void *p, size_t n) {
  if (!p) return malloc(n);
  if (n == 0) {
    free(p);
    return 0;
  }
  size_t have = header_of(p)->size - HEADER;
  if (n <= have && (have <= 2048 || n > have / 2)) return p;
  void *q = malloc(n);
  if (!q) return 0;
  memcpy(q, p, n < have ? n : have);
  free(p);
  return q;
}
