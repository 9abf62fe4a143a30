#pragma once

// Where long work behind the window runs: an import, an export, a preview, training, triage.

#include <QMutex>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <mutex>
#include <utility>

namespace Newsdesk {

/// Lowers the calling thread's scheduling priority, for long work behind the window: on a machine with
/// few cores the window's thread then gets a core first and its event loop stays responsive, while the
/// work still uses every idle cycle. Threads the caller starts afterwards inherit it. QThread::LowPriority
/// does nothing in Linux's normal scheduling class; the thread's nice value does.
void lowerCurrentThreadPriority();

/// The pool that long background work runs on. Not QThreadPool::globalInstance(): Qt's raster paint
/// engine splits large fills over the global pool and waits for them on the window's thread, so a task
/// holding a global pool thread for seconds froze the window's painting as long (an export during an
/// import: 5 s, newsdesk-bench's latency scenario).
QThreadPool *backgroundPool();

/// Waits for the turn of background work that needs much memory for a while (training the topic
/// classifier or the spam filter on the library), so that two such runs take turns rather than add up
/// their peaks: at 100,000 articles and 1,000,000 comments the window peaked 100 MB higher with both at
/// once. Returns the turn, held until it goes out of scope, or not held if cancelled() said so first.
std::unique_lock<QMutex> memoryHungryTurn(const std::function<bool()> &cancelled = {});

/// Hands the memory a finished background run freed back to the system. glibc keeps freed blocks of a
/// worker thread's arena for reuse, so without this the window's resident size stays at the run's peak.
void releaseFreedMemory();

/// Runs work() on backgroundPool() at the lower priority and returns its future.
template <typename Work> auto runInBackground(Work work)
{
    return QtConcurrent::run(backgroundPool(), [work = std::move(work)]() mutable {
        lowerCurrentThreadPriority();
        return work();
    });
}

} // namespace Newsdesk
