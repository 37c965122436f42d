sh
-c
echo $0 $1 $# "$*" ${NOPE:-dflt} "${X:-}"
name
one
two
