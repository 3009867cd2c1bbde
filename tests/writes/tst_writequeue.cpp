// WriteQueue against a scripted network: one write at a time; interactive writes before
// bulk ones; a 429 stops every write for the Retry-After (seconds, an HTTP date, the
// body's retry_after_seconds; missing: 60 s; hostile: at most 600 s) and then sends that
// same write again; a timeout, a dropped connection or a 5xx is never sent again;
// withdraw() takes back what is not on the wire; a write whose owner is gone is dropped.
#include "apicall.h"
#include "apiclient.h"
#include "fakenetwork.h"
#include "writelimit.h"
#include "writequeue.h"

#include <QDateTime>
#include <QLocale>
#include <QSignalSpy>
#include <QTimeZone>
#include <QtTest>

namespace {
const QString Id = QStringLiteral("00000000-0000-4000-8000-000000000001");

ScriptedAnswer noContent()
{
    ScriptedAnswer a;
    a.status = 204;
    return a;
}

QByteArray httpDate(const QDateTime &utc)
{
    return QLocale::c().toString(utc.toTimeZone(QTimeZone(0)), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1()
        + " GMT";
}
} // namespace

class TestWriteQueue : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void oneClientOneQueue();
    void oneWriteAtATimeInOrder();
    void interactiveWritesGoBeforeBulkOnes();
    void rateLimitedWriteWaitsAndGoesAgain();
    void retryAfterAsAnHttpDate();
    void waitForIsMadeSafe_data();
    void waitForIsMadeSafe();
    void otherFailuresAreNeverSentAgain_data();
    void otherFailuresAreNeverSentAgain();
    void withdrawTakesBackWhatIsNotOnTheWire();
    void aWriteWhoseOwnerIsGoneIsDropped();
    void givesUpAfterTooMany429s();

private:
    // Queues a DELETE of Id; `results` gets each final result's error kind.
    int queueDelete(QObject *owner, QList<ApiError::Kind> *results,
                    WriteQueue::Priority priority = WriteQueue::Priority::Interactive);

    FakeNetwork m_net;
    ApiClient *m_client = nullptr;
    WriteQueue *m_queue = nullptr;
};

void TestWriteQueue::init()
{
    m_net.clear();
    delete m_client;
    m_client = new ApiClient(&m_net, this);
    QVERIFY(m_client->configure(QUrl(QStringLiteral("https://api.optimaldial.test")),
                                QStringLiteral("od_live_QueueAAAAAAAAAAAAAAAAAAAAAAAAAAA")));
    m_queue = WriteQueue::of(m_client);
    m_queue->setPerMinute(WriteLimit::Max);
}

int TestWriteQueue::queueDelete(QObject *owner, QList<ApiError::Kind> *results, WriteQueue::Priority priority)
{
    return m_queue->enqueue(
        owner,
        [this, owner, results](const WriteQueue::Report &report) -> ApiCall * {
            return m_client->deleteWebhook(Id, owner, [results, report](const ApiResult<NoContent> &r) {
                if (report(r.error))
                    results->append(r.error.kind);
            });
        },
        priority);
}

void TestWriteQueue::oneClientOneQueue()
{
    QCOMPARE(WriteQueue::of(m_client), m_queue);
    QCOMPARE(m_client->findChildren<WriteQueue *>().size(), 1);
    QCOMPARE(WriteQueue::of(nullptr), nullptr);
}

void TestWriteQueue::oneWriteAtATimeInOrder()
{
    QList<ApiError::Kind> results;
    ScriptedAnswer slow = noContent();
    slow.delayMs = 50;
    m_net.script({slow, slow, slow});
    int maxInFlight = 0;
    connect(m_queue, &WriteQueue::sent, this,
            [&] { maxInFlight = qMax(maxInFlight, int(m_net.seen("DELETE").size()) - int(results.size())); });
    for (int i = 0; i < 3; ++i)
        queueDelete(this, &results);
    QCOMPARE(m_queue->pendingCount(), 3);
    QTRY_COMPARE(results.size(), 3);
    QCOMPARE(maxInFlight, 1);
    QCOMPARE(m_net.seen("DELETE").size(), 3);
    QCOMPARE(m_queue->pendingCount(), 0);
}

void TestWriteQueue::interactiveWritesGoBeforeBulkOnes()
{
    QList<ApiError::Kind> results;
    QList<int> order;
    connect(m_queue, &WriteQueue::sent, this, [&](int id) { order.append(id); });
    m_net.script({noContent(), noContent(), noContent()});
    const int bulk1 = queueDelete(this, &results, WriteQueue::Priority::Bulk);
    const int bulk2 = queueDelete(this, &results, WriteQueue::Priority::Bulk);
    const int edit = queueDelete(this, &results, WriteQueue::Priority::Interactive);
    QTRY_COMPARE(results.size(), 3);
    QCOMPARE(order, (QList<int>{edit, bulk1, bulk2}));
}

void TestWriteQueue::rateLimitedWriteWaitsAndGoesAgain()
{
    QList<ApiError::Kind> results;
    m_net.script(
        {ScriptedAnswer::error(429, R"({"detail":{"error":"rate_limit_exceeded"}})", "1"), noContent(), noContent()});
    QSignalSpy started(m_queue, &WriteQueue::waitStarted);
    QSignalSpy ended(m_queue, &WriteQueue::waitEnded);
    const int first = queueDelete(this, &results);
    queueDelete(this, &results);
    QVERIFY(started.wait(5000));
    QCOMPARE(started.at(0).at(0).toInt(), 1);
    QVERIFY(m_queue->isWaitingForServer());
    QVERIFY(m_queue->waitSecondsLeft() >= 1);
    QVERIFY(results.isEmpty()); // the 429 is not the write's result
    QCOMPARE(m_net.seen("DELETE").size(), 1); // the second waits too
    QVERIFY(!m_queue->isInFlight(first));
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 2, 5000);
    QCOMPARE(ended.count(), 1);
    QCOMPARE(results, (QList<ApiError::Kind>{ApiError::Kind::None, ApiError::Kind::None}));
    // The refused DELETE went again, then the second: three requests in all.
    QCOMPARE(m_net.seen("DELETE").size(), 3);
    QCOMPARE(m_queue->rateLimitedCount(), 1);
}

void TestWriteQueue::retryAfterAsAnHttpDate()
{
    QList<ApiError::Kind> results;
    const QByteArray date = httpDate(QDateTime::currentDateTimeUtc().addSecs(3));
    m_net.script({ScriptedAnswer::error(429, R"({"detail":"slow down"})", date), noContent()});
    QSignalSpy started(m_queue, &WriteQueue::waitStarted);
    queueDelete(this, &results);
    QVERIFY(started.wait(5000));
    const int seconds = started.at(0).at(0).toInt();
    QVERIFY2(seconds >= 1 && seconds <= 3, qPrintable(QString::number(seconds)));
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 1, 8000);
    QCOMPARE(m_net.seen("DELETE").size(), 2);
}

void TestWriteQueue::waitForIsMadeSafe_data()
{
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("seconds");
    const QByteArray plain(R"({"detail":"slow down"})");
    QTest::newRow("seconds") << QByteArray("45") << plain << 45;
    QTest::newRow("zero: at least a second") << QByteArray("0") << plain << 1;
    QTest::newRow("a day: at most ten minutes") << QByteArray("86400") << plain << 600;
    QTest::newRow("digits beyond any integer") << QByteArray("99999999999999999999999") << plain << 600;
    QTest::newRow("negative: unknown") << QByteArray("-5") << plain << 60;
    QTest::newRow("garbage: unknown") << QByteArray("soon, maybe") << plain << 60;
    QTest::newRow("missing: unknown") << QByteArray() << plain << 60;
    QTest::newRow("missing, the body says")
        << QByteArray() << QByteArray(R"({"detail":{"error":"rate_limit_exceeded","retry_after_seconds":12}})") << 12;
    QTest::newRow("a date in the past: at least a second") << QByteArray("Thu, 01 Jan 1970 00:00:00 GMT") << plain << 1;
    QTest::newRow("a date in a year: at most ten minutes")
        << httpDate(QDateTime::currentDateTimeUtc().addDays(365)) << plain << 600;
}

void TestWriteQueue::waitForIsMadeSafe()
{
    QFETCH(QByteArray, retryAfter);
    QFETCH(QByteArray, body);
    QFETCH(int, seconds);
    QCOMPARE(WriteQueue::waitFor(ApiError::fromStatus(429, body, retryAfter)), seconds);
}

void TestWriteQueue::otherFailuresAreNeverSentAgain_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("kind");
    QTest::newRow("500") << 500 << int(ApiError::Kind::Server);
    QTest::newRow("503") << 503 << int(ApiError::Kind::Server);
    QTest::newRow("400") << 400 << int(ApiError::Kind::BadRequest);
    QTest::newRow("404") << 404 << int(ApiError::Kind::NotFound);
}

void TestWriteQueue::otherFailuresAreNeverSentAgain()
{
    QFETCH(int, status);
    QFETCH(int, kind);
    QList<ApiError::Kind> results;
    m_net.script({ScriptedAnswer::error(status, detail("no")), noContent()});
    queueDelete(this, &results);
    QTRY_COMPARE(results.size(), 1);
    QCOMPARE(int(results.at(0)), kind);
    QCOMPARE(m_queue->pendingCount(), 0); // nothing left to send again
    QCOMPARE(m_net.seen("DELETE").size(), 1);
}

void TestWriteQueue::withdrawTakesBackWhatIsNotOnTheWire()
{
    QList<ApiError::Kind> results;
    m_net.script({ScriptedAnswer::hanging(), noContent()});
    const int first = queueDelete(this, &results);
    const int second = queueDelete(this, &results);
    QTRY_VERIFY(m_queue->isInFlight(first));
    QVERIFY(!m_queue->withdraw(first)); // on the wire: cannot be taken back
    QVERIFY(m_queue->withdraw(second));
    QVERIFY(!m_queue->withdraw(second));
    QCOMPARE(m_queue->pendingCount(), 1);
    // A timed-out write: its result, never a second send.
    m_client->findChild<ApiCall *>()->cancel();
    QTRY_COMPARE(results.size(), 1);
    QCOMPARE(results.at(0), ApiError::Kind::Cancelled);
    QTRY_COMPARE(m_queue->pendingCount(), 0);
    QCOMPARE(m_net.seen("DELETE").size(), 1);
}

void TestWriteQueue::aWriteWhoseOwnerIsGoneIsDropped()
{
    QList<ApiError::Kind> results;
    m_net.script({noContent()});
    auto *owner = new QObject;
    queueDelete(owner, &results);
    delete owner;
    QTRY_COMPARE(m_queue->pendingCount(), 0);
    QCOMPARE(m_net.seen("DELETE").size(), 0);
}

void TestWriteQueue::givesUpAfterTooMany429s()
{
    // Against a server that answers 429 for ever, a write ends (with the 429) after
    // MaxRateLimitedSends sends. Retry-After 1 s: the last wait is skipped.
    QList<ApiError::Kind> results;
    QList<ScriptedAnswer> answers;
    for (int i = 0; i < WriteQueue::MaxRateLimitedSends; ++i)
        answers.append(ScriptedAnswer::error(429, R"({"detail":"no"})", "1"));
    m_net.script(answers);
    queueDelete(this, &results);
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 1, 20000);
    QCOMPARE(results.at(0), ApiError::Kind::RateLimited);
    QCOMPARE(m_net.seen("DELETE").size(), WriteQueue::MaxRateLimitedSends);
}

QTEST_GUILESS_MAIN(TestWriteQueue)
#include "tst_writequeue.moc"
