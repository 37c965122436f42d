# The lab with its ImGui UI: a desktop program natively, a page on the web.
add_library(forklab_glfw_app STATIC glfw_app.cpp)
target_link_libraries(forklab_glfw_app PUBLIC forklab_ui)

if(EMSCRIPTEN)
  # Output: build/web/{index.html, forklab.js, forklab.wasm}. We link to a .js
  # and ship our own index.html (emscripten's HTML minifier step is fragile).
  set(FORKLAB_WEB_OUT ${CMAKE_BINARY_DIR}/web CACHE PATH "Where the web build puts the page")
  add_executable(forklab_web web_main.cpp)
  target_link_libraries(forklab_web PRIVATE forklab_glfw_app)
  set_target_properties(forklab_web PROPERTIES
    OUTPUT_NAME forklab SUFFIX .js RUNTIME_OUTPUT_DIRECTORY ${FORKLAB_WEB_OUT})
  target_link_options(forklab_web PRIVATE
    -sALLOW_MEMORY_GROWTH=1 -sENVIRONMENT=web -sMODULARIZE=0
    -sEXPORTED_RUNTIME_METHODS=[ccall,UTF8ToString]
    "-sEXPORTED_FUNCTIONS=[_main,_malloc,_free,_forklab_query,_forklab_command,_forklab_load_bytes]"
    --no-heap-copy)
  add_custom_command(OUTPUT ${FORKLAB_WEB_OUT}/index.html
    COMMAND ${CMAKE_COMMAND} -E copy ${CMAKE_SOURCE_DIR}/web/index.html ${FORKLAB_WEB_OUT}/index.html
    DEPENDS ${CMAKE_SOURCE_DIR}/web/index.html
    COMMENT "Copying web/index.html")
  add_custom_target(forklab_web_page ALL DEPENDS ${FORKLAB_WEB_OUT}/index.html)
else()
  add_executable(forklab-desktop desktop_main.cpp png_writer.cpp)
  target_link_libraries(forklab-desktop PRIVATE forklab_glfw_app)
endif()
