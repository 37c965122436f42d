ls
-a
dir
