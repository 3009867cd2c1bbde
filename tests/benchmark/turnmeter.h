#pragma once

#include <QObject>
#include <QString>

#include <vector>

class QAbstractEventDispatcher;
struct QMetaObject;

// The GUI thread's own CPU time per event-loop turn: the CPU the thread used between two
// aboutToBlock() of its event dispatcher (a turn ends when the loop is about to wait
// for more events). Thread CPU time (CLOCK_THREAD_CPUTIME_ID) counts only what the
// thread itself ran, so other busy threads on the machine cannot inflate it, and time
// spent waiting (for events, for a worker) costs nothing.
//
// One turn may run many events (every posted event waiting, the timers due, the sockets
// ready). Told each event the thread handled (noteEvent()), the meter counts a turn as
// the CPU of its events, the work the application does, and keeps, for the worst turn of
// each phase, what ran in it, grouped by receiver and event type; the whole turn, event
// loop included, is kept beside it. The event loop's own share (glib's bookkeeping and
// poll()) is 0.0-0.4 ms a turn, except on a virtual machine whose host stalls it: there,
// now and then ~100 ms were charged to the GUI thread while it sat in poll() between
// events (odwh-bench-load --busy 2 on a 2-vCPU PVM guest; `perf record -t` of the thread
// saw no sample in those 100 ms, where 50 would show 100 ms of work).
class TurnMeter : public QObject
{
public:
    struct Phase
    {
        QString name;
        double maxMs = 0;          // the largest CPU of one turn's events
        double wholeTurnMaxMs = 0; // the largest CPU of one turn, its event loop's share included
        double totalMs = 0;
        int turns = 0;
        // The worst turn's events, largest group first.
        QString worstTurn;
    };

    // Meters the dispatcher of the calling thread.
    explicit TurnMeter(QAbstractEventDispatcher *dispatcher);

    // Turns from now on count into a phase called `name`, until stop().
    void start(const QString &name);
    void stop();

    // An event the metered thread handled, outside any other (not nested in one), and the
    // thread CPU it took.
    void noteEvent(const QMetaObject *receiver, const QMetaObject *receiverParent, int type, qint64 cpuNs);

    const std::vector<Phase> &phases() const { return m_phases; }
    // The largest turn (the CPU of its events) over the phases whose name starts with
    // `prefix` ("" = all), and which.
    double maxMs(const QString &prefix, QString *where = nullptr) const;
    // The largest whole turn, event loop included, over those phases.
    double wholeTurnMaxMs(const QString &prefix) const;

    // This thread's CPU time so far, in nanoseconds.
    static qint64 threadCpuNs();

private:
    struct EventGroup
    {
        const QMetaObject *receiver;
        const QMetaObject *receiverParent;
        int type;
        int count;
        qint64 cpuNs;
    };

    void onAboutToBlock();
    QString describeTurn(double turnMs, qint64 eventsNs) const;

    std::vector<Phase> m_phases;
    bool m_active = false;
    qint64 m_last = 0;
    std::vector<EventGroup> m_turnEvents; // of the turn under way
    qint64 m_turnEventsNs = 0;
};
