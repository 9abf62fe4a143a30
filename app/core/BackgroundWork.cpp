#include "BackgroundWork.h"

#include <QThread>

#ifdef __GLIBC__
#include <malloc.h>
#endif

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace Newsdesk {

namespace {
/// The nice value background work runs at: about a tenth of a normal thread's share of a busy core.
constexpr int BackgroundNice = 10;

Q_GLOBAL_STATIC(QThreadPool, backgroundThreads)
Q_GLOBAL_STATIC(QMutex, memoryHungryWork)

} // namespace

void lowerCurrentThreadPriority()
{
#ifdef Q_OS_LINUX
    // On Linux a nice value is per thread (a task), which setpriority() addresses by its thread id.
    const auto threadId = static_cast<id_t>(::syscall(SYS_gettid));
    if (::getpriority(PRIO_PROCESS, threadId) < BackgroundNice)
        ::setpriority(PRIO_PROCESS, threadId, BackgroundNice);
#else
    QThread::currentThread()->setPriority(QThread::LowPriority);
#endif
}

void releaseFreedMemory()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

QThreadPool *backgroundPool()
{
    return backgroundThreads();
}

std::unique_lock<QMutex> memoryHungryTurn(const std::function<bool()> &cancelled)
{
    std::unique_lock<QMutex> turn(*memoryHungryWork(), std::defer_lock);
    // In short waits, so that a cancelled run (a window closing) does not wait out the other's.
    while (!turn.try_lock_for(std::chrono::milliseconds(100))) {
        if (cancelled && cancelled())
            break;
    }
    return turn;
}

} // namespace Newsdesk
