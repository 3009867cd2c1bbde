#include "simulator.h"

#include "clock.h"
#include "deliverysigner.h"
#include "failuremodes.h"
#include "isotime.h"
#include "model.h"
#include "sandboxlog.h"
#include "sandboxstore.h"

namespace {

constexpr qint64 RetryWaits[] = {IsoTime::UsPerMinute, 5 * IsoTime::UsPerMinute, 30 * IsoTime::UsPerMinute,
                                 2 * IsoTime::UsPerHour, 12 * IsoTime::UsPerHour};
constexpr int MaxAttempts = 6;

QUuid randomUuid(QRandomGenerator &rng)
{
    const quint64 hi = rng.generate64();
    const quint64 lo = rng.generate64();
    return QUuid(uint(hi >> 32), ushort(hi >> 16), ushort((hi & 0x0fff) | 0x4000), uchar(((lo >> 56) & 0x3f) | 0x80),
                 uchar(lo >> 48), uchar(lo >> 40), uchar(lo >> 32), uchar(lo >> 24), uchar(lo >> 16), uchar(lo >> 8),
                 uchar(lo));
}

} // namespace

Simulator::Simulator(SandboxStore *store, quint64 seed, QObject *parent)
    : QObject(parent), m_store(store), m_random(quint32(seed ^ (seed >> 32) ^ 0x51u))
{
    connect(&m_timer, &QTimer::timeout, this, [this] { tick(); });
}

void Simulator::start(int tickMs)
{
    m_timer.start(qMax(10, tickMs));
}

int Simulator::tick()
{
    int attempts = 0;
    for (int o = 0; o < m_store->organizationCount(); ++o) {
        Organization &org = *m_store->organization(o);
        const int n = int(org.endpoints.size());
        if (n == 0)
            continue;
        const int wanted = qBound(1, n / 10, 25);
        for (int i = 0; i < wanted; ++i) {
            // A few tries to land on an active endpoint; inactive ones get no events.
            for (int t = 0; t < 4; ++t) {
                Endpoint &e = *org.endpoints[size_t(m_random.bounded(n))];
                if (!e.isActive || e.events.isEmpty())
                    continue;
                attempt(e);
                ++attempts;
                break;
            }
        }
    }
    qCDebug(lcSandboxSim) << "tick:" << attempts << "delivery attempts";
    return attempts;
}

void Simulator::attempt(Endpoint &e)
{
    const qint64 now = m_store->now();
    if (m_random.generateDouble() < (e.broken ? m_recoverChance : m_breakChance)) {
        e.broken = !e.broken;
        qCInfo(lcSandboxSim).noquote() << e.url << (e.broken ? "starts failing" : "recovers");
    }
    m_store->ensureDeliveries(e);

    // A retry of a pending delivery (most recent first), or a new event.
    Delivery *d = nullptr;
    if (m_random.bounded(10) < 4) {
        for (auto it = e.deliveries.rbegin(); it != e.deliveries.rend(); ++it) {
            if (it->status == DeliveryStatus::Pending && it->attemptCount > 0) {
                d = &*it;
                break;
            }
        }
    }
    if (!d) {
        Delivery fresh;
        fresh.id = randomUuid(m_random);
        fresh.eventId = randomUuid(m_random);
        fresh.eventType = e.events.at(int(m_random.bounded(int(e.events.size()))));
        fresh.createdAt = now;
        fresh.nextRetryAt = now;
        d = &m_store->addDelivery(e, fresh);
    }
    ++d->attemptCount;
    d->lastAttemptAt = now;
    if (!e.secret.isEmpty()) // what would go out, signed with the secret that create returned
        e.lastRequest = DeliverySigner::request(e, *d, now);
    if (!e.broken) {
        d->status = DeliveryStatus::Delivered;
        d->deliveredAt = now;
        d->nextRetryAt = now;
        d->lastResponseStatus = m_random.bounded(4) ? 200 : 204;
        d->lastError.reset();
        m_store->recordSuccess(e, now);
        qCDebug(lcSandboxSim).noquote() << d->eventType << "delivered to" << e.url;
        return;
    }
    const FailureKind &f = FailureModes::pick(m_random, e.id);
    if (f.status)
        d->lastResponseStatus = f.status;
    else
        d->lastResponseStatus.reset();
    d->lastError = QString::fromLatin1(f.error);
    if (d->attemptCount >= MaxAttempts) {
        d->status = DeliveryStatus::Exhausted;
        d->nextRetryAt = now;
    } else {
        d->status = DeliveryStatus::Pending;
        d->nextRetryAt = now + RetryWaits[d->attemptCount - 1];
    }
    m_store->recordFailure(e, now);
    qCDebug(lcSandboxSim).noquote() << d->eventType << "failed for" << e.url << "(" << e.consecutiveFailures << "in a row)";
    if (!e.isActive) {
        for (Delivery &other : e.deliveries) {
            if (other.status == DeliveryStatus::Pending || other.status == DeliveryStatus::InFlight) {
                other.status = DeliveryStatus::Exhausted;
                other.nextRetryAt = now;
            }
        }
        qCInfo(lcSandboxSim).noquote() << e.url << "auto-disabled after" << e.consecutiveFailures << "consecutive failures";
    }
}
