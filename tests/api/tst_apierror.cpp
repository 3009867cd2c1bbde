// ApiError: the {"detail": ...} envelope in all its forms, bodies that are not JSON,
// status to kind, the wait of a 429, and the sentences shown to a person.
#include "apierror.h"
#include "servertext.h"
#include "unitsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QtTest>

using UnitSupport::s;

Q_DECLARE_METATYPE(ApiError::Kind)

namespace {

const QByteArray rateLimitBody =
    R"({"detail":{"error":"rate_limit_exceeded","limit":60,"observed":65,"retry_after_seconds":45}})";

const QByteArray nginx502 =
    "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n"
    "<hr><center>nginx/1.22.1</center>\r\n</body>\r\n</html>\r\n";

// IMF-fixdate, the form RFC 9110 requires of a sender: "Sun, 06 Nov 1994 08:49:37 GMT".
QByteArray httpDate(const QDateTime &t)
{
    return QLocale::c().toString(t.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1() + " GMT";
}

} // namespace

class TestApiError : public QObject
{
    Q_OBJECT

private slots:
    void titleAndExplanationSayEachThingOnce_data();
    void titleAndExplanationSayEachThingOnce();
    void decodeEnvelope_data();
    void decodeEnvelope();
    void rateLimitDetailObject();
    void longPlainTextIsShortened();
    void statusToKind_data();
    void statusToKind();
    void retryAfter_data();
    void retryAfter();
    void technicalSaysWhenNotJson();
    void messageCarriesServerWords_data();
    void messageCarriesServerWords();
    void everyKindHasTitleAndMessage_data();
    void everyKindHasTitleAndMessage();
    void rateLimitMessageSaysTheWait();
    void detailsKeepTheServersWholeText();
};

void TestApiError::decodeEnvelope_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("wasJson");
    QTest::addColumn<bool>("hasDetailObject");

    QTest::newRow("detail string") << QByteArray(R"({"detail":"Invalid event type: upload.deleted"})")
                                   << s("Invalid event type: upload.deleted") << true << false;
    QTest::newRow("detail string, unicode") << QByteArray(R"({"detail":"URL refus\u00e9e"})") << s("URL refus\xC3\xA9" "e")
                                            << true << false;
    QTest::newRow("detail object with message")
        << QByteArray(R"({"detail":{"error":"ping_failed","message":"The URL answered 500 to the ping"}})")
        << s("The URL answered 500 to the ping") << true << true;
    QTest::newRow("detail object, error only") << QByteArray(R"({"detail":{"error":"ping_failed"}})") << s("ping failed")
                                               << true << true;
    QTest::newRow("detail object, no error") << QByteArray(R"({"detail":{"limit":60}})") << s("limit=60") << true << true;
    QTest::newRow("detail array (FastAPI)")
        << QByteArray(R"({"detail":[{"loc":["body","url"],"msg":"field required","type":"value_error.missing"},)"
                      R"({"loc":["body","events",0],"msg":"value is not a valid enumeration member","type":"type_error.enum"}]})")
        << s("field required; value is not a valid enumeration member") << true << false;
    QTest::newRow("html 502 page") << nginx502 << s("502 Bad Gateway") << false << false;
    QTest::newRow("html, upper-case title with attribute")
        << QByteArray("<HTML><HEAD><TITLE lang=\"en\">Service\n  Unavailable</TITLE></HEAD><BODY>x</BODY></HTML>")
        << s("Service Unavailable") << false << false;
    QTest::newRow("html without title") << QByteArray("<html><body><h1>Gateway   Timeout</h1></body></html>")
                                        << s("Gateway Timeout") << false << false;
    QTest::newRow("plain text") << QByteArray("upstream connect error or disconnect/reset before headers\n")
                                << s("upstream connect error or disconnect/reset before headers") << false << false;
    QTest::newRow("empty body") << QByteArray() << QString() << false << false;
    QTest::newRow("JSON without detail") << QByteArray(R"({"error":"oops","message":"not an envelope"})") << QString()
                                         << true << false;
    QTest::newRow("JSON null detail") << QByteArray(R"({"detail":null})") << QString() << true << false;
    QTest::newRow("JSON array") << QByteArray("[1,2,3]") << QString() << true << false;
}

void TestApiError::decodeEnvelope()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    QFETCH(bool, wasJson);
    QFETCH(bool, hasDetailObject);
    const ApiError::Envelope env = ApiError::decodeEnvelope(body);
    QCOMPARE(env.message, message);
    QCOMPARE(env.wasJson, wasJson);
    QCOMPARE(!env.detailObject.isEmpty(), hasDetailObject);
}

void TestApiError::rateLimitDetailObject()
{
    const ApiError::Envelope env = ApiError::decodeEnvelope(rateLimitBody);
    QVERIFY(env.wasJson);
    QCOMPARE(env.detailObject.value(QLatin1String("error")).toString(), s("rate_limit_exceeded"));
    QCOMPARE(env.detailObject.value(QLatin1String("limit")).toInt(), 60);
    QCOMPARE(env.detailObject.value(QLatin1String("observed")).toInt(), 65);
    QCOMPARE(env.detailObject.value(QLatin1String("retry_after_seconds")).toInt(), 45);
    QVERIFY2(env.message.contains(QLatin1String("rate limit exceeded")), qPrintable(env.message));
    QVERIFY2(env.message.contains(QLatin1String("60")), qPrintable(env.message));

    const ApiError e = ApiError::fromStatus(429, rateLimitBody, QByteArray());
    QCOMPARE(e.kind, ApiError::Kind::RateLimited);
    QCOMPARE(e.detailObject, env.detailObject);
    QCOMPARE(e.serverMessage, env.message);
}

void TestApiError::longPlainTextIsShortened()
{
    const QByteArray body = QByteArray("x").repeated(5000);
    const ApiError::Envelope env = ApiError::decodeEnvelope(body);
    QVERIFY(!env.wasJson);
    QVERIFY(!env.message.isEmpty());
    QVERIFY2(env.message.size() <= 201, qPrintable(QString::number(env.message.size())));
}

void TestApiError::statusToKind_data()
{
    using K = ApiError::Kind;
    QTest::addColumn<int>("status");
    QTest::addColumn<K>("kind");
    QTest::addColumn<bool>("transient");
    QTest::newRow("400") << 400 << K::BadRequest << false;
    QTest::newRow("401") << 401 << K::Unauthorized << false;
    QTest::newRow("403") << 403 << K::OtherStatus << false;
    QTest::newRow("404") << 404 << K::NotFound << false;
    QTest::newRow("405") << 405 << K::OtherStatus << false;
    QTest::newRow("409") << 409 << K::OtherStatus << false;
    QTest::newRow("418") << 418 << K::OtherStatus << false;
    QTest::newRow("422") << 422 << K::OtherStatus << false;
    QTest::newRow("429") << 429 << K::RateLimited << true;
    QTest::newRow("500") << 500 << K::Server << true;
    QTest::newRow("502") << 502 << K::Server << true;
    QTest::newRow("503") << 503 << K::Server << true;
    QTest::newRow("504") << 504 << K::Server << true;
    QTest::newRow("599") << 599 << K::Server << true;
    QTest::newRow("302") << 302 << K::OtherStatus << false;
}

void TestApiError::statusToKind()
{
    QFETCH(int, status);
    QFETCH(ApiError::Kind, kind);
    QFETCH(bool, transient);
    for (const QByteArray &body : {QByteArray(R"({"detail":"x"})"), nginx502, QByteArray()}) {
        const ApiError e = ApiError::fromStatus(status, body, QByteArray());
        QCOMPARE(e.kind, kind);
        QCOMPARE(e.httpStatus, status);
        QVERIFY(e.isError());
        QCOMPARE(e.isTransient(), transient);
    }
}

void TestApiError::retryAfter_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("minSeconds");
    QTest::addColumn<int>("maxSeconds");

    const QByteArray noDetail(R"({"detail":"Too many requests"})");
    const QByteArray detail30(R"({"detail":{"error":"rate_limit_exceeded","retry_after_seconds":30}})");
    const QDateTime now = QDateTime::currentDateTimeUtc();

    QTest::newRow("seconds") << QByteArray("45") << noDetail << 45 << 45;
    QTest::newRow("seconds with spaces") << QByteArray(" 45 ") << noDetail << 45 << 45;
    QTest::newRow("zero") << QByteArray("0") << noDetail << 0 << 0;
    QTest::newRow("header wins over detail") << QByteArray("45") << detail30 << 45 << 45;
    QTest::newRow("no header: detail.retry_after_seconds") << QByteArray() << rateLimitBody << 45 << 45;
    QTest::newRow("unreadable header: detail") << QByteArray("soon") << detail30 << 30 << 30;
    QTest::newRow("negative header: detail") << QByteArray("-5") << detail30 << 30 << 30;
    QTest::newRow("nothing known") << QByteArray() << noDetail << -1 << -1;
    QTest::newRow("not JSON, no header") << QByteArray() << nginx502 << -1 << -1;
    // HTTP-date (RFC 9110 section 10.2.3): the wait is the distance from now
    QTest::newRow("HTTP-date in 120 s") << httpDate(now.addSecs(120)) << noDetail << 115 << 121;
    QTest::newRow("HTTP-date in 120 s, detail ignored") << httpDate(now.addSecs(120)) << detail30 << 115 << 121;
    QTest::newRow("HTTP-date in the past") << httpDate(now.addSecs(-3600)) << noDetail << 0 << 0;
}

void TestApiError::retryAfter()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, body);
    QFETCH(int, minSeconds);
    QFETCH(int, maxSeconds);
    const ApiError e = ApiError::fromStatus(429, body, header);
    QCOMPARE(e.kind, ApiError::Kind::RateLimited);
    QVERIFY2(e.retryAfterSeconds >= minSeconds && e.retryAfterSeconds <= maxSeconds,
             qPrintable(QStringLiteral("Retry-After \"%1\" gave %2 s, expected %3..%4")
                            .arg(QString::fromLatin1(header))
                            .arg(e.retryAfterSeconds)
                            .arg(minSeconds)
                            .arg(maxSeconds)));
}

void TestApiError::technicalSaysWhenNotJson()
{
    const ApiError html = ApiError::fromStatus(502, nginx502, QByteArray());
    QVERIFY(!html.technical.isEmpty());
    QVERIFY2(html.technical.contains(QLatin1String("502")), qPrintable(html.technical));
    QCOMPARE(html.serverMessage, s("502 Bad Gateway"));

    const ApiError json = ApiError::fromStatus(400, R"({"detail":"bad"})", QByteArray());
    QVERIFY(json.technical.isEmpty());
}

void TestApiError::messageCarriesServerWords_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("mention");
    QTest::newRow("400 string") << 400
                                << QByteArray(R"({"detail":"URL must resolve to a public IP address"})")
                                << QStringList{s("URL must resolve to a public IP address")};
    QTest::newRow("400 ping failed object")
        << 400 << QByteArray(R"({"detail":{"error":"ping_failed","message":"The URL answered 500 to the ping"}})")
        << QStringList{s("The URL answered 500 to the ping")};
    QTest::newRow("400 FastAPI array") << 400
                                       << QByteArray(R"({"detail":[{"loc":["body","url"],"msg":"field required"}]})")
                                       << QStringList{s("field required")};
    QTest::newRow("400 empty body") << 400 << QByteArray() << QStringList{s("400")};
    QTest::newRow("401") << 401 << QByteArray(R"({"detail":"API key revoked"})") << QStringList{s("API key revoked")};
    QTest::newRow("404") << 404 << QByteArray(R"({"detail":"Webhook not found"})") << QStringList{s("Webhook not found")};
    QTest::newRow("409") << 409 << QByteArray(R"({"detail":"Conflict"})") << QStringList{s("409"), s("Conflict")};
    QTest::newRow("502 html") << 502 << nginx502 << QStringList{s("502"), s("502 Bad Gateway")};
    QTest::newRow("503 plain") << 503 << QByteArray("maintenance") << QStringList{s("503"), s("maintenance")};
}

void TestApiError::messageCarriesServerWords()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QStringList, mention);
    const ApiError e = ApiError::fromStatus(status, body, QByteArray());
    const QString message = e.message();
    QVERIFY(!message.isEmpty());
    for (const QString &word : mention)
        QVERIFY2(message.contains(word), qPrintable(message));
}

void TestApiError::everyKindHasTitleAndMessage_data()
{
    using K = ApiError::Kind;
    QTest::addColumn<K>("kind");
    QTest::newRow("Connection") << K::Connection;
    QTest::newRow("Tls") << K::Tls;
    QTest::newRow("Timeout") << K::Timeout;
    QTest::newRow("BadRequest") << K::BadRequest;
    QTest::newRow("Unauthorized") << K::Unauthorized;
    QTest::newRow("NotFound") << K::NotFound;
    QTest::newRow("RateLimited") << K::RateLimited;
    QTest::newRow("Server") << K::Server;
    QTest::newRow("OtherStatus") << K::OtherStatus;
    QTest::newRow("InvalidResponse") << K::InvalidResponse;
    QTest::newRow("Refused") << K::Refused;
    QTest::newRow("Cancelled") << K::Cancelled;
}

void TestApiError::everyKindHasTitleAndMessage()
{
    QFETCH(ApiError::Kind, kind);
    ApiError e;
    e.kind = kind;
    e.technical = s("technical detail");
    QVERIFY(e.isError());
    QVERIFY(!e.title().isEmpty());
    QVERIFY(!e.message().isEmpty());

    ApiError none;
    QVERIFY(!none.isError());
    QVERIFY(none.message().isEmpty());
}

void TestApiError::rateLimitMessageSaysTheWait()
{
    const ApiError e = ApiError::fromStatus(429, rateLimitBody, "45");
    QCOMPARE(e.retryAfterSeconds, 45);
    QVERIFY2(e.message().contains(QLatin1String("45")), qPrintable(e.message()));
}

void TestApiError::detailsKeepTheServersWholeText()
{
    const QString words = QStringLiteral("Upstream failed.\nTrace: ") + QString(2000, QLatin1Char('t'));
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("detail"), words + QStringLiteral("\u202E")}}).toJson();
    const ApiError e = ApiError::fromStatus(502, body, {});
    QVERIFY(e.serverMessage.size() <= ServerText::MessageLimit + 1); // shown: one cut line
    QVERIFY(!e.serverMessage.contains(QLatin1Char('\n')));
    QCOMPARE(e.serverFullText, words); // copied: whole, lines kept, the override gone
    const QString details = e.details();
    QVERIFY(details.contains(words));
    QVERIFY(details.contains(QStringLiteral("502")));
    QVERIFY(details.startsWith(e.title()));
}

void TestApiError::titleAndExplanationSayEachThingOnce_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("401") << 401 << QByteArray(R"({"detail":"Invalid API key"})");
    QTest::newRow("401 silent") << 401 << QByteArray("{}");
    QTest::newRow("401 saying why") << 401 << QByteArray(R"({"detail":"Invalid API key: it is unknown, expired or revoked"})");
    QTest::newRow("503") << 503 << QByteArray(R"({"detail":"maintenance"})");
    QTest::newRow("500 silent") << 500 << QByteArray("{}");
    QTest::newRow("400") << 400 << QByteArray(R"({"detail":"url must be https"})");
    QTest::newRow("400 silent") << 400 << QByteArray("{}");
    QTest::newRow("418") << 418 << QByteArray("{}");
    QTest::newRow("404") << 404 << QByteArray("{}");
}

// Shown together ("The API key was not accepted: It may be mistyped…"), the title and
// the explanation do not repeat each other; the message alone still says it all.
void TestApiError::titleAndExplanationSayEachThingOnce()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    const ApiError e = ApiError::fromStatus(status, body, QByteArray());
    const QString title = e.title();
    const QString explanation = e.explanation();
    QVERIFY(!explanation.isEmpty());
    const QStringList titleWords = title.toLower().split(QLatin1Char(' '));
    // No run of three of the title's words again in the explanation.
    for (int i = 0; i + 2 < titleWords.size(); ++i) {
        const QString run = titleWords.mid(i, 3).join(QLatin1Char(' '));
        QVERIFY2(!explanation.toLower().contains(run), qPrintable(title + QStringLiteral(" | ") + explanation));
    }
    if (!e.serverMessage.isEmpty())
        QCOMPARE(explanation.count(e.serverMessage), 1);
    // Our guess at a reason only when the server gave none: never the same reason twice.
    QVERIFY2(explanation.count(QLatin1String("expired or revoked")) <= 1, qPrintable(explanation));
    // What to do next is the place's to say ("Press Save to try again"), not a second time here.
    if (e.kind == ApiError::Kind::Server)
        QVERIFY2(!explanation.contains(QLatin1String("try again"), Qt::CaseInsensitive), qPrintable(explanation));
    QVERIFY(!e.message().isEmpty());
}

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
