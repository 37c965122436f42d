cat
sample.txt
-
