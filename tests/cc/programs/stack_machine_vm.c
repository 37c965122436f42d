#include <stdio.h>
/* A tiny bytecode interpreter (a textbook "write a VM" exercise): loops,
   calls and a data stack, computing factorials and a sum. */
enum op { PUSH, ADD, SUB, MUL, DUP, SWAP, JZ, JMP, PRINT, HALT, OVER, DROP };
static const char *opname[] = { "push", "add", "sub", "mul", "dup", "swap", "jz", "jmp", "print", "halt", "over", "drop" };
static int run(const int *code, int trace) {
  int stack[64], sp = 0, pc = 0, steps = 0;
  for (;;) {
    int op = code[pc++];
    steps++;
    if (trace && steps <= 6) printf("  %s\n", opname[op]);
    switch (op) {
    case PUSH: stack[sp++] = code[pc++]; break;
    case ADD: sp--; stack[sp - 1] += stack[sp]; break;
    case SUB: sp--; stack[sp - 1] -= stack[sp]; break;
    case MUL: sp--; stack[sp - 1] *= stack[sp]; break;
    case DUP: stack[sp] = stack[sp - 1]; sp++; break;
    case OVER: stack[sp] = stack[sp - 2]; sp++; break;
    case DROP: sp--; break;
    case SWAP: { int t = stack[sp - 1]; stack[sp - 1] = stack[sp - 2]; stack[sp - 2] = t; break; }
    case JZ: { int t = code[pc++]; if (stack[--sp] == 0) pc = t; break; }
    case JMP: pc = code[pc]; break;
    case PRINT: printf("%d\n", stack[--sp]); break;
    case HALT: return steps;
    }
  }
}
int main(void) {
  /* acc n: while n { acc *= n; n -= 1 } */
  int fact[] = { PUSH, 1, PUSH, 10, DUP, JZ, 19, DUP, SWAP, DROP, SWAP, OVER, MUL, SWAP, PUSH, 1, SUB, JMP, 4, DROP, PRINT, HALT };
  printf("steps %d\n", run(fact, 1));
  int sum[] = { PUSH, 0, PUSH, 100, DUP, JZ, 17, SWAP, OVER, ADD, SWAP, PUSH, 1, SUB, JMP, 4, 0, DROP, PRINT, HALT };
  printf("steps %d\n", run(sum, 0));
  return 0;
}
