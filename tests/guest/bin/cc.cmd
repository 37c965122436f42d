cc
hello.c
