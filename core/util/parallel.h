#pragma once

// A minimal fork-join helper for the core algorithms (graph, recommendations): plain std::thread, no pool. Work is cut
// into a fixed number of blocks that does not depend on the number of threads, so an algorithm
// that combines per-block partial results in block order gives bit-identical results on one
// core or eight.

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace kinsight::core::detail {

/// Threads to use: `requested` when > 0, else the hardware's (at least 1).
inline unsigned threadCount(int requested)
{
    if (requested > 0)
        return static_cast<unsigned>(requested);
    return std::max(1u, std::thread::hardware_concurrency());
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

} // namespace kinsight::core::detail
