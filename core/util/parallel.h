#pragma once

// The one fork-join helper of the core algorithms (graph, recommendations) and its one thread
// policy (threadCount): plain std::thread, no pool. Work is cut
// into a fixed number of blocks that does not depend on the number of threads, so an algorithm
// that combines per-block partial results in block order gives bit-identical results on one
// core or eight.

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace kinsight::core::detail {

/// Most threads the core starts for one computation when the caller leaves it to the machine.
inline constexpr unsigned maxDefaultThreads = 16;

/// Threads to use: `requested` when > 0, else the machine's cores (at least 1, at most
/// maxDefaultThreads). Results never depend on it (see parallelWorkers).
inline unsigned threadCount(int requested = 0)
{
    if (requested > 0)
        return static_cast<unsigned>(requested);
    return std::clamp(std::thread::hardware_concurrency(), 1u, maxDefaultThreads);
}

/// Calls fn(worker, block) once for every block in [0, blocks), spread over up to `threads`
/// threads; `worker` in [0, threads) names the calling thread, for per-thread scratch space.
/// Worker 0 is the calling thread. The first exception thrown by any call (e.g. Cancelled) stops
/// the remaining blocks and is rethrown here after every thread has finished.
template <typename Fn> void parallelWorkers(unsigned threads, std::size_t blocks, Fn&& fn)
{
    if (threads <= 1 || blocks <= 1) {
        for (std::size_t b = 0; b < blocks; ++b)
            fn(0u, b);
        return;
    }
    std::atomic<std::size_t> next { 0 };
    std::exception_ptr error;
    std::mutex errorMutex;
    auto work = [&](unsigned worker) {
        try {
            for (std::size_t b = next++; b < blocks; b = next++)
                fn(worker, b);
        } catch (...) {
            const std::lock_guard lock(errorMutex);
            if (!error)
                error = std::current_exception();
            next = blocks;
        }
    };
    std::vector<std::thread> pool;
    const unsigned extra = static_cast<unsigned>(std::min<std::size_t>(threads, blocks)) - 1;
    pool.reserve(extra);
    for (unsigned t = 0; t < extra; ++t)
        pool.emplace_back(work, t + 1);
    work(0u);
    for (std::thread& t : pool)
        t.join();
    if (error)
        std::rethrow_exception(error);
}

/// parallelWorkers() for work that needs no per-thread scratch: fn(block).
template <typename Fn> void parallelBlocks(unsigned threads, std::size_t blocks, Fn&& fn)
{
    parallelWorkers(threads, blocks, [&fn](unsigned, std::size_t b) { fn(b); });
}

/// The half-open slice [begin, end) of block `b` when `n` items are cut into `blocks` blocks.
inline std::pair<std::size_t, std::size_t> blockRange(std::size_t n, std::size_t blocks, std::size_t b)
{
    return { n * b / blocks, n * (b + 1) / blocks };
}

/// Runs fn(begin, end, worker) over [0, n) in chunks of `chunk`, on threadCount() threads (the
/// calling thread is one of them), through parallelWorkers(): the first exception thrown by any
/// chunk (e.g. Cancelled) stops the handing out of further chunks and is rethrown here once all
/// threads have finished.
template <typename Fn> void parallelFor(std::int64_t n, std::int64_t chunk, Fn&& fn)
{
    if (n <= 0)
        return;
    chunk = std::max<std::int64_t>(1, chunk);
    const auto blocks = static_cast<std::size_t>((n + chunk - 1) / chunk);
    parallelWorkers(threadCount(), blocks, [&](unsigned worker, std::size_t block) {
        const std::int64_t begin = static_cast<std::int64_t>(block) * chunk;
        fn(begin, std::min(n, begin + chunk), static_cast<int>(worker));
    });
}

} // namespace kinsight::core::detail
