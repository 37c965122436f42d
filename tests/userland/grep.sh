# grep on our kernel: options, files and stdin, exit statuses.
echo 'alpha one
beta two
Gamma three
delta four
alpha five' > /tmp/words
grep alpha /tmp/words
echo "--- -n -v -c -i"
grep -n a.p /tmp/words
grep -v alpha /tmp/words
grep -c '^[ab]' /tmp/words
grep -i gamma /tmp/words
echo "--- anchors, sets, stars, escapes"
grep 'e$' /tmp/words
grep '^[^ab]' /tmp/words
grep 'l*pha f' /tmp/words
echo 'a.b
axb' | grep 'a\.b'
echo "--- -E and -F"
grep -E '(one|two)$' /tmp/words
echo 'a.*b' | grep -F '.*'
echo "--- several files are prefixed with their names"
echo 'alpha six' > /tmp/more
grep -n alpha /tmp/words /tmp/more
grep -c alpha /tmp/words /tmp/more
grep -l beta /tmp/words /tmp/more
echo "--- exit status: 0 found, 1 not found, 2 error"
grep -q beta /tmp/words; echo $?
grep -q zeta /tmp/words; echo $?
grep beta /nonexistent 2>/dev/null; echo $?
grep '[' /tmp/words 2>/dev/null; echo $?
grep 2>/dev/null; echo $?
echo "--- [z]ombie does not match the grep's own command line"
echo 'grep [z]ombie
[zombie] <defunct>
./zombie' | grep '[z]ombie'
