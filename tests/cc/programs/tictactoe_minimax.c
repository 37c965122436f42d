#include <stdio.h>
/* Tic-tac-toe with full minimax: perfect play from the empty board is a
   draw; count the positions explored. */
static char b[9];
static long visited;
static int winner(void) {
  static const int lines[8][3] = { { 0, 1, 2 }, { 3, 4, 5 }, { 6, 7, 8 }, { 0, 3, 6 }, { 1, 4, 7 }, { 2, 5, 8 }, { 0, 4, 8 }, { 2, 4, 6 } };
  for (int i = 0; i < 8; i++)
    if (b[lines[i][0]] != ' ' && b[lines[i][0]] == b[lines[i][1]] && b[lines[i][1]] == b[lines[i][2]]) return b[lines[i][0]];
  return 0;
}
static int minimax(char player, int *best_move) {
  visited++;
  int w = winner();
  if (w) return w == 'X' ? 1 : -1;
  int best = player == 'X' ? -2 : 2, moves = 0;
  for (int i = 0; i < 9; i++) {
    if (b[i] != ' ') continue;
    moves++;
    b[i] = player;
    int dummy;
    int s = minimax(player == 'X' ? 'O' : 'X', &dummy);
    b[i] = ' ';
    if ((player == 'X' && s > best) || (player == 'O' && s < best)) { best = s; *best_move = i; }
  }
  return moves ? best : 0;
}
int main(void) {
  for (int i = 0; i < 9; i++) b[i] = ' ';
  int mv = -1;
  int score = minimax('X', &mv);
  printf("score %d move %d visited %ld\n", score, mv, visited);
  const char *start = "XO X  O  ";
  for (int i = 0; i < 9; i++) b[i] = start[i];
  visited = 0;
  score = minimax('X', &mv);
  printf("score %d move %d visited %ld\n", score, mv, visited);
  return 0;
}
