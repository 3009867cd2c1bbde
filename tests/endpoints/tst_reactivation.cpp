// Reactivation without a server: the question asked before switching on an endpoint
// that the server switched off after failures, what the form says when the answer is
// No, and the note beside Active.
#include "localdatetime.h"
#include "reactivation.h"

#include <QLocale>
#include <QtTest>

namespace {

WebhookEndpoint autoDisabled(int failures)
{
    WebhookEndpoint e;
    e.id = QStringLiteral("6f1c2a52-8a8e-4c53-9d59-0d2f5e0b4a11");
    e.url = QStringLiteral("https://hooks.example.com/od");
    e.events = EventType::UploadFailed;
    e.isActive = false;
    e.consecutiveFailures = failures;
    e.disabledAt = QDateTime(QDate(2026, 11, 20), QTime(8, 0), Qt::UTC);
    return e;
}

} // namespace

class TestReactivation : public QObject
{
    Q_OBJECT

private slots:
    void questionSaysWhenAndAfterHowManyFailures();
    void questionCountsTheThresholdWhenTheServerResetTheCounter();
    void declinedSendsNothing();
    void noteOnlyForAnEndpointTheServerSwitchedOff();
    void noteFollowsTheActiveTick();
};

void TestReactivation::questionSaysWhenAndAfterHowManyFailures()
{
    const WebhookEndpoint e = autoDisabled(23);
    const EditQuestion question = Reactivation::question(e);
    QCOMPARE(question.title, QStringLiteral("Re-activate Endpoint?"));
    // The exact time by the app's one rule: local, the locale's short date and long time.
    const QLocale locale;
    const QString when = locale.toString(e.disabledAt.toLocalTime(),
                                         locale.dateFormat(QLocale::ShortFormat) + QLatin1Char(' ')
                                             + locale.timeFormat(QLocale::LongFormat));
    QVERIFY2(question.text.startsWith(QStringLiteral("OptimalDial switched this endpoint off on %1 after 23 consecutive "
                                                     "failed deliveries.")
                                          .arg(when)),
             qPrintable(question.text));
    QVERIFY(question.text.contains(QLatin1String("resets the failure counter to 0")));
    QVERIFY(question.text.contains(QStringLiteral("after %1 failures in a row").arg(WebhookEndpoint::AutoDisableThreshold)));
    QVERIFY(question.text.endsWith(QLatin1String("\n\nRe-activate the endpoint?")));
}

void TestReactivation::questionCountsTheThresholdWhenTheServerResetTheCounter()
{
    const EditQuestion question = Reactivation::question(autoDisabled(0));
    QVERIFY2(question.text.contains(QStringLiteral("after %1 consecutive failed deliveries.")
                                        .arg(WebhookEndpoint::AutoDisableThreshold)),
             qPrintable(question.text));
}

void TestReactivation::declinedSendsNothing()
{
    const EditNotice notice = Reactivation::declined();
    QCOMPARE(notice.kind, EditNotice::Kind::Info);
    QCOMPARE(notice.title, QStringLiteral("Not saved"));
    QCOMPARE(notice.text, QStringLiteral("Nothing was sent: the endpoint stays switched off. Your edits are still here."));
}

void TestReactivation::noteOnlyForAnEndpointTheServerSwitchedOff()
{
    WebhookEndpoint byPerson = autoDisabled(0);
    byPerson.disabledAt = QDateTime();
    QVERIFY(Reactivation::note(byPerson, false).isEmpty());
    QVERIFY(Reactivation::note(byPerson, true).isEmpty());
    WebhookEndpoint active = autoDisabled(3);
    active.isActive = true;
    active.disabledAt = QDateTime();
    QVERIFY(Reactivation::note(active, true).isEmpty());
}

void TestReactivation::noteFollowsTheActiveTick()
{
    const WebhookEndpoint e = autoDisabled(20);
    QCOMPARE(Reactivation::note(e, false),
             QStringLiteral("The server switched this endpoint off on %1 after 20 failed deliveries in a row. "
                            "Tick Active to re-activate it.")
                 .arg(LocalDateTime::text(e.disabledAt)));
    QCOMPARE(Reactivation::note(e, true),
             QStringLiteral("Saving re-activates it and resets its failure counter; you will be asked to confirm."));
}

QTEST_GUILESS_MAIN(TestReactivation)
#include "tst_reactivation.moc"
