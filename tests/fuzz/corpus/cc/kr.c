main(argc, argv) char **argv; { static x; goto end; end: return strlen(argv[0]) + x; }
