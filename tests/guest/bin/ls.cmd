ls
dir
