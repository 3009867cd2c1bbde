// FailurePattern: the last success, the run of failures since it, and the most common
// error and response status among them, from a list of deliveries (most recent first).
#include "deliverytestsupport.h"
#include "failurepattern.h"

#include <QtTest>

using namespace DeliverySupport;

class TestFailurePattern : public QObject
{
    Q_OBJECT

private slots:
    void healthyIsNotFailing();
    void runSinceTheLastSuccess();
    void mostCommonErrorAndStatus();
    void noSuccessInTheList();
    void knownLastSuccessIsLaterThanTheList();
    void recoveredIsNotFailing();
    void noAnswerAtAll();
    void inFlightAndUnattemptedAreNotFailures();
    void empty();
};

void TestFailurePattern::healthyIsNotFailing()
{
    const FailurePattern p
        = FailurePattern::of({delivered(1, 5), delivered(2, 30), failed(3, 60, 2, 502, QStringLiteral("x"))});
    // The failure before the last success is not part of a run.
    QVERIFY(!p.failing);
    QCOMPARE(p.failedDeliveries, 0);
    QCOMPARE(p.lastSuccess, delivered(1, 5).deliveredAt);
}

void TestFailurePattern::runSinceTheLastSuccess()
{
    const QList<WebhookDelivery> list = {
        failed(1, 2, 1, 502, QStringLiteral("HTTP 502 Bad Gateway")),
        failed(2, 20, 3, 502, QStringLiteral("HTTP 502 Bad Gateway")),
        failed(3, 90, 6, 0, QStringLiteral("timeout: no response within 10 seconds")),
        delivered(4, 120),
        failed(5, 200, 2, 500, QStringLiteral("HTTP 500 Internal Server Error")), // before the success
        delivered(6, 300),
    };
    const FailurePattern p = FailurePattern::of(list);
    QVERIFY(p.failing);
    QCOMPARE(p.lastSuccess, list.at(3).deliveredAt);
    QCOMPARE(p.failedDeliveries, 3);
    QCOMPARE(p.failedAttempts, 1 + 3 + 6);
    QCOMPARE(p.firstFailure, list.at(2).lastAttemptAt);
    QCOMPARE(p.commonError, QStringLiteral("HTTP 502 Bad Gateway"));
    QCOMPARE(p.commonErrorCount, 2);
    QCOMPARE(p.commonStatus, 502);
    QCOMPARE(p.commonStatusCount, 2);
    QCOMPARE(p.withoutAnswer, 1);
}

void TestFailurePattern::mostCommonErrorAndStatus()
{
    // Errors and statuses counted apart: most are timeouts (no status), while the one
    // status seen is 503. A tie goes to the most recent.
    const QList<WebhookDelivery> list = {
        failed(1, 1, 1, 503, QStringLiteral("HTTP 503 Service Unavailable")),
        failed(2, 2, 1, 0, QStringLiteral("timeout")),
        failed(3, 3, 1, 0, QStringLiteral("timeout")),
        failed(4, 4, 1, 404, QStringLiteral("HTTP 404 Not Found")),
        failed(5, 5, 1, 0, QStringLiteral("timeout")),
        delivered(6, 6),
    };
    const FailurePattern p = FailurePattern::of(list);
    QCOMPARE(p.failedDeliveries, 5);
    QCOMPARE(p.commonError, QStringLiteral("timeout"));
    QCOMPARE(p.commonErrorCount, 3);
    QCOMPARE(p.commonStatus, 503); // tie 503/404: the most recent
    QCOMPARE(p.commonStatusCount, 1);
    QCOMPARE(p.withoutAnswer, 3);
}

void TestFailurePattern::noSuccessInTheList()
{
    const FailurePattern p = FailurePattern::of(
        {failed(1, 1, 6, 410, QStringLiteral("Gone")), failed(2, 2, 6, 410, QStringLiteral("Gone"))});
    QVERIFY(p.failing);
    QVERIFY(!p.lastSuccess.isValid());
    QCOMPARE(p.failedDeliveries, 2);
    QCOMPARE(p.commonStatus, 410);
}

void TestFailurePattern::knownLastSuccessIsLaterThanTheList()
{
    // The endpoint's last_success_at is older than the list's oldest: it bounds the run,
    // and is the last success shown.
    const QDateTime known = baseNow().addDays(-3);
    const FailurePattern p = FailurePattern::of(
        {failed(1, 1, 2, 502, QStringLiteral("e")), failed(2, 2, 2, 502, QStringLiteral("e"))}, known);
    QVERIFY(p.failing);
    QCOMPARE(p.lastSuccess, known);
    QCOMPARE(p.failedDeliveries, 2);
    // An older known success than one in the list does not win.
    const QList<WebhookDelivery> withSuccess = {failed(1, 1, 2, 502, QStringLiteral("e")), delivered(2, 10)};
    QCOMPARE(FailurePattern::of(withSuccess, known).lastSuccess, withSuccess.at(1).deliveredAt);
}

void TestFailurePattern::recoveredIsNotFailing()
{
    // The server says it succeeded after these failures (a newer delivery beyond the list
    // is impossible, but a success newer than the failures is what counts).
    const QDateTime known = baseNow().addSecs(-30);
    const FailurePattern p = FailurePattern::of({failed(1, 5, 2, 502, QStringLiteral("e"))}, known);
    QVERIFY(!p.failing);
    QCOMPARE(p.failedDeliveries, 0);
}

void TestFailurePattern::noAnswerAtAll()
{
    const FailurePattern p
        = FailurePattern::of({failed(1, 1, 2, 0, QStringLiteral("connection refused")), delivered(2, 9)});
    QVERIFY(p.failing);
    QCOMPARE(p.commonStatus, 0);
    QCOMPARE(p.commonStatusCount, 0);
    QCOMPARE(p.withoutAnswer, 1);
    QCOMPARE(p.commonError, QStringLiteral("connection refused"));
}

void TestFailurePattern::inFlightAndUnattemptedAreNotFailures()
{
    WebhookDelivery waiting = failed(3, 0, 0, 0, QString());
    waiting.lastAttemptAt = QDateTime();
    const FailurePattern p = FailurePattern::of({inFlight(1, 0), waiting, delivered(2, 4)});
    QVERIFY(!p.failing);
    QCOMPARE(p.failedDeliveries, 0);
}

void TestFailurePattern::empty()
{
    const FailurePattern p = FailurePattern::of({});
    QVERIFY(!p.failing);
    QCOMPARE(p.failedDeliveries, 0);
    QVERIFY(!p.lastSuccess.isValid());
}

QTEST_GUILESS_MAIN(TestFailurePattern)
#include "tst_failurepattern.moc"
