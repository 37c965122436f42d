sh
-c
cat < sample.txt | wc -l; echo x > /dev/null; cd dir && ls; exit 4
