// EndpointDeleter against a scripted network: one DELETE at a time in order, a 404 is
// "already gone", a 429 waits and sends that DELETE again (the write queue does), other
// errors are that row's result and the rest go on, cancel stops at once; and
// DeletionReport's texts. The queue runs at its fastest here (WriteLimit::Max) but
// where the pace is the point.
#include "apiclient.h"
#include "deletionreport.h"
#include "endpointdeleter.h"
#include "fakenetwork.h"
#include "writelimit.h"
#include "writequeue.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QtTest>

namespace {
QList<EndpointDeleter::Target> targets(int n)
{
    QList<EndpointDeleter::Target> out;
    for (int i = 0; i < n; ++i)
        out.append({QStringLiteral("00000000-0000-4000-8000-0000000000%1").arg(i, 2, 10, QLatin1Char('0')),
                    QStringLiteral("https://receiver-%1.example.com/od").arg(i)});
    return out;
}

ScriptedAnswer noContent(int delayMs = 0)
{
    ScriptedAnswer a;
    a.status = 204;
    a.delayMs = delayMs;
    return a;
}
} // namespace

class TestEndpointDeleter : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void deletesInOrderOneAtATime();
    void notFoundIsAlreadyGoneAndFailuresDoNotStopTheRest();
    void rateLimitedWaitsAndSendsThatDeleteAgain();
    void deletesAreSpacedWithinTheWriteLimit();
    void cancelAbandonsTheCallInFlightAndSendsNoMore();
    void confirmationNamesOneUrlOrListsSeveral();
    void summaryHasCountsAndARowEach();

private:
    FakeNetwork m_net;
    ApiClient *m_client = nullptr;
};

void TestEndpointDeleter::init()
{
    m_net.clear();
    delete m_client;
    m_client = new ApiClient(&m_net, this);
    QVERIFY(m_client->configure(QUrl(QStringLiteral("https://api.optimaldial.test")),
                                QStringLiteral("od_live_DeleterAAAAAAAAAAAAAAAAAAAAAAAAA")));
    WriteQueue::of(m_client)->setPerMinute(WriteLimit::Max);
}

void TestEndpointDeleter::deletesInOrderOneAtATime()
{
    EndpointDeleter deleter(m_client);
    m_net.script({noContent(30), noContent(30), noContent(30)});
    int inFlightMax = 0;
    connect(&deleter, &EndpointDeleter::rowStarted, this, [&] {
        // When a row starts, every earlier DELETE has its answer.
        inFlightMax = qMax(inFlightMax, int(m_net.seen("DELETE").size()) - deleter.doneCount());
    });
    QSignalSpy finished(&deleter, &EndpointDeleter::finished);
    QSignalSpy rows(&deleter, &EndpointDeleter::rowFinished);
    QVERIFY(deleter.start(targets(3)));
    QVERIFY(!deleter.start(targets(1))); // one run at a time
    QVERIFY(finished.wait(5000));
    QCOMPARE(inFlightMax, 0);
    QCOMPARE(rows.count(), 3);
    const QList<SeenRequest> seen = m_net.seen("DELETE");
    QCOMPARE(seen.size(), 3);
    for (int i = 0; i < 3; ++i)
        QVERIFY(seen.at(i).path.endsWith(targets(3).at(i).id));
    for (const EndpointDeleter::RowResult &r : deleter.results())
        QCOMPARE(r.outcome, EndpointDeleter::Outcome::Deleted);
    QVERIFY(!deleter.isRunning());
}

void TestEndpointDeleter::notFoundIsAlreadyGoneAndFailuresDoNotStopTheRest()
{
    EndpointDeleter deleter(m_client);
    m_net.script({ScriptedAnswer::error(404, detail("Webhook not found")), ScriptedAnswer::error(500, detail("boom")),
                  noContent()});
    QSignalSpy finished(&deleter, &EndpointDeleter::finished);
    QVERIFY(deleter.start(targets(3)));
    QVERIFY(finished.wait(5000));
    const QList<EndpointDeleter::RowResult> r = deleter.results();
    QCOMPARE(r.size(), 3);
    QCOMPARE(r.at(0).outcome, EndpointDeleter::Outcome::AlreadyGone);
    QVERIFY(r.at(0).isGone());
    QCOMPARE(r.at(1).outcome, EndpointDeleter::Outcome::Failed);
    QCOMPARE(r.at(1).error.kind, ApiError::Kind::Server);
    QVERIFY(!r.at(1).isGone());
    QCOMPARE(r.at(2).outcome, EndpointDeleter::Outcome::Deleted);
    QCOMPARE(m_net.seen("DELETE").size(), 3); // the 500 was not sent again
}

void TestEndpointDeleter::rateLimitedWaitsAndSendsThatDeleteAgain()
{
    EndpointDeleter deleter(m_client);
    m_net.script(
        {ScriptedAnswer::error(429, R"({"detail":{"error":"rate_limit_exceeded","retry_after_seconds":1}})", "1"),
         noContent()});
    QSignalSpy waiting(&deleter, &EndpointDeleter::waitingForRateLimit);
    QSignalSpy finished(&deleter, &EndpointDeleter::finished);
    QVERIFY(deleter.start(targets(1)));
    QVERIFY(finished.wait(5000));
    QCOMPARE(waiting.count(), 1);
    QCOMPARE(waiting.at(0).at(0).toInt(), 1);
    QCOMPARE(m_net.seen("DELETE").size(), 2);
    QCOMPARE(deleter.results().at(0).outcome, EndpointDeleter::Outcome::Deleted);
}

void TestEndpointDeleter::deletesAreSpacedWithinTheWriteLimit()
{
    WriteQueue::of(m_client)->setPerMinute(200); // one every 303 ms
    EndpointDeleter deleter(m_client);
    m_net.script({noContent(), noContent(), noContent()});
    QElapsedTimer clock;
    QList<qint64> sentAt;
    connect(&deleter, &EndpointDeleter::rowFinished, this, [&] { sentAt.append(clock.elapsed()); });
    QSignalSpy finished(&deleter, &EndpointDeleter::finished);
    clock.start();
    QVERIFY(deleter.start(targets(3)));
    QVERIFY(finished.wait(5000));
    QCOMPARE(sentAt.size(), 3);
    // Each DELETE starts at least the spacing after the one before (a lower bound only).
    QVERIFY2(sentAt.at(2) >= 600, qPrintable(QString::number(sentAt.at(2))));
    QVERIFY2(sentAt.at(1) >= 300, qPrintable(QString::number(sentAt.at(1))));
}

void TestEndpointDeleter::cancelAbandonsTheCallInFlightAndSendsNoMore()
{
    EndpointDeleter deleter(m_client);
    m_net.script({noContent(), ScriptedAnswer::hanging(), noContent(), noContent()});
    QSignalSpy finished(&deleter, &EndpointDeleter::finished);
    QVERIFY(deleter.start(targets(4)));
    QTRY_COMPARE(m_net.seen("DELETE").size(), 2); // the second hangs
    deleter.cancel();
    QCOMPARE(finished.count(), 1);
    QVERIFY(!deleter.isRunning());
    const QList<EndpointDeleter::RowResult> r = deleter.results();
    QCOMPARE(r.size(), 4);
    QCOMPARE(r.at(0).outcome, EndpointDeleter::Outcome::Deleted);
    QCOMPARE(r.at(1).outcome, EndpointDeleter::Outcome::Uncertain);
    QCOMPARE(r.at(2).outcome, EndpointDeleter::Outcome::NotAttempted);
    QCOMPARE(r.at(3).outcome, EndpointDeleter::Outcome::NotAttempted);
    QTest::qWait(100);
    QCOMPARE(m_net.seen("DELETE").size(), 2);
}

void TestEndpointDeleter::confirmationNamesOneUrlOrListsSeveral()
{
    const EditQuestion one = DeletionReport::confirmation(targets(1));
    QVERIFY(one.text.contains(QLatin1String("https://receiver-0.example.com/od")));
    QVERIFY(one.text.contains(QLatin1String("signing secret")));
    QVERIFY(one.text.contains(QLatin1String("delivery history")));

    const EditQuestion twelve = DeletionReport::confirmation(targets(12));
    QVERIFY(twelve.text.contains(QLatin1String("these 12 webhook endpoints")));
    for (int i = 0; i < 10; ++i)
        QVERIFY(twelve.text.contains(QStringLiteral("https://receiver-%1.example.com/od").arg(i)));
    QVERIFY(!twelve.text.contains(QLatin1String("https://receiver-10.example.com/od")));
    QVERIFY(twelve.text.contains(QLatin1String("and 2 more")));
    QVERIFY(twelve.text.contains(QLatin1String("signing secrets")));

    // A URL's hidden characters are shown, not obeyed (UrlDisplay::forDisplay).
    QList<EndpointDeleter::Target> sneaky{
        {QStringLiteral("id"), QStringLiteral("https://evil.example.com/\u202Egnp.exe")}};
    QVERIFY(!DeletionReport::confirmation(sneaky).text.contains(QChar(0x202E)));
}

void TestEndpointDeleter::summaryHasCountsAndARowEach()
{
    const QList<EndpointDeleter::Target> t = targets(3);
    ApiError server;
    server.kind = ApiError::Kind::Server;
    server.httpStatus = 500;
    QList<EndpointDeleter::RowResult> results{{t.at(0), EndpointDeleter::Outcome::Deleted, {}},
                                              {t.at(1), EndpointDeleter::Outcome::AlreadyGone, {}},
                                              {t.at(2), EndpointDeleter::Outcome::Failed, server}};
    const EditNotice notice = DeletionReport::summary(results);
    QCOMPARE(notice.kind, EditNotice::Kind::Error);
    QVERIFY(notice.text.contains(QLatin1String("Deleted: https://receiver-0.example.com/od")));
    QVERIFY(notice.text.contains(QLatin1String("Already deleted")));
    QVERIFY(notice.text.contains(QLatin1String("Not deleted: https://receiver-2.example.com/od")));
    QVERIFY(DeletionReport::needsSummary(results));

    results.removeLast();
    QCOMPARE(DeletionReport::summary(results).kind, EditNotice::Kind::Info);
    QVERIFY(!DeletionReport::needsSummary({results.at(0)}));
    QVERIFY(DeletionReport::needsSummary({results.at(1)})); // already gone: said, not hidden
}

QTEST_MAIN(TestEndpointDeleter)
#include "tst_endpointdeleter.moc"
