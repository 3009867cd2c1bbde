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
// ready): told each event the thread handled (noteEvent()), the meter keeps, for the
// worst turn of each phase, what ran in it, grouped by receiver and event type.
class TurnMeter : public QObject
{
public:
    struct Phase
    {
        QString name;
        double maxMs = 0;
        double totalMs = 0;
        int turns = 0;
        // The worst turn's events, largest group first ("12.3 ms: 3 x ApiCall MetaCall 9.1 ms, ...").
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
    // The largest turn over the phases whose name starts with `prefix` ("" = all), and which.
    double maxMs(const QString &prefix, QString *where = nullptr) const;

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
    QString describeTurn(double turnMs) const;

    std::vector<Phase> m_phases;
    bool m_active = false;
    qint64 m_last = 0;
    std::vector<EventGroup> m_turnEvents; // of the turn under way
};
