#pragma once

namespace kinsight::core {

/// Sets the process's allocator up for large, short-lived buffers (glibc): blocks of 256 KiB and
/// more are mapped and unmapped on their own, and freed memory at the top of a heap goes back to
/// the system above 256 KiB. By default glibc raises both limits up to the largest block freed
/// (up to 32 MiB), so the per-member scratch vectors of the analysis stay resident after they are
/// freed; at a million members the window held ~70 MiB more after opening (1080 MiB instead of
/// 1010 MiB, peak 1125 instead of 1050 MiB). The limits only take full effect when set before the
/// allocator starts (mallopt() at run time did not reproduce the saving), so this sets
/// GLIBC_TUNABLES and re-executes the program once (/proc/self/exe, same arguments and
/// environment); when the tunables are already set, or the exec fails, it returns and the program
/// goes on as it is. Call first thing in main(). Does nothing on other C libraries.
void configureAllocator(char** argv);

} // namespace kinsight::core
