#include "generator.h"

#include "failuremodes.h"
#include "isotime.h"
#include "model.h"
#include "sandboxstore.h"

#include <algorithm>
#include <array>

namespace {

using Kind = Generator::Kind;
constexpr qint64 Sec = IsoTime::UsPerSecond;
constexpr qint64 Min = IsoTime::UsPerMinute;
constexpr qint64 Hour = IsoTime::UsPerHour;
constexpr qint64 Day = IsoTime::UsPerDay;
// Waits after attempt 1..5 (then the delivery is exhausted after attempt 6).
constexpr qint64 RetryWaits[] = {1 * Min, 5 * Min, 30 * Min, 2 * Hour, 12 * Hour};
constexpr int MaxAttempts = 6;

const char *const Hosts[] = {
    "hooks.acme-logistics.com",   "api.northwind.io",           "webhooks.contoso-retail.com",
    "integrations.globex.net",    "events.initech.dev",         "hooks.umbrella-health.org",
    "api.hooli.xyz",              "notify.stark-industries.com", "ingest.wayne-enterprises.com",
    "hooks.piedpiper.app",        "callbacks.tyrell.ai",        "api.soylent-foods.com",
    "webhooks.vandelay-import.com", "edge.cyberdyne.systems",   "hooks.oceanic-air.travel",
    "sync.blue-sun.co",           "api.massive-dynamic.com",    "relay.aperture-labs.io",
    "hooks.dunder-mifflin.com",   "in.bluth-company.com",       "api.prestige-worldwide.biz",
    "hooks.gringotts.bank",       "uploads.monarch-media.tv",   "collect.wonka-factory.com",
    "hooks.spacely-sprockets.com", "api.nakatomi.jp",           "webhook.los-pollos.mx",
    "ops.virtucon.com",           "hooks.krustykrab.sea",       "api.ollivanders.co.uk",
    "notify.zorg-industries.fr",  "hooks.weyland-yutani.com",   "api.rekall.mars",
    // hooks.bücher-versand.de, stored in its ASCII form as the server does
    "hooks.xn--bcher-versand-wob.de", "hooks.example-shop.de:8443", "events.tokyo-uploads.jp",
    "api.fjord-freight.no",       "hooks.sao-paulo-arquivos.com.br", "svc.kangaroo-docs.com.au",
    "hooks.maple-media.ca",
};

const char *const Paths[] = {
    "/optimaldial",         "/webhooks/uploads", "/webhooks/optimaldial", "/hooks/od",
    "/api/v2/events",       "/integrations/optimaldial/callback", "/od/events", "/incoming/optimaldial",
    "/webhook",             "/v1/notifications/uploads", "/callbacks/upload-status", "/events/ingest",
    "/hooks/uploads/status", "/receiver",        "/api/hooks/optimaldial-prod",
};

const char *const Tenants[] = {"eu-west", "us-east", "apac", "prod", "staging", "team-7", "acct-1042", "ops"};

QString exactly500CodePoints()
{
    // 490 ASCII characters and ten rockets (each two UTF-16 units): 500 code points, 510 units.
    QString text = QStringLiteral("Exactly at the limit: ");
    const QString filler = QStringLiteral("upload notifications for the archive team ");
    while (text.size() < 490)
        text += filler;
    text.truncate(490);
    for (int i = 0; i < 10; ++i)
        text += QString::fromUcs4(U"\U0001F680");
    return text;
}

const QList<QString> &descriptions()
{
    static const QList<QString> list = [] {
        QList<QString> d = {
            QStringLiteral("Production upload notifications"),
            QStringLiteral("Staging – do not alert on failures"),
            QStringLiteral("Notifies the billing system when an upload completes"),
            QStringLiteral("Data-warehouse ingest (owner: analytics team)"),
            QStringLiteral("Entrepôt Lyon — notifications d’upload"),
            QStringLiteral("Zürich Büro: Upload-Benachrichtigungen für die Buchhaltung"),
            QStringLiteral("東京オフィスのアップロード通知"),
            QStringLiteral("Склад Москва — уведомления о загрузках"),
            QStringLiteral("تنبيهات التحميل لفريق الدعم"),
            QString::fromUtf8("\xF0\x9F\x9A\x9A Fleet uploads \xE2\x80\x94 night shift \xF0\x9F\x8C\x99"),
            QString::fromUtf8("Cafe\xCC\x81 Ame\xCC\x81lie (combining accents)"),
            QStringLiteral("Slack relay for #uploads-alerts"),
            QStringLiteral("Legacy CRM bridge, replace by Q3"),
            QStringLiteral("Customer success dashboard"),
            QStringLiteral("Zapier hook"),
            QStringLiteral("PagerDuty bridge for failed uploads"),
            QStringLiteral("Archive mirror (cold storage)"),
            QStringLiteral("QA environment"),
            QStringLiteral("Compliance log"),
            QStringLiteral("Sends every upload event to the partner portal, including retries. Contact "
                           "ops@example.com before changing the URL: the receiver validates the signature with "
                           "the secret stored in Vault under kv/optimaldial/webhooks/partner-portal and rejects "
                           "events older than five minutes. During the migration (tracked in OPS-2291) both the "
                           "old and the new receiver are registered; disable this one once the new one has been "
                           "green for a week."),
            QStringLiteral("Mobile push relay\nline two of the description\twith a tab"),
            QStringLiteral("\"Quoted\" name with \\backslashes\\ and <html> & ampersands"),
            exactly500CodePoints(),
        };
        return d;
    }();
    return list;
}

qint64 span(QRandomGenerator &rng, qint64 from, qint64 to)
{
    if (to <= from)
        return from;
    return from + qint64(rng.bounded(double(to - from)));
}

// Half the timestamps get whole seconds, half keep microseconds: clients see both forms.
qint64 jitterForm(QRandomGenerator &rng, qint64 us)
{
    return rng.bounded(2) ? us - (us % Sec + Sec) % Sec : us;
}

QUuid randomUuid(QRandomGenerator &rng)
{
    const quint64 hi = rng.generate64();
    const quint64 lo = rng.generate64();
    return QUuid(uint(hi >> 32), ushort(hi >> 16), ushort((hi & 0x0fff) | 0x4000), uchar(((lo >> 56) & 0x3f) | 0x80),
                 uchar(lo >> 48), uchar(lo >> 40), uchar(lo >> 32), uchar(lo >> 24), uchar(lo >> 16), uchar(lo >> 8),
                 uchar(lo));
}

QStringList pickEvents(QRandomGenerator &rng)
{
    const QString &cr = EventNames::uploadCreated();
    const QString &co = EventNames::uploadCompleted();
    const QString &fa = EventNames::uploadFailed();
    const int r = int(rng.bounded(100));
    if (r < 38)
        return {co, fa};
    if (r < 62)
        return {cr, co, fa};
    if (r < 72)
        return {co};
    if (r < 82)
        return {fa};
    if (r < 87)
        return {cr};
    if (r < 92)
        return {cr, co};
    if (r < 96)
        return {cr, fa};
    return {fa, co}; // the server keeps the order it was given
}

QString makeUrl(QRandomGenerator &rng, int index)
{
    QString url = QStringLiteral("https://") + QString::fromUtf8(Hosts[rng.bounded(int(std::size(Hosts)))])
        + QString::fromLatin1(Paths[rng.bounded(int(std::size(Paths)))]);
    if (index >= 20) {
        // Larger organizations: keep URLs distinct, as real ones are.
        switch (rng.bounded(3)) {
        case 0: url += QLatin1Char('/') + QString::number(index, 36); break;
        case 1:
            url += QStringLiteral("?tenant=") + QLatin1String(Tenants[rng.bounded(int(std::size(Tenants)))])
                + QLatin1Char('-') + QString::number(index);
            break;
        default: url += QStringLiteral("/") + QString::number(rng.generate() & 0xffffff, 16); break;
        }
    }
    return url;
}

std::array<Kind, 20> shuffledBag(QRandomGenerator &rng, bool first)
{
    // Per 20 endpoints: 11 healthy, 4 failing, 2 auto-disabled, 1 inactive, 2 never verified.
    std::array<Kind, 20> bag = {Kind::Healthy,      Kind::Failing,      Kind::AutoDisabled, Kind::Inactive,
                                Kind::NeverVerified, Kind::Healthy,     Kind::Healthy,      Kind::Healthy,
                                Kind::Healthy,      Kind::Healthy,      Kind::Healthy,      Kind::Healthy,
                                Kind::Healthy,      Kind::Healthy,      Kind::Healthy,      Kind::Failing,
                                Kind::Failing,      Kind::Failing,      Kind::AutoDisabled, Kind::NeverVerified};
    // The first block keeps one of each kind in front so that even tiny N show every state.
    for (int i = first ? 5 : 0; i < 19; ++i)
        std::swap(bag[size_t(i)], bag[size_t(i + int(rng.bounded(20 - i)))]);
    return bag;
}

void fillEndpoint(Endpoint &e, Kind kind, QRandomGenerator &rng, qint64 now)
{
    e.isActive = true;
    e.consecutiveFailures = 0;
    if (kind == Kind::NeverVerified) {
        e.createdAt = jitterForm(rng, now - span(rng, 5 * Min, 3 * Hour));
        e.updatedAt = e.createdAt;
        return;
    }
    e.createdAt = jitterForm(rng, now - span(rng, 3 * Day, 500 * Day));
    e.updatedAt = rng.bounded(10) < 4 ? e.createdAt : jitterForm(rng, span(rng, e.createdAt, now - 2 * Day));
    e.verifiedAt = e.updatedAt == e.createdAt || rng.bounded(2) ? e.createdAt : e.updatedAt;
    switch (kind) {
    case Kind::Healthy:
        e.lastSuccessAt = jitterForm(rng, now - span(rng, 10 * Sec, 6 * Hour));
        if (rng.bounded(2))
            e.lastFailureAt = jitterForm(rng, span(rng, e.createdAt, e.lastSuccessAt - Day));
        break;
    case Kind::Failing: {
        const int k = rng.bounded(10) < 6 ? 1 + int(rng.bounded(3)) : 4 + int(rng.bounded(16));
        e.consecutiveFailures = k;
        e.lastFailureAt = jitterForm(rng, now - span(rng, 5 * Sec, 2 * Hour));
        if (rng.bounded(10) > 0)
            e.lastSuccessAt = jitterForm(rng, qMax(e.createdAt + Min, e.lastFailureAt - span(rng, k * 10 * Min, k * 40 * Min)));
        e.broken = true;
        break;
    }
    case Kind::AutoDisabled:
        e.consecutiveFailures = SandboxStore::AutoDisableThreshold;
        e.isActive = false;
        e.disabledAt = e.lastFailureAt = jitterForm(rng, span(rng, qMax(e.createdAt + 6 * Hour, now - 20 * Day), now - Hour));
        if (e.updatedAt >= e.disabledAt) // last edited before it was switched off
            e.updatedAt = e.verifiedAt = e.createdAt;
        if (rng.bounded(5) > 0)
            e.lastSuccessAt = jitterForm(rng, qMax(e.createdAt + Min, e.disabledAt - span(rng, Day, 5 * Day)));
        e.broken = true;
        break;
    case Kind::Inactive: {
        e.isActive = false;
        e.updatedAt = jitterForm(rng, span(rng, e.createdAt + Day, now - Day)); // when it was switched off
        e.verifiedAt = e.createdAt;
        qint64 successBefore = e.updatedAt - Hour;
        if (rng.bounded(5) == 0) { // switched off while it was failing
            e.consecutiveFailures = 1 + int(rng.bounded(8));
            e.lastFailureAt = jitterForm(rng, e.updatedAt - span(rng, Min, Hour));
            successBefore = e.lastFailureAt - Hour;
            e.broken = true;
        }
        if (rng.bounded(4) > 0)
            e.lastSuccessAt = jitterForm(rng, span(rng, e.createdAt + Min, successBefore));
        break;
    }
    case Kind::NeverVerified: break;
    }
}

Delivery baseDelivery(QRandomGenerator &rng, const Endpoint &e)
{
    Delivery d;
    d.id = randomUuid(rng);
    d.eventId = randomUuid(rng);
    d.eventType = e.events.isEmpty() ? EventNames::uploadCompleted() : e.events.at(int(rng.bounded(int(e.events.size()))));
    return d;
}

void addFailureInfo(QRandomGenerator &rng, Delivery &d, const QUuid &endpointId)
{
    const FailureKind &f = FailureModes::pick(rng, endpointId);
    if (f.status)
        d.lastResponseStatus = f.status;
    d.lastError = QString::fromLatin1(f.error);
}

} // namespace

void Generator::populate(SandboxStore &store, Organization &org, int count) const
{
    const quint32 seedData[] = {quint32(m_seed), quint32(m_seed >> 32), quint32(org.index), 0x0d1a1u};
    QRandomGenerator rng(seedData, seedData + 4);
    const QUuid colleagues[] = {QUuid::createUuidV5(org.id, QStringLiteral("colleague-1")),
                                QUuid::createUuidV5(org.id, QStringLiteral("colleague-2"))};
    const QList<QString> &descs = descriptions();
    std::vector<std::unique_ptr<Endpoint>> made;
    made.reserve(size_t(count));
    std::array<Kind, 20> bag{};
    for (int i = 0; i < count; ++i) {
        if (i % 20 == 0)
            bag = shuffledBag(rng, i == 0);
        auto e = std::make_unique<Endpoint>();
        e->id = randomUuid(rng);
        e->userId = rng.bounded(100) < 85 ? org.userId : colleagues[rng.bounded(2)];
        e->url = makeUrl(rng, i);
        if (rng.bounded(100) >= 22)
            e->description = descs.at(int(rng.bounded(int(descs.size()))));
        e->events = pickEvents(rng);
        fillEndpoint(*e, bag[size_t(i % 20)], rng, m_reference);
        e->deliverySeed = rng.generate64();
        e->deliveriesReady = false;
        made.push_back(std::move(e));
    }
    // The list is in creation order, as a database would return it.
    std::stable_sort(made.begin(), made.end(), [](const auto &a, const auto &b) { return a->createdAt < b->createdAt; });
    for (auto &e : made)
        store.insert(org, std::move(e));
}

void Generator::generateDeliveries(Endpoint &e) const
{
    const quint32 seedData[] = {quint32(e.deliverySeed), quint32(e.deliverySeed >> 32), quint32(m_seed)};
    QRandomGenerator rng(seedData, seedData + 3);
    std::vector<Delivery> rows;
    const qint64 now = m_reference;

    const bool neverVerified = e.verifiedAt == IsoTime::Null && e.lastSuccessAt == IsoTime::Null
        && e.lastFailureAt == IsoTime::Null && e.consecutiveFailures == 0;
    if (neverVerified) {
        // Events raised, first attempt still under way.
        Delivery d = baseDelivery(rng, e);
        d.createdAt = jitterForm(rng, qMax(e.createdAt, now - span(rng, 2 * Sec, 40 * Sec)));
        d.status = DeliveryStatus::InFlight;
        d.attemptCount = 1;
        d.lastAttemptAt = d.createdAt + 150000;
        d.nextRetryAt = d.lastAttemptAt + RetryWaits[0];
        rows.push_back(d);
        if (rng.bounded(2)) {
            Delivery p = baseDelivery(rng, e);
            p.createdAt = jitterForm(rng, now - span(rng, 0, 2 * Sec));
            p.status = DeliveryStatus::Pending;
            p.nextRetryAt = p.createdAt;
            rows.push_back(p);
        }
        e.deliveries = std::move(rows);
        return;
    }

    const qint64 lowerBound = e.lastSuccessAt != IsoTime::Null ? e.lastSuccessAt : e.createdAt;
    const bool disabled = !e.isActive && e.disabledAt != IsoTime::Null;
    if (e.consecutiveFailures > 0 && e.lastFailureAt != IsoTime::Null) {
        // The failed attempts since the last success, spread over a few deliveries.
        std::vector<int> attempts;
        int remaining = e.consecutiveFailures;
        while (remaining > 0) {
            const int a = qMin(remaining, 1 + int(rng.bounded(MaxAttempts)));
            attempts.push_back(a);
            remaining -= a;
        }
        const qint64 gap = qMax<qint64>(Sec, (e.lastFailureAt - lowerBound) / qint64(attempts.size() + 1));
        for (size_t i = 0; i < attempts.size(); ++i) {
            Delivery d = baseDelivery(rng, e);
            d.attemptCount = attempts[i];
            d.lastAttemptAt = i == 0 ? e.lastFailureAt : e.lastFailureAt - qint64(i) * gap;
            qint64 created = d.lastAttemptAt;
            for (int k = 0; k < d.attemptCount - 1; ++k)
                created -= RetryWaits[k];
            d.createdAt = jitterForm(rng, created - span(rng, 50000, 2 * Sec));
            addFailureInfo(rng, d, e.id);
            if (d.attemptCount >= MaxAttempts || disabled || !e.isActive) {
                d.status = DeliveryStatus::Exhausted;
                d.nextRetryAt = d.lastAttemptAt;
            } else {
                d.status = DeliveryStatus::Pending;
                d.nextRetryAt = d.lastAttemptAt + RetryWaits[d.attemptCount - 1];
            }
            rows.push_back(d);
        }
    }
    if (e.lastSuccessAt != IsoTime::Null) {
        const int n = 2 + int(rng.bounded(7));
        qint64 t = e.lastSuccessAt;
        for (int i = 0; i < n && t > e.createdAt; ++i) {
            Delivery d = baseDelivery(rng, e);
            d.status = DeliveryStatus::Delivered;
            d.deliveredAt = t;
            d.lastAttemptAt = t - span(rng, 20000, 900000);
            d.attemptCount = 1;
            d.createdAt = d.lastAttemptAt - span(rng, 5000, 400000);
            if (rng.bounded(10) == 0) { // needed a retry
                d.attemptCount = 2;
                d.createdAt -= RetryWaits[0];
            }
            d.createdAt = qMax(d.createdAt, e.createdAt);
            d.nextRetryAt = d.lastAttemptAt;
            const int statuses[] = {200, 200, 200, 204, 202};
            d.lastResponseStatus = statuses[rng.bounded(5)];
            rows.push_back(d);
            t -= span(rng, 2 * Min, 18 * Hour);
        }
    }
    if (rows.empty()) {
        // Switched off before any event reached it: one event that was never attempted.
        Delivery d = baseDelivery(rng, e);
        d.createdAt = jitterForm(rng, span(rng, e.createdAt, e.updatedAt));
        d.status = DeliveryStatus::Exhausted;
        d.nextRetryAt = d.createdAt;
        rows.push_back(d);
    }
    e.deliveries = std::move(rows);
}
