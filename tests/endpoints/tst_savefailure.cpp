// SaveFailure without a server: the notice a failed save leaves in the form for each
// kind of error (what to do next, the edits always kept), the failed test ping of a
// new URL, and the remark that goes beside the field the server's error concerns.
#include "savefailure.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

namespace {

ApiError fromServer(int status, const char *detail, const QByteArray &retryAfter = {})
{
    return ApiError::fromStatus(
        status, QJsonDocument(QJsonObject{{QStringLiteral("detail"), QString::fromUtf8(detail)}}).toJson(), retryAfter);
}

ApiError ofKind(ApiError::Kind kind)
{
    ApiError e;
    e.kind = kind;
    e.technical = QStringLiteral("technical words");
    return e;
}

WebhookPatch urlChange()
{
    WebhookPatch p;
    p.url = QStringLiteral("https://down.invalid/x");
    return p;
}

WebhookPatch descriptionChange()
{
    WebhookPatch p;
    p.description = QStringLiteral("d");
    return p;
}

const QString Kept = QStringLiteral("Your edits are still here.");
const QString TryAgain = QStringLiteral("Press Save to try again.");
const QString PingTitle = QStringLiteral("The new URL failed the test ping; nothing was saved");

} // namespace

class TestSaveFailure : public QObject
{
    Q_OBJECT

private slots:
    void cancelledIsInformation();
    void badRequestShowsTheServersWords();
    void pingFailureExplainsThePing();
    void pingNeedsAUrlChange();
    void transientErrorsInviteARetry_data();
    void transientErrorsInviteARetry();
    void otherErrorsKeepEditsOnly_data();
    void otherErrorsKeepEditsOnly();
    void remarkQuotesTheServer();
    void remarkWithoutServerWordsUsesTheMessage();
};

void TestSaveFailure::cancelledIsInformation()
{
    const EditNotice notice = SaveFailure(ofKind(ApiError::Kind::Cancelled), descriptionChange()).notice();
    QCOMPARE(notice.kind, EditNotice::Kind::Info);
    QCOMPARE(notice.title, QStringLiteral("Request cancelled"));
    QVERIFY(notice.text.startsWith(Kept + QLatin1Char(' ')));
    QVERIFY(notice.text.contains(QLatin1String("Save checks the server's version first.")));
    QVERIFY(!notice.text.contains(TryAgain));
}

void TestSaveFailure::badRequestShowsTheServersWords()
{
    const ApiError error = fromServer(400, "description contains a forbidden character");
    const EditNotice notice = SaveFailure(error, descriptionChange()).notice();
    QCOMPARE(notice.kind, EditNotice::Kind::Error);
    QCOMPARE(notice.title, error.title());
    QCOMPARE(notice.text,
             QStringLiteral("The server refused the request: \u201cdescription contains a forbidden character\u201d\n") + Kept);
}

void TestSaveFailure::pingFailureExplainsThePing()
{
    const SaveFailure failure(fromServer(400, "Ping failed: connection refused"), urlChange());
    const EditNotice notice = failure.notice();
    QCOMPARE(notice.kind, EditNotice::Kind::Error);
    QCOMPARE(notice.title, PingTitle);
    QCOMPARE(notice.text,
             QStringLiteral("OptimalDial's test ping to https://down.invalid/x did not succeed (it needs a 2xx answer "
                            "within 5 seconds). The server said: \u201cPing failed: connection refused\u201d\n")
                 + Kept);
    QCOMPARE(failure.fieldRemark(), QStringLiteral("The test ping to this URL failed, so nothing was saved. "
                                                   "The server said: \u201cPing failed: connection refused\u201d"));
}

void TestSaveFailure::pingNeedsAUrlChange()
{
    // The same words answering a PATCH without a URL are no ping failure.
    const SaveFailure failure(fromServer(400, "Ping failed: connection refused"), descriptionChange());
    QCOMPARE(failure.notice().title, fromServer(400, "x").title());
    QVERIFY(failure.fieldRemark().startsWith(QLatin1String("The server refused this:")));
    // A 400 after a URL change that names no field: the ping is what failed.
    QCOMPARE(SaveFailure(fromServer(400, "receiver did not answer"), urlChange()).notice().title, PingTitle);
    // A 5xx after a URL change is the server's trouble, not the ping's.
    const ApiError serverTrouble = fromServer(503, "ping service down");
    QCOMPARE(SaveFailure(serverTrouble, urlChange()).notice().title, serverTrouble.title());
}

void TestSaveFailure::transientErrorsInviteARetry_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("rate limited") << int(ApiError::Kind::RateLimited);
    QTest::newRow("connection") << int(ApiError::Kind::Connection);
    QTest::newRow("timeout") << int(ApiError::Kind::Timeout);
    QTest::newRow("server") << int(ApiError::Kind::Server);
}

void TestSaveFailure::transientErrorsInviteARetry()
{
    QFETCH(int, kind);
    const ApiError error = ofKind(ApiError::Kind(kind));
    const EditNotice notice = SaveFailure(error, urlChange()).notice();
    QCOMPARE(notice.kind, EditNotice::Kind::Error);
    QCOMPARE(notice.title, error.title());
    QCOMPARE(notice.text, error.message() + QLatin1Char('\n') + Kept + QLatin1Char(' ') + TryAgain);
}

void TestSaveFailure::otherErrorsKeepEditsOnly_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("unauthorized") << int(ApiError::Kind::Unauthorized);
    QTest::newRow("not found") << int(ApiError::Kind::NotFound);
    QTest::newRow("tls") << int(ApiError::Kind::Tls);
    QTest::newRow("other status") << int(ApiError::Kind::OtherStatus);
    QTest::newRow("invalid response") << int(ApiError::Kind::InvalidResponse);
    QTest::newRow("refused") << int(ApiError::Kind::Refused);
}

void TestSaveFailure::otherErrorsKeepEditsOnly()
{
    QFETCH(int, kind);
    const ApiError error = ofKind(ApiError::Kind(kind));
    const EditNotice notice = SaveFailure(error, urlChange()).notice();
    QCOMPARE(notice.kind, EditNotice::Kind::Error);
    QCOMPARE(notice.title, error.title());
    QCOMPARE(notice.text, error.message() + QLatin1Char('\n') + Kept);
}

void TestSaveFailure::remarkQuotesTheServer()
{
    const SaveFailure failure(fromServer(400, "Events must not be empty"), descriptionChange());
    QCOMPARE(failure.fieldRemark(), QStringLiteral("The server refused this: \u201cEvents must not be empty\u201d"));
}

void TestSaveFailure::remarkWithoutServerWordsUsesTheMessage()
{
    ApiError silent;
    silent.kind = ApiError::Kind::BadRequest;
    silent.httpStatus = 400;
    QCOMPARE(SaveFailure(silent, descriptionChange()).fieldRemark(),
             QStringLiteral("The server refused this: \u201c%1\u201d").arg(silent.message()));
    QCOMPARE(SaveFailure(silent, urlChange()).notice().title, PingTitle);
    QCOMPARE(SaveFailure(silent, urlChange()).fieldRemark(),
             QStringLiteral("The test ping to this URL failed, so nothing was saved. The server said: \u201c%1\u201d")
                 .arg(silent.message()));
}

QTEST_GUILESS_MAIN(TestSaveFailure)
#include "tst_savefailure.moc"
