# Words, quotes, backslashes and variables.
echo one   two	three
echo 'single  quotes keep $HOME and \ as they are'
echo "double quotes expand $X and keep  spaces"
X=value
echo "x is $X, braces ${X}s, unset [$NOPE]"
echo $X'$X'"$X"\$X
echo a\ b\\c \"q\"
echo "a \"quoted\" \$dollar \\ backslash"
echo ''""x
echo -n no newline; echo ' <- here'
Y='a   b'
echo $Y
echo "$Y"
false; echo "status after false: $?"
true; echo "status after true: $?"
echo "\$? of a missing command:"; nosuchcommand 2>/dev/null; echo $?
# export reaches children, plain variables do not
LOCAL=1
export GLOBAL=2
sh -c 'echo "child sees LOCAL=[$LOCAL] GLOBAL=[$GLOBAL]"'
INLINE=3 sh -c 'echo "one-command assignment: $INLINE"'
echo "after: [$INLINE]"
sh -c 'echo "\$0=$0 \$1=$1 \$#=$#"' name first second
echo "comment" # not this
echo ~ ~/x "~"
EMPTY=
echo "defaults: ${UNSET:-word} [${EMPTY:-word}] [${EMPTY-word}] [${EMPTY:+alt}] ${X:+alt} ${NEW:=made} $NEW"
sh -c 'echo "positional default: ${1:-one} ${2:-two}"' name given
# "" alone makes an empty word (this once crashed the shell)
x="$x"; y=""; echo "empty: [$x] [$y]" ""
