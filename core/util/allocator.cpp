#include "allocator.h"

#include <cstdlib>
#include <cstring>
#include <string>

#if defined(__GLIBC__) && defined(__linux__)
#include <unistd.h>
#endif

namespace kinsight::core {

void configureAllocator(char** argv)
{
#if defined(__GLIBC__) && defined(__linux__)
    if (argv == nullptr || argv[0] == nullptr)
        return;
    const char* current = std::getenv("GLIBC_TUNABLES");
    if (current != nullptr && std::strstr(current, "glibc.malloc.mmap_threshold") != nullptr)
        return; // set already (by this function before the exec, or by the user)
    std::string value = "glibc.malloc.mmap_threshold=262144:glibc.malloc.trim_threshold=262144";
    if (current != nullptr && *current != '\0')
        value = std::string(current) + ":" + value;
    if (::setenv("GLIBC_TUNABLES", value.c_str(), 1) != 0)
        return;
    ::execv("/proc/self/exe", argv);
    // The exec failed: go on with the allocator's defaults.
#else
    (void)argv;
#endif
}

} // namespace kinsight::core
