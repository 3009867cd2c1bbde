#include "turnmeter.h"

#include <QAbstractEventDispatcher>
#include <QEvent>
#include <QMetaEnum>
#include <QMetaObject>

#include <algorithm>
#include <ctime>

TurnMeter::TurnMeter(QAbstractEventDispatcher *dispatcher)
{
    connect(dispatcher, &QAbstractEventDispatcher::aboutToBlock, this, &TurnMeter::onAboutToBlock,
            Qt::DirectConnection);
    m_turnEvents.reserve(64);
}

qint64 TurnMeter::threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

void TurnMeter::start(const QString &name)
{
    Phase phase;
    phase.name = name;
    m_phases.push_back(phase);
    m_active = true;
    m_last = threadCpuNs();
    m_turnEvents.clear();
    m_turnEventsNs = 0;
}

void TurnMeter::stop()
{
    onAboutToBlock(); // the turn under way ends here
    m_active = false;
}

void TurnMeter::noteEvent(const QMetaObject *receiver, const QMetaObject *receiverParent, int type, qint64 cpuNs)
{
    if (!m_active)
        return;
    m_turnEventsNs += cpuNs;
    for (EventGroup &g : m_turnEvents) {
        if (g.receiver == receiver && g.receiverParent == receiverParent && g.type == type) {
            ++g.count;
            g.cpuNs += cpuNs;
            return;
        }
    }
    m_turnEvents.push_back({receiver, receiverParent, type, 1, cpuNs});
}

void TurnMeter::onAboutToBlock()
{
    const qint64 now = threadCpuNs();
    if (m_active && !m_phases.empty()) {
        Phase &p = m_phases.back();
        const double turnMs = double(now - m_last) / 1e6;
        const double eventsMs = double(m_turnEventsNs) / 1e6;
        if (eventsMs >= p.maxMs) {
            p.maxMs = eventsMs;
            p.worstTurn = describeTurn(turnMs, m_turnEventsNs);
        }
        p.wholeTurnMaxMs = std::max(p.wholeTurnMaxMs, turnMs);
        p.totalMs += turnMs;
        ++p.turns;
    }
    m_turnEvents.clear();
    m_turnEventsNs = 0;
    m_last = threadCpuNs(); // what describing the turn took is not the next turn's
}

QString TurnMeter::describeTurn(double turnMs, qint64 eventsNs) const
{
    std::vector<EventGroup> groups = m_turnEvents;
    std::sort(groups.begin(), groups.end(), [](const EventGroup &a, const EventGroup &b) { return a.cpuNs > b.cpuNs; });
    int events = 0;
    for (const EventGroup &g : groups)
        events += g.count;
    const QMetaEnum types = QMetaEnum::fromType<QEvent::Type>();
    QString text = QStringLiteral("%1 ms in %2 events, %3 ms in the event loop itself")
                       .arg(double(eventsNs) / 1e6, 0, 'f', 1)
                       .arg(events)
                       .arg(std::max(0.0, turnMs - double(eventsNs) / 1e6), 0, 'f', 1);
    const size_t shown = std::min<size_t>(groups.size(), 4);
    for (size_t i = 0; i < shown; ++i) {
        const EventGroup &g = groups[i];
        const char *typeName = types.valueToKey(g.type);
        QString receiver = QString::fromLatin1(g.receiver->className());
        if (g.receiverParent)
            receiver += QStringLiteral(" in ") + QString::fromLatin1(g.receiverParent->className());
        text += QStringLiteral("\n      %1 x %2 %3: %4 ms")
                    .arg(g.count)
                    .arg(receiver, typeName ? QString::fromLatin1(typeName) : QString::number(g.type))
                    .arg(double(g.cpuNs) / 1e6, 0, 'f', 1);
    }
    return text;
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

double TurnMeter::wholeTurnMaxMs(const QString &prefix) const
{
    double worst = 0;
    for (const Phase &p : m_phases) {
        if (p.name.startsWith(prefix))
            worst = std::max(worst, p.wholeTurnMaxMs);
    }
    return worst;
}
