sh
script.sh
