head
-n
2
sample.txt
