#include "turnmeter.h"

#include <QAbstractEventDispatcher>

#include <ctime>

TurnMeter::TurnMeter(QAbstractEventDispatcher *dispatcher)
{
    connect(dispatcher, &QAbstractEventDispatcher::aboutToBlock, this, &TurnMeter::onAboutToBlock,
            Qt::DirectConnection);
}

qint64 TurnMeter::threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

void TurnMeter::start(const QString &name)
{
    m_phases.push_back(Phase{name});
    m_active = true;
    m_last = threadCpuNs();
}

void TurnMeter::stop()
{
    onAboutToBlock(); // the turn under way ends here
    m_active = false;
}

void TurnMeter::onAboutToBlock()
{
    const qint64 now = threadCpuNs();
    if (m_active && !m_phases.empty()) {
        Phase &p = m_phases.back();
        const double ms = double(now - m_last) / 1e6;
        p.maxMs = std::max(p.maxMs, ms);
        p.totalMs += ms;
        ++p.turns;
    }
    m_last = now;
}

double TurnMeter::maxMs(const QString &prefix, QString *where) const
{
    double worst = 0;
    for (const Phase &p : m_phases) {
        if (p.name.startsWith(prefix) && p.maxMs >= worst) {
            worst = p.maxMs;
            if (where)
                *where = p.name;
        }
    }
    return worst;
}
