# a script run by the guest sh (tests/guest/CMakeLists.txt)
echo start
false
echo "status $?"
X=hello; export Y=world
echo "$X ${Y}" 'single $X'
true && false || echo "fallback"
echo one two three | grep two > out.tmp
cat < out.tmp; cat out.tmp out.tmp > out2.tmp; cat out2.tmp
rm out.tmp out2.tmp
echo not reached
