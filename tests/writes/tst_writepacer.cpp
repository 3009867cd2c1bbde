// WritePacer's arithmetic, on a clock the test drives: one write at once, then one per
// spacing; the spacing is 1 % wider than 60 s / limit; a late write does not push the
// rest back but never runs more than MaxCatchUpMs behind; a 429 pauses everything.
// And against the sandbox's own RateLimiter (the server's sliding 60-second window),
// with writes arriving late by a jittery network: never a refusal; while spacing at
// exactly 60 s / limit with the same jitter is refused (the margin is what saves it).
#include "clock.h"
#include "ratelimiter.h"
#include "writelimit.h"
#include "writepacer.h"

#include <QRandomGenerator>
#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

class TestWritePacer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void spacingIsOnePercentWiderThanTheLimit_data();
    void spacingIsOnePercentWiderThanTheLimit();
    void firstAtOnceThenOnePerSpacing();
    void aLateWriteDoesNotPushTheRestBack();
    void aLongIdleGetsNoBurst();
    void rateLimitPausesEveryWrite();
    void neverRefusedByTheServersWindow_data();
    void neverRefusedByTheServersWindow();
    void exactSpacingWithJitterIsRefused();
    void limitSettingIsCheckedAndDefaultsTo60();
};

void TestWritePacer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("OptimalDialTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_writepacer"));
}

void TestWritePacer::spacingIsOnePercentWiderThanTheLimit_data()
{
    QTest::addColumn<int>("perMinute");
    QTest::addColumn<qint64>("spacing");
    QTest::newRow("60") << 60 << qint64(1010);
    QTest::newRow("600") << 600 << qint64(101);
    QTest::newRow("7 (rounded up)") << 7 << qint64(8658);
    QTest::newRow("6000 (rounded up)") << 6000 << qint64(11);
    QTest::newRow("0 is not a limit: the default") << 0 << qint64(1010);
    QTest::newRow("over the maximum: the default") << 60001 << qint64(1010);
}

void TestWritePacer::spacingIsOnePercentWiderThanTheLimit()
{
    QFETCH(int, perMinute);
    QFETCH(qint64, spacing);
    QCOMPARE(WritePacer(perMinute).spacingMs(), spacing);
}

void TestWritePacer::firstAtOnceThenOnePerSpacing()
{
    WritePacer pacer(600);
    QVERIFY(pacer.nextSendAtMs() <= 5000); // nothing sent yet: at once
    pacer.noteSent(5000);
    QCOMPARE(pacer.nextSendAtMs(), 5101);
    pacer.noteSent(5101);
    QCOMPARE(pacer.nextSendAtMs(), 5202);
}

void TestWritePacer::aLateWriteDoesNotPushTheRestBack()
{
    WritePacer pacer(600);
    pacer.noteSent(0);
    pacer.noteSent(104); // its slot was 101: 3 ms late
    QCOMPARE(pacer.nextSendAtMs(), 202);
    pacer.noteSent(500); // far behind its slot (202): the slot moves to 500 - 25
    QCOMPARE(pacer.nextSendAtMs(), 500 - WritePacer::MaxCatchUpMs + 101);
}

void TestWritePacer::aLongIdleGetsNoBurst()
{
    WritePacer pacer(60);
    pacer.noteSent(0);
    pacer.noteSent(600000); // ten minutes later
    // The next still waits nearly a whole spacing: idle time is not saved up.
    QCOMPARE(pacer.nextSendAtMs(), 600000 - WritePacer::MaxCatchUpMs + 1010);
}

void TestWritePacer::rateLimitPausesEveryWrite()
{
    WritePacer pacer(600);
    pacer.noteSent(1000);
    pacer.noteRateLimited(1010, 7);
    QCOMPARE(pacer.pausedUntilMs(), 8010);
    QCOMPARE(pacer.nextSendAtMs(), 8010);
    pacer.noteRateLimited(1020, 2); // a shorter wait does not cut the longer one
    QCOMPARE(pacer.nextSendAtMs(), 8010);
}

namespace {
// Sends `writes` writes paced by `spacingMs` (or by a WritePacer when 0) whose start is
// late by up to `timerJitterMs` and whose arrival is late by up to `networkJitterMs`;
// answers how many the server's RateLimiter refused.
int refusals(int perMinute, int writes, qint64 fixedSpacingMs, int timerJitterMs, int networkJitterMs)
{
    QRandomGenerator random(20261204);
    ManualClock serverClock(1795000000LL * 1000000);
    RateLimiter limiter(&serverClock, perMinute);
    WritePacer pacer(perMinute);
    qint64 now = 0;
    qint64 nextAt = 0;
    QList<qint64> arrivals;
    for (int i = 0; i < writes; ++i) {
        now = qMax(now, nextAt) + random.bounded(timerJitterMs + 1);
        if (fixedSpacingMs > 0) {
            nextAt = now + fixedSpacingMs;
        } else {
            pacer.noteSent(now);
            nextAt = pacer.nextSendAtMs();
        }
        arrivals.append(now + random.bounded(networkJitterMs + 1));
    }
    std::sort(arrivals.begin(), arrivals.end()); // the server sees them in arrival order
    int refused = 0;
    const qint64 start = serverClock.nowUs();
    for (qint64 at : std::as_const(arrivals)) {
        serverClock.setNowUs(start + at * 1000);
        refused += limiter.check(QStringLiteral("key")).allowed ? 0 : 1;
    }
    return refused;
}
} // namespace

void TestWritePacer::neverRefusedByTheServersWindow_data()
{
    QTest::addColumn<int>("perMinute");
    QTest::addColumn<int>("writes");
    QTest::addColumn<int>("timerJitterMs");
    QTest::newRow("600 a minute, 2000 writes") << 600 << 2000 << 5;
    QTest::newRow("600 a minute, punctual timers") << 600 << 2000 << 0;
    QTest::newRow("600 a minute, timers 40 ms late") << 600 << 2000 << 40;
    QTest::newRow("60 a minute, 300 writes") << 60 << 300 << 5;
    QTest::newRow("6000 a minute, 20000 writes") << 6000 << 20000 << 5;
}

void TestWritePacer::neverRefusedByTheServersWindow()
{
    QFETCH(int, perMinute);
    QFETCH(int, writes);
    QFETCH(int, timerJitterMs);
    // The network up to 250 ms late.
    QCOMPARE(refusals(perMinute, writes, 0, timerJitterMs, 250), 0);
}

void TestWritePacer::exactSpacingWithJitterIsRefused()
{
    // The check above can fail: without the margin the same jitter earns 429s.
    QVERIFY(refusals(600, 2000, 100, 0, 250) > 0);
}

void TestWritePacer::limitSettingIsCheckedAndDefaultsTo60()
{
    QSettings settings;
    settings.remove(WriteLimit::settingsKey());
    QCOMPARE(WriteLimit::perMinute(), 60);
    settings.setValue(WriteLimit::settingsKey(), 600);
    QCOMPARE(WriteLimit::perMinute(), 600);
    for (const QString &bad : {QStringLiteral("0"), QStringLiteral("6001"), QStringLiteral("-5"),
                               QStringLiteral("fast"), QStringLiteral("60.5")}) {
        settings.setValue(WriteLimit::settingsKey(), bad);
        QCOMPARE(WriteLimit::perMinute(), 60);
    }
    WriteLimit::setPerMinute(0); // refused: the setting stays as it was
    QCOMPARE(settings.value(WriteLimit::settingsKey()).toString(), QStringLiteral("60.5"));
    WriteLimit::setPerMinute(6000);
    QCOMPARE(WriteLimit::perMinute(), 6000);
    settings.remove(WriteLimit::settingsKey());
}

QTEST_GUILESS_MAIN(TestWritePacer)
#include "tst_writepacer.moc"
