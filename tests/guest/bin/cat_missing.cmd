cat
no-such-file
