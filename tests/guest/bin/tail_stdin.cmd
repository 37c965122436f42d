tail
-1
