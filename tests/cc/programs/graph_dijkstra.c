#include <stdio.h>
#include <limits.h>
/* Dijkstra on an adjacency matrix, topological sort by DFS, and
   union-find for connected components. */
#define N 7
static int w[N][N];
static void edge(int a, int b, int c) { w[a][b] = w[b][a] = c; }
static int parent[10];
static int find(int x) { return parent[x] == x ? x : (parent[x] = find(parent[x])); }
static void unite(int a, int b) { parent[find(a)] = find(b); }
static int dag[6][6], seen[6], order[6], no;
static void dfs(int u) {
  seen[u] = 1;
  for (int v = 0; v < 6; v++) if (dag[u][v] && !seen[v]) dfs(v);
  order[no++] = u;
}
int main(void) {
  edge(0, 1, 7); edge(0, 2, 9); edge(0, 5, 14); edge(1, 2, 10); edge(1, 3, 15);
  edge(2, 3, 11); edge(2, 5, 2); edge(3, 4, 6); edge(4, 5, 9);
  int dist[N], done[N] = { 0 };
  for (int i = 0; i < N; i++) dist[i] = INT_MAX;
  dist[0] = 0;
  for (int it = 0; it < N; it++) {
    int u = -1;
    for (int i = 0; i < N; i++) if (!done[i] && (u < 0 || dist[i] < dist[u])) u = i;
    if (dist[u] == INT_MAX) break;
    done[u] = 1;
    for (int v = 0; v < N; v++)
      if (w[u][v] && dist[u] + w[u][v] < dist[v]) dist[v] = dist[u] + w[u][v];
  }
  for (int i = 0; i < N; i++) printf("%d ", dist[i] == INT_MAX ? -1 : dist[i]);
  printf("\n");
  dag[5][2] = dag[5][0] = dag[4][0] = dag[4][1] = dag[2][3] = dag[3][1] = 1;
  for (int u = 5; u >= 0; u--) if (!seen[u]) dfs(u);
  for (int i = no - 1; i >= 0; i--) printf("%d ", order[i]);
  printf("\n");
  for (int i = 0; i < 10; i++) parent[i] = i;
  unite(0, 1); unite(2, 3); unite(1, 3); unite(5, 6); unite(8, 9); unite(9, 5);
  int comps = 0;
  for (int i = 0; i < 10; i++) comps += find(i) == i;
  printf("%d %d %d\n", comps, find(0) == find(2), find(4) == find(6));
  return 0;
}
