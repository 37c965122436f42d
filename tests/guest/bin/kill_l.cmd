kill
-l
137
