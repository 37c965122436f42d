# Redirections to and from files in /tmp, read back with cat.
echo hello > /tmp/f
echo world >> /tmp/f
cat /tmp/f
echo replaced > /tmp/f
cat < /tmp/f
grep -c o < /tmp/f
cat nosuchfile 2> /tmp/err
echo "cat failed with $?; its message went to the file:"
cat /tmp/err
cat nosuchfile > /tmp/both 2>&1
echo "2>&1 after > sends both to the file:"
cat /tmp/both
cat nosuchfile 2>&1 > /tmp/out | grep -c 'No such file'
echo "2>&1 before > : the message went to the pipe, not the file ($(cat /tmp/out))"
echo order > /tmp/a > /tmp/b
echo "last > wins: a=[$(cat /tmp/a)]"
