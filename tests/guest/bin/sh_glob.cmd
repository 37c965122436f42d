sh
-c
echo dir/*; echo "dir/*" dir/\*; echo nomatch*; echo dir/[ab].txt dir/?.txt; echo dir/.h*; cd dir && echo *
