#include "endpointwatch.h"

#include "backgroundpool.h"
#include "disposal.h"
#include "watchcomparison.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace {
struct Comparison
{
    HealthById health;
    QList<WatchChange> changes;
};

// 100,000 entries take milliseconds to free: on a worker.
void freeLater(HealthById old)
{
    Disposal::later(std::move(old));
}
} // namespace

EndpointWatch::EndpointWatch(QObject *parent) : QObject(parent) { qRegisterMetaType<QList<WatchChange>>(); }

EndpointWatch::~EndpointWatch() = default;

void EndpointWatch::setThreshold(int failures)
{
    m_threshold = qBound(1, failures, WebhookEndpoint::AutoDisableThreshold - 1);
}

void EndpointWatch::reset()
{
    ++m_generation;
    m_hasBaseline = false;
    m_waiting.reset();
    m_busy = false;
    freeLater(std::exchange(m_health, {}));
}

void EndpointWatch::observe(const QList<WebhookEndpoint> &endpoints)
{
    if (m_busy) {
        m_waiting = endpoints;
        return;
    }
    start(endpoints);
}

void EndpointWatch::start(QList<WebhookEndpoint> endpoints)
{
    m_busy = true;
    const int generation = m_generation;
    auto *watcher = new QFutureWatcher<Comparison>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // reset meanwhile
        Comparison result = watcher->future().takeResult();
        const bool hadBaseline = m_hasBaseline;
        freeLater(std::exchange(m_health, std::move(result.health)));
        m_hasBaseline = true;
        m_busy = false;
        if (hadBaseline && !result.changes.isEmpty())
            emit changesFound(result.changes);
        emit observed();
        if (m_waiting) {
            QList<WebhookEndpoint> next = std::move(*m_waiting);
            m_waiting.reset();
            start(std::move(next));
        }
    });
    watcher->setFuture(QtConcurrent::run(BackgroundPool::instance(),
                                         [before = m_hasBaseline ? m_health : HealthById(), list = std::move(endpoints),
                                          baseline = m_hasBaseline, threshold = m_threshold] {
        Comparison c;
        c.health = healthById(list);
        if (baseline)
            c.changes = compareHealth(before, c.health, threshold);
        return c;
    }));
}
