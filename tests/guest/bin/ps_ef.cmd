ps
-ef
