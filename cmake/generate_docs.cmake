# Runs the lore just built to write its completions and lore(1), generated from the
# options it declares: OUTPUT_DIR/completions/lore.bash and lore.fish, and
# OUTPUT_DIR/man/lore.1 (TEMPLATE, man/lore.1.in, with the option lists spliced in).
# Usage: cmake -DLORE=lore -DTEMPLATE=man/lore.1.in -DOUTPUT_DIR=dir -P generate_docs.cmake
function(lore_generate what output)
  execute_process(COMMAND "${LORE}" --generate ${what}
                  OUTPUT_FILE "${output}.tmp" RESULT_VARIABLE status ERROR_VARIABLE errors)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "lore --generate ${what} failed (${status}): ${errors}")
  endif()
endfunction()

file(MAKE_DIRECTORY "${OUTPUT_DIR}/completions" "${OUTPUT_DIR}/man")
foreach(shell IN ITEMS bash fish)
  set(script "${OUTPUT_DIR}/completions/lore.${shell}")
  lore_generate(${shell} "${script}")
  file(COPY_FILE "${script}.tmp" "${script}" ONLY_IF_DIFFERENT)
  file(REMOVE "${script}.tmp")
endforeach()

set(options "${OUTPUT_DIR}/man/lore.1.options")
lore_generate(man-options "${options}")
file(RENAME "${options}.tmp" "${options}")
execute_process(COMMAND "${CMAKE_COMMAND}" -DTEMPLATE=${TEMPLATE} -DOPTIONS=${options}
                        -DOUTPUT=${OUTPUT_DIR}/man/lore.1
                        -P "${CMAKE_CURRENT_LIST_DIR}/splice_man.cmake"
                RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "splicing lore(1)'s options into ${TEMPLATE} failed")
endif()
