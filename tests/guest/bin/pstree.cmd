pstree
-p
