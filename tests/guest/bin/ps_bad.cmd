ps
-o
bogus
