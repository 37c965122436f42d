#include <stdio.h>
#include <string.h>
/* Check digits: Luhn (credit cards), ISBN-10, and an EAN-13 validator. */
static int luhn(const char *s) {
  int sum = 0, dbl = 0;
  for (int i = strlen(s) - 1; i >= 0; i--) {
    int d = s[i] - '0';
    if (dbl) { d *= 2; if (d > 9) d -= 9; }
    sum += d;
    dbl = !dbl;
  }
  return sum % 10 == 0;
}
static int isbn10(const char *s) {
  int sum = 0;
  for (int i = 0; i < 10; i++) sum += (s[i] == 'X' ? 10 : s[i] - '0') * (10 - i);
  return sum % 11 == 0;
}
static int ean13(const char *s) {
  int sum = 0;
  for (int i = 0; i < 12; i++) sum += (s[i] - '0') * (i % 2 ? 3 : 1);
  return (10 - sum % 10) % 10 == s[12] - '0';
}
int main(void) {
  const char *cards[] = { "4539578763621486", "1234567812345678", "79927398713", "0" };
  for (int i = 0; i < 4; i++) printf("%d", luhn(cards[i]));
  printf("\n%d %d\n", isbn10("0306406152"), isbn10("0306406153"));
  printf("%d %d\n", ean13("4006381333931"), ean13("4006381333932"));
  return 0;
}
