# cc_abi: clang's object and ours, linked by our linker, run under qemu.
file(MAKE_DIRECTORY ${WORK})
function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "failed (${rc}): ${ARGN}\n${out}\n${err}")
  endif()
  set(last_out "${out}" PARENT_SCOPE)
endfunction()
run(${CC} -I ${INC} -c ${SRC}/our_side.c -o ${WORK}/our_side.o)
file(READ ${SRC}/expected.out want)
# medlow uses absolute HI20/LO12 pairs; medany uses PCREL_HI20/PCREL_LO12
# pairs, which our linker must pair up through the AUIPC's label.
foreach(model medlow medany)
  run(${CLANG} --target=riscv32 -march=rv32ima -mabi=ilp32 -mno-relax -mcmodel=${model} -nostdlib -ffreestanding -O1
      -I ${INC} -c ${SRC}/clang_side.c -o ${WORK}/clang_side_${model}.o)
  run(${CC} ${WORK}/our_side.o ${WORK}/clang_side_${model}.o ${RT}/crt0.o ${RT}/runtime.o ${RT}/softfloat.o
      -o ${WORK}/abi_${model}.elf)
  run(${QEMU} ${WORK}/abi_${model}.elf)
  if(NOT last_out STREQUAL want)
    message(FATAL_ERROR "ABI test (${model}) output differs:\n--- got ---\n${last_out}--- want ---\n${want}")
  endif()
endforeach()
message(STATUS "ABI test passed (medlow and medany)")
