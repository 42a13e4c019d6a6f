#pragma once

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace kinsight::core::detail {

/// Number of worker threads the recommender uses: the machine's cores, at least 1, at most 16.
inline int workerCount()
{
    const unsigned n = std::thread::hardware_concurrency();
    return static_cast<int>(std::clamp(n == 0 ? 1u : n, 1u, 16u));
}

/// Runs fn(begin, end, worker) over [0, n) in chunks of `chunk`, on workerCount() threads (the
/// calling thread is one of them). The first exception thrown by any chunk (e.g. Cancelled) stops
/// the handing out of further chunks and is rethrown here once all threads have finished.
template <typename Fn> void parallelFor(std::int64_t n, std::int64_t chunk, Fn&& fn)
{
    if (n <= 0)
        return;
    chunk = std::max<std::int64_t>(1, chunk);
    const int workers = static_cast<int>(std::min<std::int64_t>(workerCount(), (n + chunk - 1) / chunk));
    std::atomic<std::int64_t> next { 0 };
    std::atomic<bool> failed { false };
    std::exception_ptr error;
    std::mutex errorMutex;
    auto work = [&](int worker) {
        while (!failed.load(std::memory_order_relaxed)) {
            const std::int64_t begin = next.fetch_add(chunk);
            if (begin >= n)
                break;
            try {
                fn(begin, std::min(n, begin + chunk), worker);
            } catch (...) {
                std::lock_guard lock(errorMutex);
                if (!error)
                    error = std::current_exception();
                failed = true;
            }
        }
    };
    std::vector<std::thread> threads;
    for (int w = 1; w < workers; ++w)
        threads.emplace_back(work, w);
    work(0);
    for (std::thread& t : threads)
        t.join();
    if (error)
        std::rethrow_exception(error);
}

} // namespace kinsight::core::detail
