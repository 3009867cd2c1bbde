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
    void cancelledBeforeAnyWriteSaysNothingWasSent();
    void badRequestShowsTheServersWords();
    void pingFailureExplainsThePing();
    void pingNeedsAUrlChange();
    void transientErrorsInviteARetry_data();
    void transientErrorsInviteARetry();
    void otherErrorsKeepEditsOnly_data();
    void otherErrorsKeepEditsOnly();
    void remarkQuotesTheServer();
    void remarkWithoutServerWordsSaysSo();
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

void TestSaveFailure::cancelledBeforeAnyWriteSaysNothingWasSent()
{
    const ApiError cancelled = ofKind(ApiError::Kind::Cancelled);
    const EditNotice saved = SaveFailure(cancelled, descriptionChange(), SaveFailure::Request::Save, true).notice();
    QCOMPARE(saved.kind, EditNotice::Kind::Info);
    QCOMPARE(saved.title, QStringLiteral("Request cancelled"));
    QCOMPARE(saved.text, Kept + QStringLiteral(" Nothing was changed on the server."));
    const EditNotice created = SaveFailure(cancelled, urlChange(), SaveFailure::Request::Create, true).notice();
    QCOMPARE(created.text, QStringLiteral("What you entered is still here. Nothing was created."));
}

void TestSaveFailure::badRequestShowsTheServersWords()
{
    const ApiError error = fromServer(400, "description contains a forbidden character");
    const EditNotice notice = SaveFailure(error, descriptionChange()).notice();
    QCOMPARE(notice.kind, EditNotice::Kind::Error);
    QCOMPARE(notice.title, error.title());
    // Under the title "The server refused the request": where to look, said once; the
    // server's words go beside the description (fieldRemark()).
    QCOMPARE(notice.text, QStringLiteral("The server's reason is shown beside the field it concerns.\n") + Kept);
    QVERIFY(!notice.text.contains(QLatin1String("forbidden")));
    QCOMPARE(SaveFailure(error, descriptionChange()).fieldRemark(),
             QStringLiteral("The server said: \u201cdescription contains a forbidden character\u201d"));
    // Words that name no field stay in the notice, once, under the title.
    const ApiError general = fromServer(400, "request body too odd");
    QCOMPARE(SaveFailure(general, descriptionChange()).notice().text,
             QStringLiteral("\u201crequest body too odd\u201d\n") + Kept);
}

void TestSaveFailure::pingFailureExplainsThePing()
{
    const SaveFailure failure(fromServer(400, "Ping failed: connection refused"), urlChange());
    const EditNotice notice = failure.notice();
    QCOMPARE(notice.kind, EditNotice::Kind::Error);
    QCOMPARE(notice.title, PingTitle);
    // Each thing once: the title says the ping failed and nothing was saved, the text
    // what is kept, the remark beside the URL what the server said.
    QCOMPARE(notice.text, Kept);
    QCOMPARE(failure.fieldRemark(), QStringLiteral("The server said: \u201cPing failed: connection refused\u201d"));
    const EditNotice created = SaveFailure(fromServer(400, "Ping failed: connection refused"), urlChange(),
                                           SaveFailure::Request::Create)
                                   .notice();
    QCOMPARE(created.title, QStringLiteral("The URL failed the test ping; nothing was created"));
    QCOMPARE(created.text, QStringLiteral("What you entered is still here."));
}

void TestSaveFailure::pingNeedsAUrlChange()
{
    // The same words answering a PATCH without a URL are no ping failure.
    const SaveFailure failure(fromServer(400, "Ping failed: connection refused"), descriptionChange());
    QCOMPARE(failure.notice().title, fromServer(400, "x").title());
    QCOMPARE(failure.notice().text, QStringLiteral("The server's reason is shown beside the field it concerns.\n") + Kept);
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
    QCOMPARE(notice.text, error.explanation() + QLatin1Char('\n') + Kept + QLatin1Char(' ') + TryAgain);
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
    QCOMPARE(notice.text, error.explanation() + QLatin1Char('\n') + Kept);
}

void TestSaveFailure::remarkQuotesTheServer()
{
    const SaveFailure failure(fromServer(400, "Events must not be empty"), descriptionChange());
    QCOMPARE(failure.fieldRemark(), QStringLiteral("The server said: \u201cEvents must not be empty\u201d"));
}

void TestSaveFailure::remarkWithoutServerWordsSaysSo()
{
    // Never our own sentence quoted as if the server had said it.
    ApiError silent;
    silent.kind = ApiError::Kind::BadRequest;
    silent.httpStatus = 400;
    QCOMPARE(SaveFailure(silent, urlChange()).notice().title, PingTitle);
    QCOMPARE(SaveFailure(silent, urlChange()).fieldRemark(), QStringLiteral("The server gave no reason (HTTP 400)."));
}

QTEST_GUILESS_MAIN(TestSaveFailure)
#include "tst_savefailure.moc"
