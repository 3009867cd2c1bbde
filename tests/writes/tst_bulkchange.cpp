// BulkChange against a scripted network: each PATCH carries only the changed field;
// rows already so are skipped up front and counted, a removal that would leave no
// event is refused up front; cancel stops before the next write and the rest are "not
// sent"; failed rows are written again only by retryFailed(); and the report's texts.
#include "apiclient.h"
#include "bulkchange.h"
#include "bulkreport.h"
#include "fakenetwork.h"
#include "writelimit.h"
#include "writequeue.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTimeZone>
#include <QtTest>

namespace {
WebhookEndpoint endpoint(int i, bool active, EventTypes events)
{
    WebhookEndpoint e;
    e.id = QStringLiteral("00000000-0000-4000-8000-0000000000%1").arg(i, 2, 10, QLatin1Char('0'));
    e.url = QStringLiteral("https://receiver-%1.example.com/od").arg(i);
    e.userId = QStringLiteral("00000000-0000-4000-8000-00000000aaaa");
    e.organizationId = QStringLiteral("00000000-0000-4000-8000-00000000bbbb");
    e.createdAt = QDateTime(QDate(2026, 11, 1), QTime(10, 0), QTimeZone(0));
    e.updatedAt = e.createdAt;
    e.isActive = active;
    e.events = events;
    return e;
}

// The server's answer to a PATCH: `e` with the patch applied.
ScriptedAnswer answered(WebhookEndpoint e, const WebhookPatch &patch)
{
    if (patch.isActive)
        e.isActive = *patch.isActive;
    if (patch.events)
        e.events = *patch.events;
    return ScriptedAnswer::endpoint(e);
}

QJsonObject bodyOf(const SeenRequest &r) { return QJsonDocument::fromJson(r.body).object(); }

const EventTypes Both = EventType::UploadCompleted | EventType::UploadFailed;
} // namespace

class TestBulkChange : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void patchCarriesOnlyTheChangedField();
    void rowsAlreadySoAreSkippedUpFrontAndCounted();
    void lastEventIsNotRemoved();
    void unknownEventsAreKeptWhenEventsChange();
    void eachAnswerIsHandedOnAtOnce();
    void cancelStopsBeforeTheNextWrite();
    void failedRowsAreWrittenAgainOnlyWhenAsked();
    void reportSaysWhatHappened();

private:
    FakeNetwork m_net;
    ApiClient *m_client = nullptr;
};

void TestBulkChange::init()
{
    m_net.clear();
    delete m_client;
    m_client = new ApiClient(&m_net, this);
    QVERIFY(m_client->configure(QUrl(QStringLiteral("https://api.optimaldial.test")),
                                QStringLiteral("od_live_BulkAAAAAAAAAAAAAAAAAAAAAAAAAAAA")));
    WriteQueue::of(m_client)->setPerMinute(WriteLimit::Max);
}

void TestBulkChange::patchCarriesOnlyTheChangedField()
{
    const WebhookEndpoint on = endpoint(1, true, Both);
    BulkChange bulk(m_client);
    m_net.script({answered(on, BulkChange::patchFor(on, {BulkChange::Kind::Disable, {}}))});
    QSignalSpy finished(&bulk, &BulkChange::finished);
    QVERIFY(bulk.start({BulkChange::Kind::Disable, {}}, {on}));
    QVERIFY(finished.wait(5000));
    const QList<SeenRequest> patches = m_net.seen("PATCH");
    QCOMPARE(patches.size(), 1);
    QVERIFY(patches.at(0).path.endsWith(on.id));
    QCOMPARE(bodyOf(patches.at(0)), QJsonObject({{QStringLiteral("is_active"), false}}));

    const WebhookPatch add = BulkChange::patchFor(on, {BulkChange::Kind::AddEvent, EventType::UploadCreated});
    QVERIFY(!add.isActive && !add.url && !add.description);
    QCOMPARE(*add.events, Both | EventType::UploadCreated);
    const WebhookPatch remove = BulkChange::patchFor(on, {BulkChange::Kind::RemoveEvent, EventType::UploadFailed});
    QCOMPARE(*remove.events, EventTypes(EventType::UploadCompleted));
    QVERIFY(!remove.isActive);
}

void TestBulkChange::rowsAlreadySoAreSkippedUpFrontAndCounted()
{
    const QList<WebhookEndpoint> rows{endpoint(1, true, Both), endpoint(2, false, Both), endpoint(3, true, Both),
                                      endpoint(4, false, Both)};
    BulkChange bulk(m_client);
    m_net.script({answered(rows.at(1), {}), answered(rows.at(3), {})});
    QSignalSpy finished(&bulk, &BulkChange::finished);
    QVERIFY(bulk.start({BulkChange::Kind::Enable, {}}, rows));
    QCOMPARE(bulk.count(BulkChange::Outcome::AlreadySo), 2); // known before anything is sent
    QCOMPARE(bulk.writesTotal(), 2);
    QVERIFY(finished.wait(5000));
    QCOMPARE(m_net.seen("PATCH").size(), 2);
    QVERIFY(m_net.seen("PATCH").at(0).path.endsWith(rows.at(1).id));
    QVERIFY(m_net.seen("PATCH").at(1).path.endsWith(rows.at(3).id));
    QCOMPARE(bulk.count(BulkChange::Outcome::Changed), 2);
    QCOMPARE(bulk.rows().at(0).outcome, BulkChange::Outcome::AlreadySo);
    QCOMPARE(bulk.rows().at(1).outcome, BulkChange::Outcome::Changed);

    // Nothing to write at all: every row still gets its result.
    QSignalSpy again(&bulk, &BulkChange::finished);
    QVERIFY(bulk.start({BulkChange::Kind::Disable, {}}, {rows.at(1), rows.at(3)}));
    QVERIFY(again.wait(5000));
    QCOMPARE(bulk.count(BulkChange::Outcome::AlreadySo), 2);
    QCOMPARE(m_net.seen("PATCH").size(), 2);
}

void TestBulkChange::lastEventIsNotRemoved()
{
    bool refused = false;
    const WebhookEndpoint onlyFailed = endpoint(1, true, EventType::UploadFailed);
    QVERIFY(
        BulkChange::patchFor(onlyFailed, {BulkChange::Kind::RemoveEvent, EventType::UploadFailed}, &refused).isEmpty());
    QVERIFY(refused);
    QVERIFY(BulkChange::patchFor(onlyFailed, {BulkChange::Kind::RemoveEvent, EventType::UploadCreated}, &refused)
                .isEmpty());
    QVERIFY(!refused); // not subscribed: already so

    BulkChange bulk(m_client);
    QSignalSpy finished(&bulk, &BulkChange::finished);
    QVERIFY(bulk.start({BulkChange::Kind::RemoveEvent, EventType::UploadFailed}, {onlyFailed}));
    QVERIFY(finished.wait(5000));
    QCOMPARE(bulk.rows().at(0).outcome, BulkChange::Outcome::Refused);
    QVERIFY(m_net.seen().isEmpty());
}

void TestBulkChange::unknownEventsAreKeptWhenEventsChange()
{
    WebhookEndpoint e = endpoint(1, true, EventType::UploadFailed);
    e.unknownEvents = QStringList{QStringLiteral("upload.archived")};
    // Removing the last known event is fine: the unknown one stays subscribed.
    bool refused = true;
    const WebhookPatch p = BulkChange::patchFor(e, {BulkChange::Kind::RemoveEvent, EventType::UploadFailed}, &refused);
    QVERIFY(!refused);
    QCOMPARE(*p.events, EventTypes());
    QCOMPARE(p.otherEvents, QStringList{QStringLiteral("upload.archived")});
}

void TestBulkChange::eachAnswerIsHandedOnAtOnce()
{
    const QList<WebhookEndpoint> rows{endpoint(1, true, Both), endpoint(2, true, Both)};
    const BulkChange::Change change{BulkChange::Kind::AddEvent, EventType::UploadCreated};
    m_net.script({answered(rows.at(0), BulkChange::patchFor(rows.at(0), change)),
                  answered(rows.at(1), BulkChange::patchFor(rows.at(1), change))});
    BulkChange bulk(m_client);
    QList<WebhookEndpoint> handed;
    connect(&bulk, &BulkChange::rowChanged, this, [&](const WebhookEndpoint &e) {
        handed.append(e);
        // The row's answer comes before the next row is sent.
        QCOMPARE(m_net.seen("PATCH").size(), handed.size());
    });
    QSignalSpy finished(&bulk, &BulkChange::finished);
    QVERIFY(bulk.start(change, rows));
    QVERIFY(finished.wait(5000));
    QCOMPARE(handed.size(), 2);
    QCOMPARE(handed.at(1).id, rows.at(1).id);
    QVERIFY(handed.at(1).events.testFlag(EventType::UploadCreated));
}

void TestBulkChange::cancelStopsBeforeTheNextWrite()
{
    QList<WebhookEndpoint> rows;
    for (int i = 0; i < 5; ++i)
        rows.append(endpoint(i, true, Both));
    ScriptedAnswer slow = answered(rows.at(1), {});
    slow.delayMs = 300;
    m_net.script({answered(rows.at(0), {}), slow, answered(rows.at(2), {})});
    BulkChange bulk(m_client);
    QSignalSpy finished(&bulk, &BulkChange::finished);
    QVERIFY(bulk.start({BulkChange::Kind::Disable, {}}, rows));
    QTRY_COMPARE(m_net.seen("PATCH").size(), 2); // the second is on the wire
    bulk.cancel();
    QVERIFY(bulk.isCancelling());
    QVERIFY(finished.wait(5000));
    // The write on the wire kept its answer; the rest were not sent.
    QCOMPARE(m_net.seen("PATCH").size(), 2);
    QCOMPARE(bulk.count(BulkChange::Outcome::Changed), 2);
    QCOMPARE(bulk.count(BulkChange::Outcome::NotSent), 3);
    QVERIFY(BulkReport::cancelledNote(bulk).contains(QLatin1String("stay made")));
    QVERIFY(!bulk.isRunning());
    QCOMPARE(WriteQueue::of(m_client)->pendingCount(), 0);
}

void TestBulkChange::failedRowsAreWrittenAgainOnlyWhenAsked()
{
    const QList<WebhookEndpoint> rows{endpoint(1, true, Both), endpoint(2, true, Both), endpoint(3, true, Both)};
    m_net.script(
        {answered(rows.at(0), {}), ScriptedAnswer::error(503, detail("maintenance")), answered(rows.at(2), {})});
    BulkChange bulk(m_client);
    QSignalSpy finished(&bulk, &BulkChange::finished);
    QVERIFY(bulk.start({BulkChange::Kind::Disable, {}}, rows));
    QVERIFY(finished.wait(5000));
    QCOMPARE(bulk.count(BulkChange::Outcome::Failed), 1);
    QCOMPARE(bulk.rows().at(1).error.kind, ApiError::Kind::Server);
    QVERIFY(BulkReport::outcome(bulk.change(), bulk.rows().at(1)).contains(QLatin1String("maintenance")));
    QCOMPARE(m_net.seen("PATCH").size(), 3); // not sent again by itself
    QCOMPARE(WriteQueue::of(m_client)->pendingCount(), 0);

    m_net.script({answered(rows.at(1), BulkChange::patchFor(rows.at(1), bulk.change()))});
    QVERIFY(bulk.retryFailed());
    QCOMPARE(bulk.writesTotal(), 1);
    QVERIFY(finished.wait(5000));
    QCOMPARE(m_net.seen("PATCH").size(), 4);
    QVERIFY(m_net.seen("PATCH").at(3).path.endsWith(rows.at(1).id));
    QCOMPARE(bulk.count(BulkChange::Outcome::Changed), 3);
    QVERIFY(!bulk.retryFailed()); // nothing failed
}

void TestBulkChange::reportSaysWhatHappened()
{
    const BulkChange::Change off{BulkChange::Kind::Disable, {}};
    QCOMPARE(BulkReport::runningTitle(off, 200), QStringLiteral("Switching off 200 endpoint(s)"));
    QCOMPARE(BulkReport::waiting(12), QStringLiteral("Waiting 12 s: the server asked us to slow down"));
    QCOMPARE(BulkReport::timeLeft(19), QStringLiteral("About 19 second(s) left"));
    QCOMPARE(BulkReport::timeLeft(0), QString());
    BulkChange::Row row;
    row.outcome = BulkChange::Outcome::AlreadySo;
    QCOMPARE(BulkReport::outcome(off, row), QStringLiteral("Skipped: already off"));
    row.outcome = BulkChange::Outcome::NotSent;
    QVERIFY(BulkReport::outcome(off, row).contains(QLatin1String("cancelled")));
}

QTEST_GUILESS_MAIN(TestBulkChange)
#include "tst_bulkchange.moc"
