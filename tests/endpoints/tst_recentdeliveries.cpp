// RecentDeliveries against a scripted network with a real ApiClient: one request once
// the choice of endpoint settles, the deliveries handed on for the endpoint shown only
// (a stale call cancelled, its answer never handed on), a list holding another
// endpoint's deliveries refused, failures reported, nothing after clear().
#include "apiclient.h"
#include "fakenetwork.h"
#include "recentdeliveries.h"
#include "unitsupport.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QtTest>

namespace {

const QString EndpointA = QStringLiteral("aaaaaaaa-0000-4000-8000-00000000000a");
const QString EndpointB = QStringLiteral("bbbbbbbb-0000-4000-8000-00000000000b");
const QString EndpointC = QStringLiteral("cccccccc-0000-4000-8000-00000000000c");

QString pathOf(const QString &id) { return QStringLiteral("/api/v1/webhooks/%1/deliveries").arg(id); }

// An answer listing `count` deliveries of `endpointId`, after `delayMs`.
ScriptedAnswer deliveriesOf(const QString &endpointId, int count, int delayMs = 0)
{
    QJsonArray list;
    for (int i = 0; i < count; ++i) {
        QJsonObject d = UnitSupport::deliveryJson(QStringLiteral("d0000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0')));
        d.insert(QLatin1String("webhook_endpoint_id"), endpointId);
        list.append(d);
    }
    ScriptedAnswer a;
    a.body = UnitSupport::toJson(list);
    a.delayMs = delayMs;
    return a;
}

QList<WebhookDelivery> loadedList(const QSignalSpy &spy, int i)
{
    return spy.at(i).at(0).value<QList<WebhookDelivery>>();
}

} // namespace

class TestRecentDeliveries : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void loadsTheDeliveriesOfTheShownEndpoint();
    void quickWalkSendsOneRequest();
    void sameEndpointAsksNothingAgain();
    void staleAnswerIsDroppedAndItsCallCancelled();
    void answerForAnotherEndpointIsRefused();
    void failureIsReported();
    void clearDropsTheAnswer();
    void emptyIdClears();
    void newLimitAsksAgain();
    void reloadAsksAgainForTheSameEndpoint();

private:
    FakeNetwork m_net;
    ApiClient *m_client = nullptr;
};

void TestRecentDeliveries::init()
{
    m_net.clear();
    delete m_client;
    m_client = new ApiClient(&m_net, this);
    QVERIFY(m_client->configure(QUrl(QStringLiteral("https://api.optimaldial.test")),
                                QStringLiteral("od_live_DeliveriesAAAAAAAAAAAAAAAAAAAAAA")));
}

void TestRecentDeliveries::newLimitAsksAgain()
{
    m_net.script({deliveriesOf(EndpointA, 20), deliveriesOf(EndpointA, 50)});
    RecentDeliveries recent(m_client);
    QSignalSpy loading(&recent, &RecentDeliveries::loading);
    QSignalSpy loaded(&recent, &RecentDeliveries::loaded);
    QCOMPARE(recent.limit(), RecentDeliveries::DefaultLimit);
    recent.show(EndpointA);
    QVERIFY(loaded.wait(5000));
    QCOMPARE(m_net.seen().at(0).query, QStringLiteral("limit=20"));
    recent.setLimit(50);
    QCOMPARE(loading.count(), 2);
    QVERIFY(loaded.wait(5000));
    QCOMPARE(m_net.seen().size(), 2);
    QCOMPARE(m_net.seen().at(1).path, pathOf(EndpointA));
    QCOMPARE(m_net.seen().at(1).query, QStringLiteral("limit=50"));
    QCOMPARE(loadedList(loaded, 1).size(), 50);
    // The same limit again asks nothing; beyond the API's range is clamped.
    recent.setLimit(50);
    QCOMPARE(loading.count(), 2);
    recent.clear();
    recent.setLimit(1000);
    QCOMPARE(recent.limit(), RecentDeliveries::MaxLimit);
    QCOMPARE(loading.count(), 2); // nothing shown: nothing asked
    recent.setLimit(0);
    QCOMPARE(recent.limit(), 1);
}

void TestRecentDeliveries::reloadAsksAgainForTheSameEndpoint()
{
    m_net.script({deliveriesOf(EndpointA, 2), deliveriesOf(EndpointA, 3)});
    RecentDeliveries recent(m_client);
    QSignalSpy loading(&recent, &RecentDeliveries::loading);
    QSignalSpy loaded(&recent, &RecentDeliveries::loaded);
    recent.reload(); // nothing shown: nothing to ask
    QCOMPARE(loading.count(), 0);
    recent.show(EndpointA);
    QCOMPARE(recent.endpointId(), EndpointA);
    QVERIFY(loaded.wait(5000));
    recent.reload();
    QCOMPARE(loading.count(), 2);
    QVERIFY(loaded.wait(5000));
    QCOMPARE(loadedList(loaded, 1).size(), 3);
    QCOMPARE(m_net.seen().size(), 2);
    QCOMPARE(m_net.seen().at(1).path, pathOf(EndpointA));
}

void TestRecentDeliveries::loadsTheDeliveriesOfTheShownEndpoint()
{
    m_net.script({deliveriesOf(EndpointA, 3)});
    RecentDeliveries recent(m_client);
    QSignalSpy loading(&recent, &RecentDeliveries::loading);
    QSignalSpy loaded(&recent, &RecentDeliveries::loaded);
    QSignalSpy failed(&recent, &RecentDeliveries::failed);
    recent.show(EndpointA);
    QCOMPARE(loading.count(), 1);
    QVERIFY(m_net.seen().isEmpty()); // not before the choice settles
    QVERIFY(loaded.wait(5000));
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(loadedList(loaded, 0).size(), 3);
    QCOMPARE(loadedList(loaded, 0).first().webhookEndpointId, EndpointA);
    QCOMPARE(failed.count(), 0);
    const QList<SeenRequest> seen = m_net.seen();
    QCOMPARE(seen.size(), 1);
    QCOMPARE(seen.at(0).verb, QByteArray("GET"));
    QCOMPARE(seen.at(0).path, pathOf(EndpointA));
}

void TestRecentDeliveries::quickWalkSendsOneRequest()
{
    m_net.script({deliveriesOf(EndpointC, 1)});
    RecentDeliveries recent(m_client);
    QSignalSpy loading(&recent, &RecentDeliveries::loading);
    QSignalSpy loaded(&recent, &RecentDeliveries::loaded);
    recent.show(EndpointA);
    recent.show(EndpointB);
    recent.show(EndpointC);
    QCOMPARE(loading.count(), 3);
    QVERIFY(loaded.wait(5000));
    QCOMPARE(m_net.seen().size(), 1);
    QCOMPARE(m_net.seen().at(0).path, pathOf(EndpointC));
    QCOMPARE(loadedList(loaded, 0).first().webhookEndpointId, EndpointC);
}

void TestRecentDeliveries::sameEndpointAsksNothingAgain()
{
    m_net.script({deliveriesOf(EndpointA, 2)});
    RecentDeliveries recent(m_client);
    QSignalSpy loading(&recent, &RecentDeliveries::loading);
    QSignalSpy loaded(&recent, &RecentDeliveries::loaded);
    recent.show(EndpointA);
    QVERIFY(loaded.wait(5000));
    recent.show(EndpointA); // e.g. its row was refreshed
    QTest::qWait(RecentDeliveries::SettleMs * 2);
    QCOMPARE(loading.count(), 1);
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(m_net.seen().size(), 1);
}

void TestRecentDeliveries::staleAnswerIsDroppedAndItsCallCancelled()
{
    // A's answer would come after B was chosen: it must never reach B's views.
    m_net.script({deliveriesOf(EndpointA, 5, 400), deliveriesOf(EndpointB, 2)});
    RecentDeliveries recent(m_client);
    QSignalSpy loading(&recent, &RecentDeliveries::loading);
    QSignalSpy loaded(&recent, &RecentDeliveries::loaded);
    QSignalSpy failed(&recent, &RecentDeliveries::failed);
    recent.show(EndpointA);
    QTRY_COMPARE_WITH_TIMEOUT(m_net.seen().size(), 1, 5000); // A's request is in flight
    recent.show(EndpointB);
    QVERIFY(loaded.wait(5000));
    QTest::qWait(600); // past the time A's answer would have arrived
    QCOMPARE(loaded.count(), 1);
    const QList<WebhookDelivery> shown = loadedList(loaded, 0);
    QCOMPARE(shown.size(), 2);
    for (const WebhookDelivery &d : shown)
        QCOMPARE(d.webhookEndpointId, EndpointB);
    QCOMPARE(failed.count(), 0); // a cancelled call is no failure
    QCOMPARE(loading.count(), 2);
    QCOMPARE(m_net.seen().size(), 2);
    QCOMPARE(m_net.seen().at(1).path, pathOf(EndpointB));
}

void TestRecentDeliveries::answerForAnotherEndpointIsRefused()
{
    ScriptedAnswer mixed = deliveriesOf(EndpointA, 2);
    QJsonArray list = QJsonDocument::fromJson(mixed.body).array();
    QJsonObject foreign = list.at(1).toObject();
    foreign.insert(QLatin1String("webhook_endpoint_id"), EndpointB);
    list.replace(1, foreign);
    mixed.body = UnitSupport::toJson(list);
    m_net.script({mixed, deliveriesOf(EndpointB, 1)});

    RecentDeliveries recent(m_client);
    QSignalSpy loaded(&recent, &RecentDeliveries::loaded);
    QSignalSpy failed(&recent, &RecentDeliveries::failed);
    recent.show(EndpointA);
    QVERIFY(failed.wait(5000));
    QCOMPARE(loaded.count(), 0);
    const auto error = failed.at(0).at(0).value<ApiError>();
    QCOMPARE(error.kind, ApiError::Kind::InvalidResponse);
    QVERIFY2(error.message().contains(EndpointB), qPrintable(error.message()));

    // A list wholly of another endpoint is refused as well.
    recent.show(EndpointC);
    QVERIFY(failed.wait(5000));
    QCOMPARE(loaded.count(), 0);
    QCOMPARE(failed.at(1).at(0).value<ApiError>().kind, ApiError::Kind::InvalidResponse);
}

void TestRecentDeliveries::failureIsReported()
{
    m_net.script({ScriptedAnswer::error(503, detail("maintenance"))});
    RecentDeliveries recent(m_client);
    QSignalSpy loaded(&recent, &RecentDeliveries::loaded);
    QSignalSpy failed(&recent, &RecentDeliveries::failed);
    recent.show(EndpointA);
    QVERIFY(failed.wait(5000));
    const auto error = failed.at(0).at(0).value<ApiError>();
    QCOMPARE(error.kind, ApiError::Kind::Server);
    QCOMPARE(error.serverMessage, QStringLiteral("maintenance"));
    QCOMPARE(loaded.count(), 0);
}

void TestRecentDeliveries::clearDropsTheAnswer()
{
    m_net.script({deliveriesOf(EndpointA, 1, 300), deliveriesOf(EndpointA, 1)});
    RecentDeliveries recent(m_client);
    QSignalSpy loaded(&recent, &RecentDeliveries::loaded);
    QSignalSpy failed(&recent, &RecentDeliveries::failed);
    recent.show(EndpointA);
    QTRY_COMPARE_WITH_TIMEOUT(m_net.seen().size(), 1, 5000);
    recent.clear();
    QTest::qWait(500);
    QCOMPARE(loaded.count(), 0);
    QCOMPARE(failed.count(), 0);

    // Cleared before the choice settled: nothing is asked at all.
    recent.show(EndpointB);
    recent.clear();
    QTest::qWait(RecentDeliveries::SettleMs * 2);
    QCOMPARE(m_net.seen().size(), 1);

    // The same endpoint again after clear() is asked for anew.
    recent.show(EndpointA);
    QVERIFY(loaded.wait(5000));
    QCOMPARE(m_net.seen().size(), 2);
}

void TestRecentDeliveries::emptyIdClears()
{
    m_net.script({deliveriesOf(EndpointA, 1, 300)});
    RecentDeliveries recent(m_client);
    QSignalSpy loading(&recent, &RecentDeliveries::loading);
    QSignalSpy loaded(&recent, &RecentDeliveries::loaded);
    recent.show(EndpointA);
    recent.show(QString());
    QTest::qWait(RecentDeliveries::SettleMs * 2);
    QCOMPARE(loading.count(), 1);
    QCOMPARE(loaded.count(), 0);
    QVERIFY(m_net.seen().isEmpty());
}

QTEST_GUILESS_MAIN(TestRecentDeliveries)
#include "tst_recentdeliveries.moc"
