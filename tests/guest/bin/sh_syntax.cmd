sh
-c
echo a |; echo b
