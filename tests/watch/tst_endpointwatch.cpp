// EndpointWatch's flow: the first list is only remembered, later lists are compared
// off the GUI thread and each gives at most one report, reset() starts over, a list
// that comes while one is being compared waits (only the newest).
#include "endpointwatch.h"

#include <QSignalSpy>
#include <QtTest>

namespace {
WebhookEndpoint endpoint(const QString &id, int failures, bool autoDisabled = false)
{
    WebhookEndpoint e;
    e.id = id;
    e.url = QStringLiteral("https://%1.example/hook").arg(id);
    e.consecutiveFailures = failures;
    e.isActive = !autoDisabled;
    if (autoDisabled)
        e.disabledAt = QDateTime::currentDateTimeUtc();
    return e;
}

QList<WebhookEndpoint> fleet(int count)
{
    QList<WebhookEndpoint> list;
    for (int i = 0; i < count; ++i)
        list << endpoint(QString::number(i), 0);
    return list;
}
} // namespace

class TestEndpointWatch : public QObject
{
    Q_OBJECT

private slots:
    void firstListIsOnlyRemembered();
    void laterListsAreComparedWithTheOneBefore();
    void resetStartsOver();
    void listsThatComeMeanwhileWaitNewestOnly();
    void thresholdIsBounded();
};

void TestEndpointWatch::firstListIsOnlyRemembered()
{
    EndpointWatch watch;
    QSignalSpy changes(&watch, &EndpointWatch::changesFound);
    QSignalSpy observed(&watch, &EndpointWatch::observed);
    watch.observe({endpoint(QStringLiteral("a"), 20, true), endpoint(QStringLiteral("b"), 4)});
    QVERIFY(observed.wait(5000));
    QVERIFY(watch.hasBaseline());
    QCOMPARE(changes.size(), 0);
}

void TestEndpointWatch::laterListsAreComparedWithTheOneBefore()
{
    EndpointWatch watch;
    QSignalSpy changes(&watch, &EndpointWatch::changesFound);
    QSignalSpy observed(&watch, &EndpointWatch::observed);
    QList<WebhookEndpoint> list = fleet(1000);
    watch.observe(list);
    QVERIFY(observed.wait(5000));

    list[10] = endpoint(QStringLiteral("10"), 20, true);
    list[20] = endpoint(QStringLiteral("20"), 1);
    list[30] = endpoint(QStringLiteral("30"), 12);
    watch.observe(list);
    QVERIFY(observed.wait(5000));
    QCOMPARE(changes.size(), 1);
    const auto found = changes.at(0).at(0).value<QList<WatchChange>>();
    QCOMPARE(found.size(), 3);
    QCOMPARE(found.at(0).kind, WatchChange::Kind::AutoDisabled);
    QCOMPARE(found.at(0).id, QStringLiteral("10"));
    QCOMPARE(found.at(1).kind, WatchChange::Kind::CrossedThreshold);
    QCOMPARE(found.at(2).kind, WatchChange::Kind::StartedFailing);

    // The same list again: nothing new.
    watch.observe(list);
    QVERIFY(observed.wait(5000));
    QCOMPARE(changes.size(), 1);

    list[10] = endpoint(QStringLiteral("10"), 0);
    watch.observe(list);
    QVERIFY(observed.wait(5000));
    QCOMPARE(changes.size(), 2);
    const auto recovered = changes.at(1).at(0).value<QList<WatchChange>>();
    QCOMPARE(recovered.size(), 1);
    QCOMPARE(recovered.at(0).kind, WatchChange::Kind::Recovered);
}

void TestEndpointWatch::resetStartsOver()
{
    EndpointWatch watch;
    QSignalSpy changes(&watch, &EndpointWatch::changesFound);
    QSignalSpy observed(&watch, &EndpointWatch::observed);
    watch.observe({endpoint(QStringLiteral("a"), 0)});
    QVERIFY(observed.wait(5000));
    // Another organization: its first list is a baseline, however bad it looks.
    watch.reset();
    QVERIFY(!watch.hasBaseline());
    watch.observe({endpoint(QStringLiteral("a"), 20, true)});
    QVERIFY(observed.wait(5000));
    QCOMPARE(changes.size(), 0);
}

void TestEndpointWatch::listsThatComeMeanwhileWaitNewestOnly()
{
    EndpointWatch watch;
    QSignalSpy changes(&watch, &EndpointWatch::changesFound);
    QSignalSpy observed(&watch, &EndpointWatch::observed);
    watch.observe(fleet(20000));
    QVERIFY(watch.isComparing());
    QList<WebhookEndpoint> skipped = fleet(20000);
    skipped[0] = endpoint(QStringLiteral("0"), 3);
    watch.observe(skipped);
    QList<WebhookEndpoint> newest = fleet(20000);
    newest[1] = endpoint(QStringLiteral("1"), 20, true);
    watch.observe(newest);
    QTRY_COMPARE_WITH_TIMEOUT(observed.size(), 2, 10000);
    QVERIFY(!watch.isComparing());
    QCOMPARE(changes.size(), 1);
    const auto found = changes.at(0).at(0).value<QList<WatchChange>>();
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.at(0).id, QStringLiteral("1"));
}

void TestEndpointWatch::thresholdIsBounded()
{
    EndpointWatch watch;
    QCOMPARE(watch.threshold(), EndpointWatch::DefaultThreshold);
    watch.setThreshold(0);
    QCOMPARE(watch.threshold(), 1);
    watch.setThreshold(50);
    QCOMPARE(watch.threshold(), WebhookEndpoint::AutoDisableThreshold - 1);
}

QTEST_GUILESS_MAIN(TestEndpointWatch)
#include "tst_endpointwatch.moc"
