# Options every Kinsight target gets: strict warnings, strict Qt, sanitizers on request.
add_library(kinsight_options INTERFACE)
target_compile_options(kinsight_options INTERFACE -Wall -Wextra -Wpedantic)
if(KINSIGHT_WERROR)
  target_compile_options(kinsight_options INTERFACE -Werror)
endif()
target_compile_definitions(kinsight_options INTERFACE
  QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_USE_QSTRINGBUILDER QT_NO_KEYWORDS
  QT_NO_URL_CAST_FROM_STRING QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  EIGEN_MPL2_ONLY
  KINSIGHT_VERSION="${PROJECT_VERSION}")
if(KINSIGHT_FUZZ)
  # Everything is instrumented for coverage; only the fuzz targets link libFuzzer's main.
  target_compile_options(kinsight_options INTERFACE -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer)
  target_link_options(kinsight_options INTERFACE -fsanitize=address,undefined)
elseif(KINSIGHT_TSAN)
  target_compile_options(kinsight_options INTERFACE -fsanitize=thread -fno-omit-frame-pointer)
  target_link_options(kinsight_options INTERFACE -fsanitize=thread)
elseif(KINSIGHT_SANITIZE)
  target_compile_options(kinsight_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(kinsight_options INTERFACE -fsanitize=address,undefined)
endif()

# kinsight_add_test(NAME SOURCES ... LIBS ... [LABELS ...] [CLI])
# Every test runs offscreen, with a fixed DPI and its own temporary HOME-like data folder.
function(kinsight_add_test name)
  cmake_parse_arguments(ARG "CLI" "" "SOURCES;LIBS;LABELS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE kinsight_options Qt6::Test ${ARG_LIBS})
  target_compile_definitions(${name} PRIVATE KINSIGHT_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data")
  add_test(NAME ${name} COMMAND ${name})
  set(env "QT_QPA_PLATFORM=offscreen" "QT_SCALE_FACTOR=1" "QT_ENABLE_HIGHDPI_SCALING=0" "LC_ALL=C.UTF-8"
          "KINSIGHT_BINARY=$<TARGET_FILE_DIR:${name}>")
  set_tests_properties(${name} PROPERTIES ENVIRONMENT "${env}" TIMEOUT 600)
  if(ARG_LABELS)
    set_tests_properties(${name} PROPERTIES LABELS "${ARG_LABELS}")
  endif()
  # A suite that runs the command line (tests/core/clirun.h) finds it in KINSIGHT_EXECUTABLE.
  if(ARG_CLI)
    set_property(TEST ${name} APPEND PROPERTY ENVIRONMENT "KINSIGHT_EXECUTABLE=$<TARGET_FILE:kinsight>")
    add_dependencies(${name} kinsight)
  endif()
endfunction()
