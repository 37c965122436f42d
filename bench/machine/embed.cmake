# cmake -DIN=file -DOUT=header.h -DNAME=symbol -P embed.cmake
# Writes the bytes of IN as a C++ array (the benchmark embeds its guest ELF,
# so the same source builds natively and with emscripten).
file(READ ${IN} hex HEX)
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," body "${hex}")
file(WRITE ${OUT} "// Generated from ${IN}\n#pragma once\nstatic const unsigned char ${NAME}[] = {${body}};\n")
