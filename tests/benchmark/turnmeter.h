#pragma once

#include <QObject>
#include <QString>

#include <vector>

class QAbstractEventDispatcher;

// The GUI thread's own CPU time per event-loop turn: the CPU the thread used between two
// aboutToBlock() of its event dispatcher (a turn ends when the loop is about to wait
// for more events). Thread CPU time (CLOCK_THREAD_CPUTIME_ID) counts only what the
// thread itself ran, so other busy threads on the machine cannot inflate it, and time
// spent waiting (for events, for a worker) costs nothing.
class TurnMeter : public QObject
{
public:
    struct Phase
    {
        QString name;
        double maxMs = 0;
        double totalMs = 0;
        int turns = 0;
    };

    // Meters the dispatcher of the calling thread.
    explicit TurnMeter(QAbstractEventDispatcher *dispatcher);

    // Turns from now on count into a phase called `name`, until stop().
    void start(const QString &name);
    void stop();

    const std::vector<Phase> &phases() const { return m_phases; }
    // The largest turn over the phases whose name starts with `prefix` ("" = all), and which.
    double maxMs(const QString &prefix, QString *where = nullptr) const;

    // This thread's CPU time so far, in nanoseconds.
    static qint64 threadCpuNs();

private:
    void onAboutToBlock();

    std::vector<Phase> m_phases;
    bool m_active = false;
    qint64 m_last = 0;
};
