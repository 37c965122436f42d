tail
-n
2
sample.txt
