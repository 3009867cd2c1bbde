// The contract's input rules, table by table: URLs, descriptions, events, request bodies.
#include "addresspolicy.h"
#include "webhookrules.h"

#include <QtTest>

class TestSandboxRules : public QObject
{
    Q_OBJECT

private slots:
    void urlRules_data();
    void urlRules();
    void internationalHostIsStoredAscii();
    void addressPolicy_data();
    void addressPolicy();
    void descriptionLength_data();
    void descriptionLength();
    void events_data();
    void events();
    void createBody_data();
    void createBody();
    void createDefaultsEvents();
    void patchBody_data();
    void patchBody();
    void patchKeepsOnlyPresentFields();
};

void TestSandboxRules::urlRules_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected"); // empty = accepted, else a part of the message

    QTest::newRow("plain https") << "https://hooks.acme-logistics.com/optimaldial" << "";
    QTest::newRow("port and query") << "https://api.northwind.io:8443/webhooks?tenant=eu" << "";
    QTest::newRow("IDN host") << "https://b\u00fccher-versand.de/hook" << "";
    QTest::newRow("public IPv4") << "https://8.8.8.8/hook" << "";
    QTest::newRow("public IPv6") << "https://[2001:4860:4860::8888]/hook" << "";
    QTest::newRow("empty") << "" << "must not be empty";
    QTest::newRow("http") << "http://hooks.example.com/x" << "must use https";
    QTest::newRow("upper-case scheme") << "HTTPS://hooks.example.com/x" << "must use https";
    QTest::newRow("ftp") << "ftp://hooks.example.com/x" << "must use https";
    QTest::newRow("no scheme") << "hooks.example.com/x" << "must use https";
    QTest::newRow("no host") << "https:///path" << "must include a host";
    QTest::newRow("nothing after scheme") << "https://" << "must include a host";
    QTest::newRow("space in host") << "https://exa mple.com/" << "not a valid URL";
    QTest::newRow("bad port") << "https://example.com:99999/" << "not a valid URL";
    QTest::newRow("user and password") << "https://user:pw@hooks.example.com/x" << "user name or password";
    QTest::newRow("user only") << "https://user@hooks.example.com/x" << "user name or password";
    QTest::newRow("empty user info") << "https://@hooks.example.com/x" << "user name or password";
    QTest::newRow("localhost") << "https://localhost/x" << "loopback host name";
    QTest::newRow("LOCALHOST.") << "https://LOCALHOST./x" << "loopback host name";
    QTest::newRow("sub.localhost") << "https://api.localhost/x" << "loopback host name";
    QTest::newRow("127.0.0.1") << "https://127.0.0.1/x" << "loopback";
    QTest::newRow("127.1 short form") << "https://127.1/x" << "loopback";
    QTest::newRow("decimal loopback") << "https://2130706433/x" << "loopback";
    QTest::newRow("hex loopback") << "https://0x7f000001/x" << "loopback";
    QTest::newRow("10/8") << "https://10.1.2.3/x" << "private";
    QTest::newRow("172.16/12") << "https://172.16.0.1/x" << "private";
    QTest::newRow("172.31") << "https://172.31.255.255/x" << "private";
    QTest::newRow("192.168/16") << "https://192.168.1.10/x" << "private";
    QTest::newRow("link-local v4") << "https://169.254.169.254/latest/meta-data" << "link-local";
    QTest::newRow("0.0.0.0") << "https://0.0.0.0/x" << "unspecified";
    QTest::newRow("CGNAT") << "https://100.64.0.1/x" << "carrier-grade NAT";
    QTest::newRow("multicast v4") << "https://224.0.0.1/x" << "multicast";
    QTest::newRow("reserved v4") << "https://240.0.0.1/x" << "reserved";
    QTest::newRow("broadcast") << "https://255.255.255.255/x" << "broadcast";
    QTest::newRow("documentation v4") << "https://203.0.113.5/x" << "documentation";
    QTest::newRow("::1") << "https://[::1]/x" << "loopback";
    QTest::newRow("::") << "https://[::]/x" << "unspecified";
    QTest::newRow("fe80::") << "https://[fe80::1]/x" << "link-local";
    QTest::newRow("fc00::/7") << "https://[fd12:3456::1]/x" << "unique local";
    QTest::newRow("mapped loopback") << "https://[::ffff:127.0.0.1]/x" << "loopback";
    QTest::newRow("mapped private") << "https://[::ffff:192.168.0.1]/x" << "private";
    QTest::newRow("multicast v6") << "https://[ff02::1]/x" << "multicast";
    QTest::newRow("documentation v6") << "https://[2001:db8::1]/x" << "documentation";
    QTest::newRow("6to4 of private") << "https://[2002:0a00:0001::1]/x" << "private";
}

void TestSandboxRules::urlRules()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    const QString message = WebhookRules::checkUrl(url);
    if (expected.isEmpty())
        QVERIFY2(message.isEmpty(), qPrintable(message));
    else
        QVERIFY2(message.contains(expected), qPrintable(message));
}

void TestSandboxRules::addressPolicy_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("refused");
    QTest::newRow("name") << "hooks.example.com" << false;
    QTest::newRow("public v4") << "1.1.1.1" << false;
    QTest::newRow("just below 172.16") << "172.15.255.255" << false;
    QTest::newRow("just above 172.31") << "172.32.0.0" << false;
    QTest::newRow("just below CGNAT") << "100.63.255.255" << false;
    QTest::newRow("just above CGNAT") << "100.128.0.0" << false;
    QTest::newRow("mapped public") << "::ffff:8.8.8.8" << false;
    QTest::newRow("global v6") << "2606:4700::1111" << false;
    QTest::newRow("outside 2000::/3") << "4000::1" << true;
    QTest::newRow("site-local") << "fec0::1" << true;
    QTest::newRow("benchmarking") << "198.18.0.1" << true;
}

void TestSandboxRules::addressPolicy()
{
    QFETCH(QString, host);
    QFETCH(bool, refused);
    QCOMPARE(!AddressPolicy::refusal(host).isEmpty(), refused);
}

void TestSandboxRules::descriptionLength_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("codePoints");
    QTest::addColumn<bool>("accepted");

    const QString rocket = QString::fromUcs4(U"\U0001F680");
    QTest::newRow("empty") << QString() << 0 << true;
    QTest::newRow("500 ASCII") << QString(500, QLatin1Char('a')) << 500 << true;
    QTest::newRow("501 ASCII") << QString(501, QLatin1Char('a')) << 501 << false;
    // 500 emoji are 1000 UTF-16 units but 500 characters.
    QTest::newRow("500 emoji") << rocket.repeated(500) << 500 << true;
    QTest::newRow("501 emoji") << rocket.repeated(501) << 501 << false;
    QTest::newRow("490 ASCII + 10 emoji") << QString(490, QLatin1Char('x')) + rocket.repeated(10) << 500 << true;
    // A combining acute accent is a code point of its own.
    QTest::newRow("250 e + combining accent") << QStringLiteral("e\u0301").repeated(250) << 500 << true;
    QTest::newRow("251 e + combining accent") << QStringLiteral("e\u0301").repeated(251) << 502 << false;
    QTest::newRow("precomposed 500") << QStringLiteral("\u00e9").repeated(500) << 500 << true;
    QTest::newRow("CJK 500") << QStringLiteral("\u6771").repeated(500) << 500 << true;
    QTest::newRow("lone surrogate counts once") << QString(QChar(0xd800)) + QString(499, QLatin1Char('a')) << 500 << true;
}

void TestSandboxRules::descriptionLength()
{
    QFETCH(QString, text);
    QFETCH(int, codePoints);
    QFETCH(bool, accepted);
    QCOMPARE(WebhookRules::codePointCount(text), codePoints);
    const QString message = WebhookRules::checkDescription(text);
    QCOMPARE(message.isEmpty(), accepted);
    if (!accepted)
        QCOMPARE(message, QStringLiteral("description is longer than 500 characters (%1)").arg(codePoints));
}

void TestSandboxRules::events_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QStringList>("events");

    QTest::newRow("one") << QByteArray(R"(["upload.created"])") << "" << QStringList{QStringLiteral("upload.created")};
    QTest::newRow("all, order kept") << QByteArray(R"(["upload.failed","upload.created","upload.completed"])") << ""
                                     << QStringList{QStringLiteral("upload.failed"), QStringLiteral("upload.created"),
                                                    QStringLiteral("upload.completed")};
    QTest::newRow("empty") << QByteArray("[]") << "at least one" << QStringList();
    QTest::newRow("duplicate") << QByteArray(R"(["upload.failed","upload.failed"])") << "more than once" << QStringList();
    QTest::newRow("unknown") << QByteArray(R"(["upload.deleted"])") << "unknown event type \"upload.deleted\"" << QStringList();
    QTest::newRow("wrong case") << QByteArray(R"(["Upload.Created"])") << "unknown event type" << QStringList();
    QTest::newRow("number item") << QByteArray("[1]") << "only strings" << QStringList();
    QTest::newRow("string, not array") << QByteArray(R"("upload.created")") << "must be an array" << QStringList();
    QTest::newRow("null") << QByteArray("null") << "must be an array" << QStringList();
}

void TestSandboxRules::events()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QFETCH(QStringList, events);
    const QJsonValue value = QJsonDocument::fromJson("{\"e\":" + json + "}").object().value(QLatin1String("e"));
    QStringList parsed;
    const QString message = WebhookRules::parseEvents(value, &parsed);
    if (expected.isEmpty()) {
        QVERIFY2(message.isEmpty(), qPrintable(message));
        QCOMPARE(parsed, events);
    } else {
        QVERIFY2(message.contains(expected), qPrintable(message));
    }
}

void TestSandboxRules::createBody_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");

    QTest::newRow("minimal") << QByteArray(R"({"url":"https://a.example.com/h"})") << "";
    QTest::newRow("full") << QByteArray(R"({"url":"https://a.example.com/h","description":"x","events":["upload.created"]})") << "";
    QTest::newRow("empty description") << QByteArray(R"({"url":"https://a.example.com/h","description":""})") << "";
    QTest::newRow("empty body") << QByteArray() << "request body is missing";
    QTest::newRow("invalid JSON") << QByteArray("{\"url\":") << "not valid JSON";
    QTest::newRow("array") << QByteArray("[]") << "must be a JSON object";
    QTest::newRow("string") << QByteArray("\"https://a.example.com\"") << "must be a JSON object";
    QTest::newRow("missing url") << QByteArray(R"({"description":"x"})") << "url is required";
    QTest::newRow("unknown field") << QByteArray(R"({"url":"https://a.example.com","secret":"x"})") << "unknown field \"secret\"";
    QTest::newRow("is_active not allowed on create") << QByteArray(R"({"url":"https://a.example.com","is_active":true})")
                                                     << "unknown field \"is_active\"";
    QTest::newRow("url number") << QByteArray(R"({"url":42})") << "url must be a string, not a number";
    QTest::newRow("url null") << QByteArray(R"({"url":null})") << "url must be a string, not null";
    QTest::newRow("description null") << QByteArray(R"({"url":"https://a.example.com","description":null})")
                                      << "description must be a string, not null";
    QTest::newRow("description number") << QByteArray(R"({"url":"https://a.example.com","description":5})")
                                         << "description must be a string";
    QTest::newRow("refused url") << QByteArray(R"({"url":"https://10.0.0.1/h"})") << "private";
    QTest::newRow("events empty") << QByteArray(R"({"url":"https://a.example.com","events":[]})") << "at least one";
}

void TestSandboxRules::createBody()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    CreateRequest request;
    QString error;
    const bool ok = WebhookRules::parseCreate(body, &request, &error);
    if (expected.isEmpty()) {
        QVERIFY2(ok, qPrintable(error));
    } else {
        QVERIFY(!ok);
        QVERIFY2(error.contains(expected), qPrintable(error));
    }
}

void TestSandboxRules::createDefaultsEvents()
{
    CreateRequest request;
    QString error;
    QVERIFY(WebhookRules::parseCreate("{\"url\":\"https://a.example.com/h\"}", &request, &error));
    QCOMPARE(request.events, (QStringList{QStringLiteral("upload.completed"), QStringLiteral("upload.failed")}));
    QVERIFY(!request.description.has_value());
    QVERIFY(WebhookRules::parseCreate("{\"url\":\"https://a.example.com/h\",\"description\":\"\"}", &request, &error));
    QCOMPARE(request.description, std::optional<QString>(QString()));
}

void TestSandboxRules::patchBody_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");

    QTest::newRow("description") << QByteArray(R"({"description":"new"})") << "";
    QTest::newRow("is_active") << QByteArray(R"({"is_active":false})") << "";
    QTest::newRow("all four") << QByteArray(R"({"url":"https://b.example.com","description":"d","events":["upload.failed"],"is_active":true})")
                              << "";
    QTest::newRow("empty object") << QByteArray("{}") << "at least one of";
    QTest::newRow("empty body") << QByteArray("") << "request body is missing";
    QTest::newRow("not an object") << QByteArray("[{}]") << "must be a JSON object";
    QTest::newRow("server field") << QByteArray(R"({"consecutive_failures":0})") << "unknown field \"consecutive_failures\"";
    QTest::newRow("id") << QByteArray(R"({"id":"x"})") << "unknown field \"id\"";
    QTest::newRow("is_active string") << QByteArray(R"({"is_active":"true"})") << "is_active must be a boolean, not a string";
    QTest::newRow("is_active number") << QByteArray(R"({"is_active":1})") << "is_active must be a boolean";
    QTest::newRow("description null") << QByteArray(R"({"description":null})") << "description must be a string";
    QTest::newRow("long description") << "{\"description\":\"" + QByteArray(501, 'x') + "\"}"
                                      << "description is longer than 500 characters (501)";
    QTest::newRow("http url") << QByteArray(R"({"url":"http://b.example.com"})") << "must use https";
    QTest::newRow("events duplicate") << QByteArray(R"({"events":["upload.created","upload.created"]})") << "more than once";
}

void TestSandboxRules::patchBody()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    PatchRequest patch;
    QString error;
    const bool ok = WebhookRules::parsePatch(body, &patch, &error);
    if (expected.isEmpty()) {
        QVERIFY2(ok, qPrintable(error));
    } else {
        QVERIFY(!ok);
        QVERIFY2(error.contains(expected), qPrintable(error));
    }
}

void TestSandboxRules::patchKeepsOnlyPresentFields()
{
    PatchRequest patch;
    QString error;
    QVERIFY(WebhookRules::parsePatch("{\"description\":\"\"}", &patch, &error));
    QVERIFY(!patch.url && !patch.events && !patch.isActive);
    QCOMPARE(*patch.description, QString());
}

void TestSandboxRules::internationalHostIsStoredAscii()
{
    // `format: uri`: the server stores and returns the ASCII (punycode) form.
    QCOMPARE(WebhookRules::asciiUrl(QStringLiteral("https://hooks.b\u00fccher-versand.de/webhooks/od")),
             QStringLiteral("https://hooks.xn--bcher-versand-wob.de/webhooks/od"));
    // ASCII URLs are kept byte for byte (an unchanged URL must compare equal).
    const QString plain = QStringLiteral("https://Hooks.Example.com:8443/a%20b?x=1");
    QCOMPARE(WebhookRules::asciiUrl(plain), plain);
    CreateRequest request;
    QString error;
    QVERIFY2(WebhookRules::parseCreate(QStringLiteral("{\"url\":\"https://b\u00fccher-versand.de/hook\"}").toUtf8(),
                                       &request, &error),
             qPrintable(error));
    QCOMPARE(request.url, QStringLiteral("https://xn--bcher-versand-wob.de/hook"));
}

QTEST_APPLESS_MAIN(TestSandboxRules)
#include "tst_sandbox_rules.moc"
