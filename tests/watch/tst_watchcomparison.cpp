// The comparison of two refreshes (what changed, per endpoint, most urgent first) and
// the one message that says it. No widgets, no server.
#include "watchcomparison.h"
#include "watchpreferences.h"
#include "watchsummary.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

namespace {
EndpointHealth healthy(const QString &url) { return {0, true, false, url}; }
EndpointHealth failing(int n, const QString &url) { return {n, true, false, url}; }
EndpointHealth disabled(int n, const QString &url) { return {n, false, true, url}; }
EndpointHealth switchedOff(int n, const QString &url) { return {n, false, false, url}; }

const QString A = QStringLiteral("a");
const QString B = QStringLiteral("b");
const QString C = QStringLiteral("c");
const QString UrlA = QStringLiteral("https://a.example/hook");
const QString UrlB = QStringLiteral("https://b.example/hook");
const QString UrlC = QStringLiteral("https://c.example/hook");
} // namespace

Q_DECLARE_METATYPE(EndpointHealth)

class TestWatchComparison : public QObject
{
    Q_OBJECT

private slots:
    void oneEndpoint_data();
    void oneEndpoint();
    void severalChangesComeMostUrgentFirst();
    void unchangedListsHaveNoChanges();
    void deletedEndpointsAreNoChange();
    void healthIsTakenFromTheEndpoint();

    void singleMessageNamesTheEndpoint_data();
    void singleMessageNamesTheEndpoint();
    void severalChangesAreOneMessage();
    void onlyRecoveriesSayRecovered();
    void hostileUrlIsMadeSafe();

    void preferencesArePerProfileForNotifications();
};

void TestWatchComparison::oneEndpoint_data()
{
    QTest::addColumn<EndpointHealth>("before");
    QTest::addColumn<EndpointHealth>("after");
    QTest::addColumn<int>("kind"); // -1: no change

    const int none = -1;
    const int started = int(WatchChange::Kind::StartedFailing);
    const int crossed = int(WatchChange::Kind::CrossedThreshold);
    const int autoDisabled = int(WatchChange::Kind::AutoDisabled);
    const int recovered = int(WatchChange::Kind::Recovered);
    QTest::newRow("healthy stays") << healthy(UrlA) << healthy(UrlA) << none;
    QTest::newRow("starts failing") << healthy(UrlA) << failing(1, UrlA) << started;
    QTest::newRow("keeps failing below threshold") << failing(1, UrlA) << failing(9, UrlA) << none;
    QTest::newRow("reaches threshold") << failing(9, UrlA) << failing(10, UrlA) << crossed;
    QTest::newRow("jumps past threshold from healthy") << healthy(UrlA) << failing(14, UrlA) << crossed;
    QTest::newRow("stays above threshold") << failing(10, UrlA) << failing(15, UrlA) << none;
    QTest::newRow("disabled by the server") << failing(19, UrlA) << disabled(20, UrlA) << autoDisabled;
    QTest::newRow("disabled, count reset by the server") << failing(19, UrlA) << disabled(0, UrlA) << autoDisabled;
    QTest::newRow("healthy to disabled in one refresh") << healthy(UrlA) << disabled(20, UrlA) << autoDisabled;
    QTest::newRow("stays disabled") << disabled(20, UrlA) << disabled(20, UrlA) << none;
    QTest::newRow("recovers from failing") << failing(5, UrlA) << healthy(UrlA) << recovered;
    QTest::newRow("re-enabled after auto-disable") << disabled(20, UrlA) << healthy(UrlA) << recovered;
    QTest::newRow("re-enabled, fails again") << disabled(20, UrlA) << failing(2, UrlA) << started;
    QTest::newRow("switched off by a person") << failing(5, UrlA) << switchedOff(5, UrlA) << none;
    QTest::newRow("switched on by a person, healthy") << switchedOff(0, UrlA) << healthy(UrlA) << none;
    QTest::newRow("failing drops but stays failing") << failing(12, UrlA) << failing(3, UrlA) << none;
}

void TestWatchComparison::oneEndpoint()
{
    QFETCH(EndpointHealth, before);
    QFETCH(EndpointHealth, after);
    QFETCH(int, kind);
    const QList<WatchChange> changes = compareHealth({{A, before}}, {{A, after}}, 10);
    if (kind < 0) {
        QVERIFY(changes.isEmpty());
        return;
    }
    QCOMPARE(changes.size(), 1);
    QCOMPARE(int(changes.constFirst().kind), kind);
    QCOMPARE(changes.constFirst().id, A);
    QCOMPARE(changes.constFirst().url, UrlA);
    QCOMPARE(changes.constFirst().failures, after.failures);
}

void TestWatchComparison::severalChangesComeMostUrgentFirst()
{
    const HealthById before{
        {A, failing(3, UrlA)}, {B, failing(19, UrlB)}, {C, healthy(UrlC)}, {QStringLiteral("d"), failing(8, UrlA)}};
    const HealthById after{{A, healthy(UrlA)},
                           {B, disabled(20, UrlB)},
                           {C, failing(1, UrlC)},
                           {QStringLiteral("d"), failing(11, UrlA)},
                           {QStringLiteral("new"), failing(2, QStringLiteral("https://new.example"))}};
    const QList<WatchChange> changes = compareHealth(before, after, 10);
    QCOMPARE(changes.size(), 5);
    QCOMPARE(changes.at(0).kind, WatchChange::Kind::AutoDisabled);
    QCOMPARE(changes.at(0).id, B);
    QCOMPARE(changes.at(1).kind, WatchChange::Kind::CrossedThreshold);
    QCOMPARE(changes.at(1).id, QStringLiteral("d"));
    // Same kind: by URL.
    QCOMPARE(changes.at(2).kind, WatchChange::Kind::StartedFailing);
    QCOMPARE(changes.at(2).id, C);
    QCOMPARE(changes.at(3).kind, WatchChange::Kind::StartedFailing);
    QCOMPARE(changes.at(3).id, QStringLiteral("new"));
    QCOMPARE(changes.at(4).kind, WatchChange::Kind::Recovered);
    QCOMPARE(changes.at(4).id, A);
}

void TestWatchComparison::unchangedListsHaveNoChanges()
{
    HealthById list;
    for (int i = 0; i < 1000; ++i)
        list.insert(QString::number(i),
                    i % 3 == 0       ? failing(i % 19 + 1, UrlA)
                        : i % 7 == 0 ? disabled(20, UrlB)
                                     : healthy(UrlC));
    QVERIFY(compareHealth(list, list, 10).isEmpty());
}

void TestWatchComparison::deletedEndpointsAreNoChange()
{
    QVERIFY(compareHealth({{A, failing(3, UrlA)}, {B, disabled(20, UrlB)}}, {}, 10).isEmpty());
}

void TestWatchComparison::healthIsTakenFromTheEndpoint()
{
    WebhookEndpoint e;
    e.id = A;
    e.url = UrlA;
    e.isActive = false;
    e.consecutiveFailures = 20;
    e.disabledAt = QDateTime::currentDateTimeUtc();
    WebhookEndpoint off = e;
    off.id = B;
    off.disabledAt = QDateTime();
    const HealthById byId = healthById({e, off});
    QCOMPARE(byId.size(), 2);
    QVERIFY(byId.value(A).autoDisabled);
    QCOMPARE(byId.value(A).failures, 20);
    QVERIFY(!byId.value(B).autoDisabled);
    QVERIFY(!byId.value(B).active);
}

void TestWatchComparison::singleMessageNamesTheEndpoint_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("body");
    QTest::newRow("disabled") << int(WatchChange::Kind::AutoDisabled)
                              << QStringLiteral("Endpoint disabled by the server")
                              << QStringLiteral("https://a.example/hook was switched off after failing too often. Fix "
                                                "the receiver, then enable it again.");
    QTest::newRow("threshold")
        << int(WatchChange::Kind::CrossedThreshold) << QStringLiteral("Endpoint close to being disabled")
        << QStringLiteral("https://a.example/hook has failed 12 time(s) in a row; the server disables it at 20.");
    QTest::newRow("failing") << int(WatchChange::Kind::StartedFailing) << QStringLiteral("Endpoint failing")
                             << QStringLiteral("Deliveries to https://a.example/hook are failing (12 in a row).");
    QTest::newRow("recovered") << int(WatchChange::Kind::Recovered) << QStringLiteral("Endpoint recovered")
                               << QStringLiteral("https://a.example/hook receives deliveries again.");
}

void TestWatchComparison::singleMessageNamesTheEndpoint()
{
    QFETCH(int, kind);
    QFETCH(QString, title);
    QFETCH(QString, body);
    const WatchMessage m = WatchSummary::message({{WatchChange::Kind(kind), A, UrlA, 12}}, 10);
    QCOMPARE(m.title, title);
    QCOMPARE(m.body, body);
    QCOMPARE(m.endpointId, A);
    QCOMPARE(m.changeCount, 1);
    QCOMPARE(m.isTrouble, WatchChange::Kind(kind) != WatchChange::Kind::Recovered);
}

void TestWatchComparison::severalChangesAreOneMessage()
{
    QList<WatchChange> changes{{WatchChange::Kind::AutoDisabled, B, UrlB, 20},
                               {WatchChange::Kind::AutoDisabled, C, UrlC, 20},
                               {WatchChange::Kind::CrossedThreshold, A, UrlA, 10},
                               {WatchChange::Kind::StartedFailing, QStringLiteral("d"), UrlA, 1},
                               {WatchChange::Kind::Recovered, QStringLiteral("e"), UrlA, 0}};
    const WatchMessage m = WatchSummary::message(changes, 10);
    QCOMPARE(m.title, QStringLiteral("5 endpoint(s) changed state"));
    QCOMPARE(m.endpointId, B);
    QCOMPARE(m.changeCount, 5);
    const QStringList lines = m.body.split(QLatin1Char('\n'));
    QCOMPARE(lines,
             (QStringList{
                 QStringLiteral("Disabled by the server: 2"), QStringLiteral("At 10 or more failures in a row: 1"),
                 QStringLiteral("Started failing: 1"), QStringLiteral("Recovered: 1"), QString(),
                 QStringLiteral("https://b.example/hook: disabled"), QStringLiteral("https://c.example/hook: disabled"),
                 QStringLiteral("https://a.example/hook: 10 failure(s) in a row"), QStringLiteral("and 2 more")}));
}

void TestWatchComparison::onlyRecoveriesSayRecovered()
{
    const WatchMessage m = WatchSummary::message(
        {{WatchChange::Kind::Recovered, A, UrlA, 0}, {WatchChange::Kind::Recovered, B, UrlB, 0}}, 10);
    QCOMPARE(m.title, QStringLiteral("2 endpoint(s) recovered"));
    QVERIFY(!m.isTrouble);
    QCOMPARE(m.body, QStringLiteral("https://a.example/hook: recovered\nhttps://b.example/hook: recovered"));
}

void TestWatchComparison::hostileUrlIsMadeSafe()
{
    // A right-to-left override and a line break must not reach the notification, and
    // the URL cannot grow the bubble without bound.
    const QString hostile
        = QStringLiteral("https://evil.example/\u202Egpj.exe\nSecond line") + QString(5000, QLatin1Char('x'));
    const WatchMessage m = WatchSummary::message({{WatchChange::Kind::AutoDisabled, A, hostile, 20}}, 10);
    QVERIFY(!m.body.contains(QChar(0x202E)));
    QVERIFY(!m.body.contains(QLatin1Char('\n')));
    QVERIFY2(m.body.size() < 400, qPrintable(QString::number(m.body.size())));
}

void TestWatchComparison::preferencesArePerProfileForNotifications()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    QCOMPARE(WatchPreferences::load(settings, QStringLiteral("Acme")), WatchPreferences());
    WatchPreferences p;
    p.threshold = 15;
    p.notifications = false;
    p.showInTray = true;
    p.keepRunningInTray = true;
    p.save(settings, QStringLiteral("Acme/Night"));
    const WatchPreferences acme = WatchPreferences::load(settings, QStringLiteral("Acme/Night"));
    QCOMPARE(acme, p);
    const WatchPreferences other = WatchPreferences::load(settings, QStringLiteral("Acme"));
    QVERIFY(other.notifications);
    QCOMPARE(other.threshold, 15);
    settings.setValue(QStringLiteral("watch/failureThreshold"), 500);
    QCOMPARE(WatchPreferences::load(settings, QStringLiteral("Acme")).threshold,
             WebhookEndpoint::AutoDisableThreshold - 1);
}

QTEST_GUILESS_MAIN(TestWatchComparison)
#include "tst_watchcomparison.moc"
