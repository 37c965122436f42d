sh
-c
echo 'a  b' "c \"d\"" e\ f; X=1; echo "$X" '$X' \$X
