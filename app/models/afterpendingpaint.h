#pragma once

#include <functional>

// Runs a function on the calling thread once the events posted so far have been handled,
// the window system's paint requests (posted at Qt::LowEventPriority) among them.
//
// For background work a refresh starts (freeing the list it replaced, building the new
// rows' search text: 10-120 ms of a core each at 100,000 rows): started in the turn that
// changed the rows, it competes for a CPU with the paint of those rows in the next turn.
// On a busy machine (two busy-looping threads on two cores, odwh-bench-load --busy 2) the
// GUI thread then waited 20-50 ms for a CPU in that paint; started after it, the work
// leaves the paint to the GUI thread and the machine's other load.
//
// Call it on the application's (the GUI) thread. Without a QCoreApplication, `work` runs at once.
namespace AfterPendingPaint {

void call(std::function<void()> work);

} // namespace AfterPendingPaint
