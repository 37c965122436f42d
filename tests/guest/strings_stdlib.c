/* string.h, ctype.h and stdlib.h functions. */
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int cmp_int(const void *a, const void *b) {
  int x = *(const int *)a, y = *(const int *)b;
  return (x > y) - (x < y);
}

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

int main(void) {
  char buf[64];
  printf("%d %d %d\n", (int)strlen("hello"), strcmp("abc", "abd") < 0, strncmp("abcx", "abcy", 3));
  strcpy(buf, "foo");
  strcat(buf, "bar");
  printf("%s %s %s\n", buf, strchr(buf, 'b'), strrchr("a/b/c", '/'));
  printf("%s %d %d\n", strstr("haystack needle", "need"), (int)strspn("aabbc", "ab"),
         (int)strcspn("hello world", " "));
  char text[] = "one, two,,three";
  for (char *t = strtok(text, ", "); t; t = strtok(0, ", ")) printf("<%s>", t);
  printf("\n");
  printf("%d %d %d\n", memcmp("ab", "ac", 2) < 0, strcasecmp("HeLLo", "hello"), toupper('q'));
  char *d = strdup("duplicate");
  printf("%s %d\n", d, isdigit('7') && isspace('\t') && !isalpha('1') && ispunct('!'));
  free(d);
  memset(buf, 'x', 5);
  buf[5] = 0;
  memmove(buf + 1, buf, 3);
  printf("%s\n", buf);

  printf("%d %ld %ld %lu\n", atoi("  -123abc"), strtol("0x1F", 0, 0), strtol("777", 0, 8),
         strtoul("4294967295", 0, 10));
  char *end;
  errno = 0;
  long big = strtol("99999999999", &end, 10);
  printf("%ld %d %d\n", big, errno == ERANGE, *end == 0);
  printf("%lld %llu\n", strtoll("-9223372036854775808", 0, 10), strtoull("18446744073709551615", 0, 10));
  printf("%g %g %g\n", strtod("3.25", 0), strtod("-1e-3", 0), atof("2.5e2x"));

  int v[] = {5, 3, 9, -1, 0, 42, 7, 7, 2, 100, -50, 8, 6, 1, 4};
  int nv = (int)(sizeof v / sizeof v[0]);
  qsort(v, nv, sizeof v[0], cmp_int);
  for (int i = 0; i < nv; i++) printf("%d ", v[i]);
  printf("\n");
  const char *words[] = {"pear", "apple", "fig", "banana", "cherry"};
  qsort(words, 5, sizeof words[0], cmp_str);
  for (int i = 0; i < 5; i++) printf("%s ", words[i]);
  printf("\n");
  int big_sorted = 1;
  static int many[2000];
  srand(7);
  for (int i = 0; i < 2000; i++) many[i] = rand() % 1000;
  qsort(many, 2000, sizeof many[0], cmp_int);
  for (int i = 1; i < 2000; i++) big_sorted &= many[i - 1] <= many[i];
  printf("sorted %d\n", big_sorted);
  int key = 42;
  int *found = bsearch(&key, v, nv, sizeof v[0], cmp_int);
  printf("found %d\n", found ? *found : -1);

  printf("%d %ld %d\n", abs(-5), labs(-7L), div(17, 5).rem);
  setenv("FORKLAB_TEST", "one", 1);
  setenv("FORKLAB_TEST", "two", 0);
  printf("%s\n", getenv("FORKLAB_TEST"));
  setenv("FORKLAB_TEST", "three", 1);
  printf("%s\n", getenv("FORKLAB_TEST"));
  unsetenv("FORKLAB_TEST");
  printf("%s\n", getenv("FORKLAB_TEST") ? "still set" : "unset");

  int a, b2;
  char word[16];
  float f;
  int got = sscanf("12 0x1f word 2.5", "%d %x %15s %f", &a, &b2, word, &f);
  printf("%d %d %d %s %.2f\n", got, a, b2, word, f);
  printf("%s | %s\n", strerror(ENOENT), strsignal(9));
  return 0;
}
