# a script run by the guest sh (tests/guest/CMakeLists.txt)
echo start
false
echo "status $?"
X=hello; export Y=world
echo "$X ${Y}" 'single $X'
true && false || echo "fallback"
echo one two three | grep two > script-out.tmp
cat < script-out.tmp; cat script-out.tmp script-out.tmp > script-out2.tmp; cat script-out2.tmp
rm script-out.tmp script-out2.tmp
echo not reached
