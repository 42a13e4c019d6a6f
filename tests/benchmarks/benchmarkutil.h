#pragma once

// Small helpers shared by the benchmark harnesses: wall-clock timing and peak memory.

#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>

#include <sys/resource.h>

namespace kinsight::bench {

/// Seconds since construction.
class Stopwatch {
public:
    double seconds() const { return std::chrono::duration<double>(std::chrono::steady_clock::now() - m_start).count(); }
    void restart() { m_start = std::chrono::steady_clock::now(); }

private:
    std::chrono::steady_clock::time_point m_start = std::chrono::steady_clock::now();
};

/// Peak resident memory of this process so far, in MiB (getrusage's ru_maxrss).
inline double peakMemoryMiB()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

/// Current resident memory in MiB (from /proc/self/statm).
inline double currentMemoryMiB()
{
    std::ifstream statm("/proc/self/statm");
    long pages = 0, resident = 0;
    statm >> pages >> resident;
    return static_cast<double>(resident) * 4096.0 / (1024.0 * 1024.0);
}

inline void report(const char* what, double seconds, const std::string& extra = {})
{
    std::printf("%-48s %10.3f s   peak %8.1f MiB   %s\n", what, seconds, peakMemoryMiB(), extra.c_str());
    std::fflush(stdout);
}

} // namespace kinsight::bench
