# Builds the .deb with CPack in a scratch folder and checks its control fields and file list
# (ctest label `packaging`). Arguments: CPACK, DPKG_DEB, BUILD_DIR, SOURCE_DIR, APP_ID, VERSION.
cmake_policy(VERSION 3.25)
set(out ${BUILD_DIR}/packaging-check)
file(REMOVE_RECURSE ${out})
file(MAKE_DIRECTORY ${out})

execute_process(COMMAND ${CPACK} -G DEB -B ${out} --config ${BUILD_DIR}/CPackConfig.cmake
  WORKING_DIRECTORY ${BUILD_DIR} RESULT_VARIABLE rc OUTPUT_VARIABLE log ERROR_VARIABLE log)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cpack failed (${rc}):\n${log}")
endif()
file(GLOB debs ${out}/kinsight_*.deb)
list(LENGTH debs count)
if(NOT count EQUAL 1)
  message(FATAL_ERROR "expected one kinsight_*.deb in ${out}, found: ${debs}\n${log}")
endif()
list(GET debs 0 deb)
get_filename_component(name ${deb} NAME)
if(NOT name MATCHES "^kinsight_${VERSION}_[a-z0-9]+\\.deb$")
  message(FATAL_ERROR "unexpected package file name ${name}")
endif()

set(failures "")
# expect_match(VARIABLE REGEX WHAT) / expect_no_match(...): collects a failure naming WHAT.
function(expect_match variable regex what)
  if(NOT ${variable} MATCHES "${regex}")
    set(failures "${failures}  ${what}\n" PARENT_SCOPE)
  endif()
endfunction()
function(expect_no_match variable regex what)
  if(${variable} MATCHES "${regex}")
    set(failures "${failures}  ${what}\n" PARENT_SCOPE)
  endif()
endfunction()

# Control fields.
execute_process(COMMAND ${DPKG_DEB} --field ${deb} Package Version Architecture Maintainer Depends Section Description
  RESULT_VARIABLE rc OUTPUT_VARIABLE control)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "dpkg-deb --field ${deb} failed")
endif()
expect_match(control "Package: kinsight\n" "Package is kinsight")
expect_match(control "Version: ${VERSION}\n" "Version is ${VERSION}")
expect_match(control "Architecture: (amd64|arm64|i386|armhf|riscv64|ppc64el|s390x)\n" "Architecture is a Debian one")
expect_match(control "Maintainer: [^\n]+<[^>@]+@[^>]+>" "Maintainer has a name and an address")
expect_match(control "Description: [^\n]+\n [^\n]+" "Description has a summary and a long text")
# From dpkg-shlibdeps: the Qt libraries the program links, SQLite, the C and C++ runtimes.
foreach(dep libqt6core6 libqt6gui6 libqt6widgets6 libsqlite3-0 libc6 "libstdc[+][+]6")
  expect_match(control "Depends:[^\n]*${dep}" "Depends names ${dep}")
endforeach()
# Declared: loaded at run time, so not found by dpkg-shlibdeps.
foreach(dep qt6-qpa-plugins libqt6svg6 fonts-noto-cjk)
  expect_match(control "Depends:[^\n]*${dep}" "Depends names ${dep}")
endforeach()

# Files.
execute_process(COMMAND ${DPKG_DEB} --contents ${deb} RESULT_VARIABLE rc OUTPUT_VARIABLE contents)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "dpkg-deb --contents ${deb} failed")
endif()
foreach(path
    "/usr/bin/kinsight"
    "/usr/share/applications/${APP_ID}.desktop"
    "/usr/share/icons/hicolor/scalable/apps/${APP_ID}.svg"
    "/usr/share/metainfo/${APP_ID}.metainfo.xml"
    "/usr/share/kinsight/translations/kinsight_zh_CN.qm")
  string(REPLACE "." "[.]" pattern "${path}")
  expect_match(contents " [.]${pattern}\n" "contains ${path}")
endforeach()
expect_match(contents "rwxr-xr-x [^\n]* [.]/usr/bin/kinsight\n" "/usr/bin/kinsight is executable")
expect_no_match(contents "[.](a|h|cmake)\n" "no static libraries, headers or CMake files")
expect_no_match(contents " [.]/usr/(lib|include)/" "nothing under /usr/lib or /usr/include")

# What got in is what the sources hold.
file(MAKE_DIRECTORY ${out}/root)
execute_process(COMMAND ${DPKG_DEB} --extract ${deb} ${out}/root RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "dpkg-deb --extract ${deb} failed")
endif()
file(READ ${out}/root/usr/share/applications/${APP_ID}.desktop desktop)
expect_match(desktop "\nExec=kinsight" "the desktop entry runs kinsight")
expect_match(desktop "\nIcon=${APP_ID}\n" "the desktop entry names the installed icon")
file(READ ${out}/root/usr/share/metainfo/${APP_ID}.metainfo.xml metainfo)
expect_match(metainfo "<release version=\"${VERSION}\"" "the metainfo's latest release is ${VERSION}")
expect_match(metainfo "<launchable type=\"desktop-id\">${APP_ID}[.]desktop</launchable>"
  "the metainfo launches the desktop entry")
file(SIZE ${out}/root/usr/share/kinsight/translations/kinsight_zh_CN.qm qm_size)
if(qm_size LESS 1000)
  string(APPEND failures "  the zh_CN translation is not empty\n")
endif()

if(failures)
  message(FATAL_ERROR "${name}:\n${failures}\ncontrol:\n${control}\ncontents:\n${contents}")
endif()
message(STATUS "${name}: control fields and ${APP_ID} files as expected")
