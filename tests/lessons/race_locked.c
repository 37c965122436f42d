/* race.c with the lock in both runs: no update is lost. */
#include <pthread.h>
#include <stdio.h>

#define N 100000

static volatile int counter;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

static void *add_racy(void *arg)
{
	int i;
	(void) arg;
	for (i = 0; i < N; i++)
		counter++;
	return NULL;
}

static void *add_locked(void *arg)
{
	int i;
	(void) arg;
	for (i = 0; i < N; i++) {
		pthread_mutex_lock(&lock);
		counter++;
		pthread_mutex_unlock(&lock);
	}
	return NULL;
}

static void run(const char *name, void *(*fn)(void *))
{
	pthread_t a, b;
	counter = 0;
	pthread_create(&a, NULL, fn, NULL);
	pthread_create(&b, NULL, fn, NULL);
	pthread_join(a, NULL);
	pthread_join(b, NULL);
	printf("%s: counter = %d, expected %d", name, counter, 2 * N);
	if (counter != 2 * N)
		printf(" (%d updates lost)", 2 * N - counter);
	printf("\n");
}

int main(void)
{
	run("racy", add_locked);
	run("locked", add_locked);
	return 0;
}
