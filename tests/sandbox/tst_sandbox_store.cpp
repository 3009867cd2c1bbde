// The store's rules: create, PATCH semantics, auto-disable at 20, reactivation,
// deliveries, organizations; and the write rate limit with a controllable clock.
#include "clock.h"
#include "ratelimiter.h"
#include "sandboxstore.h"

#include <QtTest>

namespace {

const QString KeyA = QStringLiteral("od_live_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
const QString KeyB = QStringLiteral("od_live_BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB");
constexpr qint64 Start = 1795000000LL * 1000000; // 2026-11-18

CreateRequest createRequest(const QString &url)
{
    CreateRequest r;
    r.url = url;
    r.events = EventNames::createDefault();
    return r;
}

} // namespace

class TestSandboxStore : public QObject
{
    Q_OBJECT

private slots:
    void createSetsServerFields();
    void organizationsAreSeparate();
    void patchChangesOnlyGivenFields_data();
    void patchChangesOnlyGivenFields();
    void unchangedPatchKeepsUpdatedAt();
    void urlChangeNeedsPing();
    void autoDisableAtTwentyFailures();
    void successResetsFailures();
    void reactivationClearsDisabledAt();
    void reactivatingManualInactiveKeepsCounters();
    void deliveriesNewestFirstAndLimited();
    void deliveriesAreMaterializedOnce();
    void storedDeliveriesAreCapped();
    void removeOnlyInOwnOrganization();
    void secretIs64Hex();

    void rateLimitAllowsUpToLimit();
    void rateLimitWindowSlides();
    void rateLimitPerKey();
    void rateLimitZeroDisables();
    void rateLimitLoweredMidWindow();
};

void TestSandboxStore::createSetsServerFields()
{
    ManualClock clock(Start);
    SandboxStore store(&clock);
    Organization &org = store.addOrganization(KeyA);
    CreateRequest r = createRequest(QStringLiteral("https://hooks.example.com/a"));
    r.description = QStringLiteral("d");
    const Endpoint &e = store.create(org, r);
    QVERIFY(!e.id.isNull());
    QCOMPARE(e.userId, org.userId);
    QCOMPARE(e.organizationIndex, org.index);
    QVERIFY(e.isActive);
    QCOMPARE(e.consecutiveFailures, 0);
    QCOMPARE(e.createdAt, Start);
    QCOMPARE(e.updatedAt, Start);
    QCOMPARE(e.verifiedAt, Start);
    QCOMPARE(e.lastSuccessAt, IsoTime::Null);
    QCOMPARE(e.lastFailureAt, IsoTime::Null);
    QCOMPARE(e.disabledAt, IsoTime::Null);
    QCOMPARE(e.events, EventNames::createDefault());
    QVERIFY(e.deliveries.empty());
    QCOMPARE(store.find(org, e.id), &e);
    QCOMPARE(org.keyPrefix, QStringLiteral("od_live_AAAA"));
}

void TestSandboxStore::organizationsAreSeparate()
{
    ManualClock clock(Start);
    SandboxStore store(&clock);
    Organization &a = store.addOrganization(KeyA);
    Organization &b = store.addOrganization(KeyB);
    QVERIFY(a.id != b.id);
    QVERIFY(a.userId != b.userId);
    QCOMPARE(store.organizationForKey(KeyB), &b);
    QCOMPARE(store.organizationForKey(QStringLiteral("od_live_CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC")), nullptr);
    const Endpoint &e = store.create(a, createRequest(QStringLiteral("https://hooks.example.com/a")));
    QCOMPARE(store.find(b, e.id), nullptr); // another org's id: not found
    QCOMPARE(store.findAny(e.id), &e);
    // The same key gives the same ids in another run.
    SandboxStore again(&clock);
    QCOMPARE(again.addOrganization(KeyA).id, a.id);
}

void TestSandboxStore::patchChangesOnlyGivenFields_data()
{
    QTest::addColumn<QString>("field");
    QTest::newRow("description") << "description";
    QTest::newRow("events") << "events";
    QTest::newRow("is_active") << "is_active";
    QTest::newRow("url") << "url";
}

void TestSandboxStore::patchChangesOnlyGivenFields()
{
    QFETCH(QString, field);
    ManualClock clock(Start);
    SandboxStore store(&clock);
    Organization &org = store.addOrganization(KeyA);
    Endpoint &e = store.create(org, createRequest(QStringLiteral("https://hooks.example.com/a")));
    const Endpoint before = e;
    clock.advanceMs(5000);
    PatchRequest p;
    if (field == QLatin1String("description"))
        p.description = QStringLiteral("caf\u00e9 \U0001F680");
    else if (field == QLatin1String("events"))
        p.events = QStringList{EventNames::uploadCreated()};
    else if (field == QLatin1String("is_active"))
        p.isActive = false;
    else
        p.url = QStringLiteral("https://hooks.example.com/b");
    QVERIFY(store.applyPatch(e, p));
    QCOMPARE(e.updatedAt, Start + 5000000);
    QCOMPARE(e.url == before.url, field != QLatin1String("url"));
    QCOMPARE(e.description == before.description, field != QLatin1String("description"));
    QCOMPARE(e.events == before.events, field != QLatin1String("events"));
    QCOMPARE(e.isActive == before.isActive, field != QLatin1String("is_active"));
    QCOMPARE(e.verifiedAt, field == QLatin1String("url") ? Start + 5000000 : Start);
    QCOMPARE(e.createdAt, before.createdAt);
    QCOMPARE(e.disabledAt, IsoTime::Null); // switched off by a person: not auto-disabled
}

void TestSandboxStore::unchangedPatchKeepsUpdatedAt()
{
    ManualClock clock(Start);
    SandboxStore store(&clock);
    Organization &org = store.addOrganization(KeyA);
    Endpoint &e = store.create(org, createRequest(QStringLiteral("https://hooks.example.com/a")));
    clock.advanceMs(1000);
    PatchRequest p;
    p.url = e.url;
    p.isActive = true;
    p.events = e.events;
    QVERIFY(!store.applyPatch(e, p));
    QCOMPARE(e.updatedAt, Start);
    QCOMPARE(e.verifiedAt, Start);
}

void TestSandboxStore::urlChangeNeedsPing()
{
    ManualClock clock(Start);
    SandboxStore store(&clock);
    Organization &org = store.addOrganization(KeyA);
    const Endpoint &e = store.create(org, createRequest(QStringLiteral("https://hooks.example.com/a")));
    PatchRequest p;
    QVERIFY(!SandboxStore::needsPing(e, p));
    p.description = QStringLiteral("x");
    QVERIFY(!SandboxStore::needsPing(e, p));
    p.url = e.url;
    QVERIFY(!SandboxStore::needsPing(e, p)); // unchanged url: no ping
    p.url = QStringLiteral("https://hooks.example.com/b");
    QVERIFY(SandboxStore::needsPing(e, p));
}

void TestSandboxStore::autoDisableAtTwentyFailures()
{
    ManualClock clock(Start);
    SandboxStore store(&clock);
    Organization &org = store.addOrganization(KeyA);
    Endpoint &e = store.create(org, createRequest(QStringLiteral("https://hooks.example.com/a")));
    for (int i = 1; i < SandboxStore::AutoDisableThreshold; ++i) {
        clock.advanceMs(1000);
        store.recordFailure(e, clock.nowUs());
        QCOMPARE(e.consecutiveFailures, i);
        QVERIFY(e.isActive);
        QCOMPARE(e.disabledAt, IsoTime::Null);
    }
    clock.advanceMs(1000);
    store.recordFailure(e, clock.nowUs());
    QCOMPARE(e.consecutiveFailures, 20);
    QVERIFY(!e.isActive);
    QCOMPARE(e.disabledAt, clock.nowUs());
    QCOMPARE(e.lastFailureAt, clock.nowUs());
    QCOMPARE(e.updatedAt, Start); // deliveries are not edits
}

void TestSandboxStore::successResetsFailures()
{
    ManualClock clock(Start);
    SandboxStore store(&clock);
    Organization &org = store.addOrganization(KeyA);
    Endpoint &e = store.create(org, createRequest(QStringLiteral("https://hooks.example.com/a")));
    for (int i = 0; i < 7; ++i)
        store.recordFailure(e, clock.nowUs());
    const qint64 failedAt = e.lastFailureAt;
    clock.advanceMs(10);
    store.recordSuccess(e, clock.nowUs());
    QCOMPARE(e.consecutiveFailures, 0);
    QCOMPARE(e.lastSuccessAt, clock.nowUs());
    QCOMPARE(e.lastFailureAt, failedAt);
}

void TestSandboxStore::reactivationClearsDisabledAt()
{
    ManualClock clock(Start);
    SandboxStore store(&clock);
    Organization &org = store.addOrganization(KeyA);
    Endpoint &e = store.create(org, createRequest(QStringLiteral("https://hooks.example.com/a")));
    for (int i = 0; i < 20; ++i)
        store.recordFailure(e, clock.nowUs());
    QVERIFY(!e.isActive && e.disabledAt != IsoTime::Null);
    clock.advanceMs(60000);
    PatchRequest p;
    p.isActive = true;
    QVERIFY(store.applyPatch(e, p));
    QVERIFY(e.isActive);
    QCOMPARE(e.disabledAt, IsoTime::Null);
    QCOMPARE(e.consecutiveFailures, 0);
    QCOMPARE(e.updatedAt, clock.nowUs());
    QVERIFY(e.lastFailureAt != IsoTime::Null); // history stays
}

void TestSandboxStore::reactivatingManualInactiveKeepsCounters()
{
    ManualClock clock(Start);
    SandboxStore store(&clock);
    Organization &org = store.addOrganization(KeyA);
    Endpoint &e = store.create(org, createRequest(QStringLiteral("https://hooks.example.com/a")));
    store.recordFailure(e, clock.nowUs());
    PatchRequest off;
    off.isActive = false;
    QVERIFY(store.applyPatch(e, off));
    QCOMPARE(e.disabledAt, IsoTime::Null);
    PatchRequest on;
    on.isActive = true;
    QVERIFY(store.applyPatch(e, on));
    QVERIFY(e.isActive);
    QCOMPARE(e.consecutiveFailures, 1);
}

void TestSandboxStore::deliveriesNewestFirstAndLimited()
{
    ManualClock clock(Start);
    SandboxStore store(&clock);
    Organization &org = store.addOrganization(KeyA);
    Endpoint &e = store.create(org, createRequest(QStringLiteral("https://hooks.example.com/a")));
    const qint64 times[] = {Start + 30, Start + 10, Start + 50, Start + 20, Start + 40};
    for (qint64 t : times) {
        Delivery d;
        d.id = QUuid::createUuid();
        d.createdAt = t;
        d.nextRetryAt = t;
        store.addDelivery(e, d);
    }
    const auto all = store.recentDeliveries(e, 100);
    QCOMPARE(all.size(), size_t(5));
    for (size_t i = 1; i < all.size(); ++i)
        QVERIFY(all[i - 1]->createdAt > all[i]->createdAt);
    QCOMPARE(all.front()->createdAt, Start + 50);
    const auto two = store.recentDeliveries(e, 2);
    QCOMPARE(two.size(), size_t(2));
    QCOMPARE(two[1]->createdAt, Start + 40);
}

void TestSandboxStore::deliveriesAreMaterializedOnce()
{
    ManualClock clock(Start);
    SandboxStore store(&clock);
    int calls = 0;
    store.setDeliveryMaterializer([&calls](Endpoint &e) {
        ++calls;
        Delivery d;
        d.createdAt = e.createdAt;
        e.deliveries.push_back(d);
    });
    Organization &org = store.addOrganization(KeyA);
    auto generated = std::make_unique<Endpoint>();
    generated->id = QUuid::createUuid();
    generated->deliveriesReady = false;
    Endpoint *e = generated.get();
    QVERIFY(store.insert(org, std::move(generated)));
    QCOMPARE(calls, 0);
    QCOMPARE(store.recentDeliveries(*e, 20).size(), size_t(1));
    QCOMPARE(store.recentDeliveries(*e, 20).size(), size_t(1));
    QCOMPARE(calls, 1);
    // A duplicate id is refused.
    auto duplicate = std::make_unique<Endpoint>();
    duplicate->id = e->id;
    QVERIFY(!store.insert(org, std::move(duplicate)));
}

void TestSandboxStore::storedDeliveriesAreCapped()
{
    ManualClock clock(Start);
    SandboxStore store(&clock);
    Organization &org = store.addOrganization(KeyA);
    Endpoint &e = store.create(org, createRequest(QStringLiteral("https://hooks.example.com/a")));
    for (int i = 0; i < SandboxStore::MaxStoredDeliveries + 25; ++i) {
        Delivery d;
        d.createdAt = Start + i;
        Delivery &added = store.addDelivery(e, d);
        QCOMPARE(added.createdAt, Start + i);
    }
    QCOMPARE(int(e.deliveries.size()), SandboxStore::MaxStoredDeliveries);
    QCOMPARE(e.deliveries.front().createdAt, Start + 25);
}

void TestSandboxStore::removeOnlyInOwnOrganization()
{
    ManualClock clock(Start);
    SandboxStore store(&clock);
    Organization &a = store.addOrganization(KeyA);
    Organization &b = store.addOrganization(KeyB);
    const QUuid id = store.create(a, createRequest(QStringLiteral("https://hooks.example.com/a"))).id;
    store.create(a, createRequest(QStringLiteral("https://hooks.example.com/b")));
    QVERIFY(!store.remove(b, id));
    QVERIFY(store.remove(a, id));
    QVERIFY(!store.remove(a, id));
    QCOMPARE(store.findAny(id), nullptr);
    QCOMPARE(a.endpoints.size(), size_t(1));
    QCOMPARE(store.endpointCount(), 1);
}

void TestSandboxStore::secretIs64Hex()
{
    const QString s1 = SandboxStore::newSecret();
    const QString s2 = SandboxStore::newSecret();
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(s1).hasMatch());
    QVERIFY(s1 != s2);
}

void TestSandboxStore::rateLimitAllowsUpToLimit()
{
    ManualClock clock(Start);
    RateLimiter limiter(&clock, 3);
    for (int i = 0; i < 3; ++i) {
        const auto d = limiter.check(KeyA);
        QVERIFY(d.allowed);
        clock.advanceMs(1000);
    }
    const auto refused = limiter.check(KeyA);
    QVERIFY(!refused.allowed);
    QCOMPARE(refused.limit, 3);
    QCOMPARE(refused.observed, 4);
    // The first write was 3 s ago: its slot frees in 57 s.
    QCOMPARE(refused.retryAfterSeconds, 57);
    QCOMPARE(limiter.check(KeyA).observed, 5); // refused ones are seen, not counted as accepted
}

void TestSandboxStore::rateLimitWindowSlides()
{
    ManualClock clock(Start);
    RateLimiter limiter(&clock, 2);
    QVERIFY(limiter.check(KeyA).allowed);        // t = 0
    clock.advanceMs(30000);
    QVERIFY(limiter.check(KeyA).allowed);        // t = 30
    clock.advanceMs(15000);
    auto d = limiter.check(KeyA);                // t = 45
    QVERIFY(!d.allowed);
    QCOMPARE(d.retryAfterSeconds, 15);
    clock.advanceMs(15000);                      // t = 60: the first one left the window
    QVERIFY(limiter.check(KeyA).allowed);
    d = limiter.check(KeyA);
    QVERIFY(!d.allowed);
    QCOMPARE(d.retryAfterSeconds, 30);           // the t = 30 write frees at t = 90
    clock.advanceMs(500);
    QCOMPARE(limiter.check(KeyA).retryAfterSeconds, 30); // 29.5 s rounds up
}

void TestSandboxStore::rateLimitPerKey()
{
    ManualClock clock(Start);
    RateLimiter limiter(&clock, 1);
    QVERIFY(limiter.check(KeyA).allowed);
    QVERIFY(!limiter.check(KeyA).allowed);
    QVERIFY(limiter.check(KeyB).allowed);
}

void TestSandboxStore::rateLimitZeroDisables()
{
    ManualClock clock(Start);
    RateLimiter limiter(&clock, 0);
    for (int i = 0; i < 1000; ++i)
        QVERIFY(limiter.check(KeyA).allowed);
}

void TestSandboxStore::rateLimitLoweredMidWindow()
{
    ManualClock clock(Start);
    RateLimiter limiter(&clock, 100);
    for (int i = 0; i < 10; ++i) {
        QVERIFY(limiter.check(KeyA).allowed);
        clock.advanceMs(1000);
    }
    limiter.setLimit(3);
    const auto d = limiter.check(KeyA); // 10 accepted in the window (t = 0..9), now t = 10
    QVERIFY(!d.allowed);
    // Allowed again when only 2 remain: after the write at t = 7 leaves, at t = 67.
    QCOMPARE(d.retryAfterSeconds, 57);
    limiter.reset();
    QVERIFY(limiter.check(KeyA).allowed);
}

QTEST_APPLESS_MAIN(TestSandboxStore)
#include "tst_sandbox_store.moc"
