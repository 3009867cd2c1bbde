#pragma once

#include "afterpendingpaint.h"

#include <QtConcurrent/QtConcurrentRun>

#include <type_traits>
#include <utility>

class QThreadPool;

// What a refresh replaced (100,000 endpoints, their id lookup, their search text, the
// watch's health map: 3-20 ms each to free) is freed on one thread of its own, in the
// order it was handed over, and a task's `afterwards` runs after it there: giving the
// free pages back to the system (FreedMemory::returnToSystem()) then comes after what was
// freed before it. On two threads, a lookup or search text freed after the pages were
// given back stayed held until the next refresh (a figure 25 MB higher now and then,
// odwh-bench-load --busy 2), and two threads took two CPUs from the GUI thread.
//
// Handed over on the GUI thread, a task starts once the paint requests waiting there have
// been handled (AfterPendingPaint): the frees do not compete with the paint of the rows
// that replaced what they free.
//
// At the priority of the application's other threads: the GUI thread waits for the
// allocator's locks these frees take, so a lower priority would make it wait longer
// (seen at nice 10: the GUI thread blocked 160 ms in realloc() behind a preempted free).
namespace Disposal {

QThreadPool *pool();

// Frees `doomed` on the pool's thread, then runs `afterwards` there (when given). Call it
// on the GUI thread.
template <typename T>
void later(T &&doomed, void (*afterwards)() = nullptr)
{
    static_assert(std::is_rvalue_reference_v<T &&>, "hand the object over with std::move");
    using Doomed = std::decay_t<T>;
    AfterPendingPaint::call([handed = Doomed(std::move(doomed)), afterwards]() mutable {
        (void)QtConcurrent::run(pool(), [gone = std::move(handed), afterwards]() mutable {
            { const Doomed dropped = std::move(gone); }
            if (afterwards)
                afterwards();
        });
    });
}

} // namespace Disposal
