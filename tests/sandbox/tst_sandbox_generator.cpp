// --generate data: deterministic, a realistic mix of states, deliveries consistent with
// each endpoint's state, and fast enough for 100,000 endpoints.
#include "clock.h"
#include "endpointjson.h"
#include "failuremodes.h"
#include "generator.h"
#include "sandboxstore.h"
#include "seedloader.h"
#include "simulator.h"
#include "webhookrules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

namespace {

const QString KeyA = QStringLiteral("od_live_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
const QString KeyB = QStringLiteral("od_live_BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB");
constexpr qint64 Now = 1795000000LL * 1000000;

enum class State { Healthy, Failing, Disabled, Inactive, NeverVerified };

State stateOf(const Endpoint &e)
{
    if (!e.isActive)
        return e.disabledAt != IsoTime::Null ? State::Disabled : State::Inactive;
    if (e.consecutiveFailures > 0)
        return State::Failing;
    if (e.verifiedAt == IsoTime::Null && e.lastSuccessAt == IsoTime::Null)
        return State::NeverVerified;
    return State::Healthy;
}

struct Fixture
{
    ManualClock clock{Now};
    SandboxStore store{&clock};
    Generator generator;
    explicit Fixture(quint64 seed = Generator::DefaultSeed) : generator(seed, Now)
    {
        store.setDeliveryMaterializer([this](Endpoint &e) { generator.generateDeliveries(e); });
    }
};

} // namespace

class TestSandboxGenerator : public QObject
{
    Q_OBJECT

private slots:
    void deterministicForASeed();
    void everyStateEvenForFewEndpoints();
    void realisticMix();
    void fieldsAreConsistent();
    void deliveriesMatchState();
    void failuresHaveAUsualSymptom();
    void organizationsGetDifferentData();
    void hundredThousand();
    void simulatorFailsBrokenAndDisablesAtTwenty();
    void simulatorSucceedsForHealthy();
    void sampleDataLoads();
    void seedErrors_data();
    void seedErrors();
};

void TestSandboxGenerator::deterministicForASeed()
{
    Fixture a, b, c(7);
    a.generator.populate(a.store, a.store.addOrganization(KeyA), 50);
    b.generator.populate(b.store, b.store.addOrganization(KeyA), 50);
    c.generator.populate(c.store, c.store.addOrganization(KeyA), 50);
    const Organization &oa = *a.store.organization(0);
    const Organization &ob = *b.store.organization(0);
    QCOMPARE(EndpointJson::endpointList(oa), EndpointJson::endpointList(ob));
    QVERIFY(EndpointJson::endpointList(oa) != EndpointJson::endpointList(*c.store.organization(0)));
    Endpoint &ea = *oa.endpoints[10];
    Endpoint &eb = *ob.endpoints[10];
    QCOMPARE(EndpointJson::deliveryList(a.store.recentDeliveries(ea, 100), ea),
             EndpointJson::deliveryList(b.store.recentDeliveries(eb, 100), eb));
}

void TestSandboxGenerator::everyStateEvenForFewEndpoints()
{
    Fixture f;
    Organization &org = f.store.addOrganization(KeyA);
    f.generator.populate(f.store, org, 5);
    QSet<int> states;
    for (const auto &e : org.endpoints)
        states.insert(int(stateOf(*e)));
    QCOMPARE(states.size(), 5);
}

void TestSandboxGenerator::realisticMix()
{
    Fixture f;
    Organization &org = f.store.addOrganization(KeyA);
    f.generator.populate(f.store, org, 2000);
    QHash<int, int> counts;
    int nullDescriptions = 0, nonAscii = 0, longOnes = 0;
    QSet<QString> urls;
    for (const auto &e : org.endpoints) {
        ++counts[int(stateOf(*e))];
        urls.insert(e->url);
        if (!e->description)
            ++nullDescriptions;
        else if (e->description->size() > 300)
            ++longOnes;
        if (e->description) {
            for (QChar ch : *e->description) {
                if (ch.unicode() > 127) {
                    ++nonAscii;
                    break;
                }
            }
        }
    }
    QVERIFY(counts[int(State::Healthy)] > 1000);   // mostly healthy
    QVERIFY(counts[int(State::Failing)] > 200);
    QVERIFY(counts[int(State::Disabled)] > 100);
    QVERIFY(counts[int(State::Inactive)] > 50);
    QVERIFY(counts[int(State::NeverVerified)] > 100);
    QVERIFY(nullDescriptions > 200 && nonAscii > 100 && longOnes > 20);
    QVERIFY(urls.size() > 1900);
}

void TestSandboxGenerator::fieldsAreConsistent()
{
    Fixture f;
    Organization &org = f.store.addOrganization(KeyA);
    f.generator.populate(f.store, org, 1000);
    qint64 previousCreated = std::numeric_limits<qint64>::min();
    for (const auto &p : org.endpoints) {
        const Endpoint &e = *p;
        QVERIFY2(WebhookRules::checkUrl(e.url).isEmpty(), qPrintable(e.url));
        if (e.description)
            QVERIFY(WebhookRules::checkDescription(*e.description).isEmpty());
        QVERIFY(!e.events.isEmpty());
        QVERIFY(e.createdAt >= previousCreated); // creation order
        previousCreated = e.createdAt;
        QVERIFY(e.createdAt <= e.updatedAt && e.updatedAt <= Now);
        QVERIFY(e.consecutiveFailures >= 0 && e.consecutiveFailures <= 20);
        const State s = stateOf(e);
        if (s == State::Failing) {
            QVERIFY(e.consecutiveFailures < 20);
            QVERIFY(e.lastFailureAt != IsoTime::Null);
            QVERIFY(e.lastSuccessAt == IsoTime::Null || e.lastSuccessAt < e.lastFailureAt);
        }
        if (s == State::Disabled) {
            QCOMPARE(e.consecutiveFailures, 20);
            QCOMPARE(e.lastFailureAt, e.disabledAt);
            QVERIFY(e.disabledAt > e.createdAt);
        }
        if (s == State::Healthy) {
            QVERIFY(e.verifiedAt != IsoTime::Null);
            QVERIFY(e.lastSuccessAt > Now - 7 * IsoTime::UsPerHour); // recent
        }
        if (s == State::Inactive)
            QCOMPARE(e.disabledAt, IsoTime::Null);
        if (s == State::NeverVerified)
            QVERIFY(e.lastFailureAt == IsoTime::Null);
        for (qint64 t : {e.verifiedAt, e.lastSuccessAt, e.lastFailureAt, e.disabledAt})
            QVERIFY(t == IsoTime::Null || (t >= e.createdAt - IsoTime::UsPerSecond && t <= Now));
    }
}

void TestSandboxGenerator::deliveriesMatchState()
{
    Fixture f;
    Organization &org = f.store.addOrganization(KeyA);
    f.generator.populate(f.store, org, 600);
    for (const auto &p : org.endpoints) {
        Endpoint &e = *p;
        const auto rows = f.store.recentDeliveries(e, 100);
        QVERIFY(!rows.empty());
        for (size_t i = 1; i < rows.size(); ++i)
            QVERIFY(rows[i - 1]->createdAt >= rows[i]->createdAt);
        for (const Delivery *d : rows) {
            QVERIFY(e.events.contains(d->eventType));
            QVERIFY(d->attemptCount >= 0 && d->attemptCount <= 6);
            if (d->status == DeliveryStatus::Delivered) {
                QVERIFY(d->deliveredAt != IsoTime::Null);
                QVERIFY(d->deliveredAt <= e.lastSuccessAt);
            } else {
                QCOMPARE(d->deliveredAt, IsoTime::Null);
            }
        }
        // The newest attempt explains the endpoint's last outcome.
        const Delivery *newestAttempt = nullptr;
        for (const Delivery *d : rows) {
            if (d->lastAttemptAt != IsoTime::Null && (!newestAttempt || d->lastAttemptAt > newestAttempt->lastAttemptAt))
                newestAttempt = d;
        }
        switch (stateOf(e)) {
        case State::Healthy:
            QCOMPARE(newestAttempt->status, DeliveryStatus::Delivered);
            QCOMPARE(rows.front()->deliveredAt, e.lastSuccessAt);
            break;
        case State::Failing:
        case State::Disabled:
            QVERIFY(newestAttempt->status != DeliveryStatus::Delivered);
            QCOMPARE(newestAttempt->lastAttemptAt, e.lastFailureAt);
            QVERIFY(newestAttempt->lastError.has_value());
            if (stateOf(e) == State::Disabled) {
                for (const Delivery *d : rows)
                    QVERIFY(d->status == DeliveryStatus::Delivered || d->status == DeliveryStatus::Exhausted);
            }
            break;
        case State::NeverVerified:
            for (const Delivery *d : rows)
                QVERIFY(d->status == DeliveryStatus::Pending || d->status == DeliveryStatus::InFlight);
            break;
        case State::Inactive:
            for (const Delivery *d : rows)
                QVERIFY(d->createdAt <= e.updatedAt);
            break;
        }
    }
}

// A failing endpoint's deliveries show a pattern an operator can read: most failed ones
// share one error and response status (its usual failure), with others now and then, and
// the usual failure differs from endpoint to endpoint.
void TestSandboxGenerator::failuresHaveAUsualSymptom()
{
    Fixture f;
    Organization &org = f.store.addOrganization(KeyA);
    f.generator.populate(f.store, org, 600);
    int failedRows = 0;
    int usualRows = 0;
    int otherRows = 0;
    QSet<QString> usualErrors;
    for (const auto &p : org.endpoints) {
        Endpoint &e = *p;
        if (e.consecutiveFailures == 0)
            continue;
        const FailureKind &usual = FailureModes::usual(e.id);
        usualErrors.insert(QString::fromLatin1(usual.error));
        for (const Delivery *d : f.store.recentDeliveries(e, 100)) {
            if (d->status == DeliveryStatus::Delivered || !d->lastError)
                continue;
            ++failedRows;
            const bool isUsual = *d->lastError == QLatin1String(usual.error);
            (isUsual ? usualRows : otherRows) += 1;
            if (isUsual && usual.status)
                QCOMPARE(d->lastResponseStatus.value_or(0), usual.status);
            if (isUsual && !usual.status)
                QVERIFY(!d->lastResponseStatus.has_value());
        }
    }
    QVERIFY2(failedRows > 300, qPrintable(QString::number(failedRows)));
    // 75 % by design; a uniform pick over the 11 kinds would give about 9 %.
    QVERIFY2(usualRows > failedRows * 6 / 10, qPrintable(QStringLiteral("%1 of %2").arg(usualRows).arg(failedRows)));
    QVERIFY2(otherRows > 0, "never another error: too regular to be real");
    QVERIFY2(usualErrors.size() >= 5, qPrintable(QStringList(usualErrors.values()).join(QLatin1String(" | "))));
}

void TestSandboxGenerator::organizationsGetDifferentData()
{
    Fixture f;
    Organization &a = f.store.addOrganization(KeyA);
    Organization &b = f.store.addOrganization(KeyB);
    f.generator.populate(f.store, a, 20);
    f.generator.populate(f.store, b, 20);
    QCOMPARE(f.store.endpointCount(), 40);
    QVERIFY(a.endpoints.front()->id != b.endpoints.front()->id);
    QCOMPARE(f.store.find(b, a.endpoints.front()->id), nullptr);
}

void TestSandboxGenerator::hundredThousand()
{
    // How fast is measured by odwh-bench-sandbox (tests/benchmark), not asserted here.
    Fixture f;
    Organization &org = f.store.addOrganization(KeyA);
    f.generator.populate(f.store, org, 100000);
    const QByteArray json = EndpointJson::endpointList(org);
    QCOMPARE(org.endpoints.size(), size_t(100000));
    QVERIFY(json.startsWith("[{\"id\":\"") && json.endsWith("}]"));
    QCOMPARE(QJsonDocument::fromJson(json).array().size(), 100000);
}

void TestSandboxGenerator::simulatorFailsBrokenAndDisablesAtTwenty()
{
    Fixture f;
    Organization &org = f.store.addOrganization(KeyA);
    CreateRequest r;
    r.url = QStringLiteral("https://hooks.example.com/broken");
    r.events = {EventNames::uploadCompleted()};
    Endpoint &e = f.store.create(org, r);
    e.broken = true;
    Simulator sim(&f.store, 1);
    sim.setChances(0, 0); // stays broken
    int attempts = 0;
    while (e.isActive && attempts < 500) {
        f.clock.advanceMs(1000);
        sim.attempt(e);
        ++attempts;
    }
    QVERIFY(!e.isActive);
    QCOMPARE(attempts, 20);
    QCOMPARE(e.consecutiveFailures, 20);
    QCOMPARE(e.disabledAt, e.lastFailureAt);
    QCOMPARE(e.updatedAt, e.createdAt); // not an edit
    const auto rows = f.store.recentDeliveries(e, 100);
    QVERIFY(!rows.empty());
    for (const Delivery *d : rows) {
        QCOMPARE(d->status, DeliveryStatus::Exhausted);
        QVERIFY(d->lastError.has_value());
        QCOMPARE(d->eventType, EventNames::uploadCompleted());
    }
}

void TestSandboxGenerator::simulatorSucceedsForHealthy()
{
    Fixture f;
    Organization &org = f.store.addOrganization(KeyA);
    CreateRequest r;
    r.url = QStringLiteral("https://hooks.example.com/ok");
    r.events = EventNames::createDefault();
    Endpoint &e = f.store.create(org, r);
    e.consecutiveFailures = 4;
    e.broken = false;
    Simulator sim(&f.store, 2);
    sim.setChances(0, 0);
    f.clock.advanceMs(1000);
    sim.attempt(e);
    QCOMPARE(e.consecutiveFailures, 0);
    QCOMPARE(e.lastSuccessAt, f.clock.nowUs());
    const auto rows = f.store.recentDeliveries(e, 1);
    QCOMPARE(rows.front()->status, DeliveryStatus::Delivered);
    QCOMPARE(rows.front()->deliveredAt, e.lastSuccessAt);
    QVERIFY(sim.tick() >= 1);
}

void TestSandboxGenerator::sampleDataLoads()
{
    Fixture f;
    Organization &org = f.store.addOrganization(KeyA);
    QString error;
    QVERIFY2(SeedLoader::loadFile(QStringLiteral(ODWH_SANDBOX_SAMPLE), f.store, org, &error), qPrintable(error));
    QCOMPARE(org.endpoints.size(), size_t(12));
    QSet<int> states;
    int withDeliveries = 0;
    for (const auto &e : org.endpoints) {
        states.insert(int(stateOf(*e)));
        QCOMPARE(e->userId, org.userId);
        if (!f.store.recentDeliveries(*e, 100).empty())
            ++withDeliveries;
    }
    QCOMPARE(states.size(), 5);
    QVERIFY(withDeliveries >= 10);
}

void TestSandboxGenerator::seedErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not JSON") << QByteArray("{") << "not valid JSON";
    QTest::newRow("array") << QByteArray("[]") << "top level must be an object";
    QTest::newRow("unknown top level") << QByteArray(R"({"hooks":[]})") << "unknown top-level field \"hooks\"";
    QTest::newRow("url missing") << QByteArray(R"({"webhooks":[{"description":"x"}]})") << "webhooks[0]: url is required";
    QTest::newRow("bad timestamp") << QByteArray(R"({"webhooks":[{"url":"https://a.example.com","created_at":"yesterday"}]})")
                                   << "created_at must be an ISO 8601";
    QTest::newRow("unknown field") << QByteArray(R"({"webhooks":[{"url":"https://a.example.com","colour":"red"}]})")
                                   << "unknown endpoint field \"colour\"";
    QTest::newRow("duplicate id")
        << QByteArray(R"({"webhooks":[{"id":"0f0e0d0c-0b0a-4908-8706-050403020100","url":"https://a.example.com"},)"
                      R"({"id":"0f0e0d0c-0b0a-4908-8706-050403020100","url":"https://b.example.com"}]})")
        << "used twice";
    QTest::newRow("delivery without status")
        << QByteArray(R"({"webhooks":[{"id":"0f0e0d0c-0b0a-4908-8706-050403020100","url":"https://a.example.com"}],)"
                      R"("deliveries":[{"webhook_endpoint_id":"0f0e0d0c-0b0a-4908-8706-050403020100","created_at":"2026-01-01T00:00:00Z"}]})")
        << "status is required";
}

void TestSandboxGenerator::seedErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    Fixture f;
    Organization &org = f.store.addOrganization(KeyA);
    QString error;
    QVERIFY(!SeedLoader::loadJson(json, f.store, org, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QCOMPARE(org.endpoints.size(), size_t(0)); // nothing half-loaded
}

QTEST_GUILESS_MAIN(TestSandboxGenerator)
#include "tst_sandbox_generator.moc"
