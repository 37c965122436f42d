env
-i
A=1
B=two
