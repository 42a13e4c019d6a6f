#pragma once

#include <algorithm>
#include <cstdint>
#include <thread>

#include "core/util/parallel.h"

namespace kinsight::core::detail {

/// Number of worker threads the recommender uses: the machine's cores, at least 1, at most 16.
inline int workerCount()
{
    const unsigned n = std::thread::hardware_concurrency();
    return static_cast<int>(std::clamp(n == 0 ? 1u : n, 1u, 16u));
}

/// Runs fn(begin, end, worker) over [0, n) in chunks of `chunk`, on workerCount() threads (the
/// calling thread is one of them), through parallelWorkers(): the first exception thrown by any
/// chunk (e.g. Cancelled) stops the handing out of further chunks and is rethrown here once all
/// threads have finished.
template <typename Fn> void parallelFor(std::int64_t n, std::int64_t chunk, Fn&& fn)
{
    if (n <= 0)
        return;
    chunk = std::max<std::int64_t>(1, chunk);
    const auto blocks = static_cast<std::size_t>((n + chunk - 1) / chunk);
    parallelWorkers(static_cast<unsigned>(workerCount()), blocks, [&](unsigned worker, std::size_t block) {
        const std::int64_t begin = static_cast<std::int64_t>(block) * chunk;
        fn(begin, std::min(n, begin + chunk), static_cast<int>(worker));
    });
}

} // namespace kinsight::core::detail
