kill
-NOSUCH
1
