ps
-L
-e
