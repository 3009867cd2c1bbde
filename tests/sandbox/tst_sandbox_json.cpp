// Serialization (JsonWriter, IsoTime, endpoint and delivery JSON), key format and the
// command line.
#include "clock.h"
#include "deliverysigner.h"
#include "endpointjson.h"
#include "isotime.h"
#include "jsonwriter.h"
#include "keyformat.h"
#include "sandboxoptions.h"
#include "sandboxstore.h"

#include <QtTest>

class TestSandboxJson : public QObject
{
    Q_OBJECT

private slots:
    void escaping_data();
    void escaping();
    void writerStructure();
    void timestamps_data();
    void timestamps();
    void parseRejects_data();
    void parseRejects();
    void endpointHasEveryContractField();
    void deliveryHasEveryContractField();
    void deliverySignatureMatchesOpenssl();
    void deliveryEnvelope();
    void keyFormat_data();
    void keyFormat();
    void commandLine();
    void commandLineErrors_data();
    void commandLineErrors();
    void keyErrorsNeverShowTheWholeKey();
};

void TestSandboxJson::escaping_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << QStringLiteral("hello");
    QTest::newRow("quotes and backslash") << QStringLiteral("a \"b\" \\c\\");
    QTest::newRow("controls") << QStringLiteral("line\nfeed\ttab\r\b\f") + QChar(0x01) + QChar(0x1f);
    QTest::newRow("latin") << QStringLiteral("caf\u00e9 \u00fc\u00df");
    QTest::newRow("cjk") << QStringLiteral("\u6771\u4eac");
    QTest::newRow("emoji") << QString::fromUcs4(U"\U0001F680 \U0001F600");
    QTest::newRow("combining") << QStringLiteral("e\u0301");
    QTest::newRow("U+2028") << QStringLiteral("a\u2028b");
    QTest::newRow("long") << QString(5000, QChar(0x00e9)) + QStringLiteral("\"");
}

void TestSandboxJson::escaping()
{
    QFETCH(QString, text);
    QByteArray out = "[";
    JsonWriter::appendString(out, text);
    out += "]";
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(doc.array().at(0).toString(), text);
}

void TestSandboxJson::writerStructure()
{
    QByteArray out;
    JsonWriter w(&out);
    w.beginObject();
    w.key("a");
    w.beginArray();
    w.integer(-5);
    w.boolean(true);
    w.null();
    w.stringOrNull(std::nullopt);
    w.beginObject();
    w.endObject();
    w.endArray();
    w.key("t");
    w.timestamp(IsoTime::Null);
    w.key("u");
    w.uuid(QUuid(QStringLiteral("{0f0e0d0c-0b0a-4908-8706-050403020100}")));
    w.endObject();
    QCOMPARE(out, QByteArray("{\"a\":[-5,true,null,null,{}],\"t\":null,\"u\":\"0f0e0d0c-0b0a-4908-8706-050403020100\"}"));
    // A lone surrogate becomes U+FFFD rather than invalid UTF-8.
    QByteArray lone;
    JsonWriter::appendString(lone, QString(QChar(0xdc00)));
    QCOMPARE(lone, QByteArray("\"\xef\xbf\xbd\""));
}

void TestSandboxJson::timestamps_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("whole seconds") << "2026-11-27T10:15:03Z" << "2026-11-27T10:15:03Z";
    QTest::newRow("microseconds") << "2026-11-27T10:15:03.123456Z" << "2026-11-27T10:15:03.123456Z";
    QTest::newRow("milliseconds") << "2026-11-27T10:15:03.123Z" << "2026-11-27T10:15:03.123000Z";
    QTest::newRow("nanoseconds truncated") << "2026-11-27T10:15:03.123456789Z" << "2026-11-27T10:15:03.123456Z";
    QTest::newRow("offset") << "2026-11-27T12:15:03+02:00" << "2026-11-27T10:15:03Z";
    QTest::newRow("negative offset") << "2026-11-27T00:15:03-05:30" << "2026-11-27T05:45:03Z";
    QTest::newRow("leap day") << "2028-02-29T23:59:59Z" << "2028-02-29T23:59:59Z";
    QTest::newRow("epoch") << "1970-01-01T00:00:00Z" << "1970-01-01T00:00:00Z";
    QTest::newRow("before epoch") << "1969-12-31T23:59:59.5Z" << "1969-12-31T23:59:59.500000Z";
}

void TestSandboxJson::timestamps()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    qint64 us = 0;
    QVERIFY(IsoTime::parse(text, &us));
    QCOMPARE(QString::fromLatin1(IsoTime::format(us)), canonical);
    // Agrees with QDateTime to the millisecond.
    const QDateTime qt = QDateTime::fromString(canonical, Qt::ISODateWithMs);
    QCOMPARE(qt.toMSecsSinceEpoch(), us >= 0 ? us / 1000 : (us - 999) / 1000);
}

void TestSandboxJson::parseRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("no zone") << "2026-11-27T10:15:03";
    QTest::newRow("date only") << "2026-11-27";
    QTest::newRow("bad month") << "2026-13-01T00:00:00Z";
    QTest::newRow("Feb 30") << "2026-02-30T00:00:00Z";
    QTest::newRow("not a leap year") << "2026-02-29T00:00:00Z";
    QTest::newRow("empty fraction") << "2026-11-27T10:15:03.Z";
    QTest::newRow("trailing") << "2026-11-27T10:15:03Zx";
    QTest::newRow("words") << "yesterday";
}

void TestSandboxJson::parseRejects()
{
    QFETCH(QString, text);
    qint64 us = 0;
    QVERIFY(!IsoTime::parse(text, &us));
}

void TestSandboxJson::endpointHasEveryContractField()
{
    ManualClock clock(1795000000LL * 1000000 + 123456);
    SandboxStore store(&clock);
    Organization &org = store.addOrganization(QStringLiteral("od_live_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));
    CreateRequest r;
    r.url = QStringLiteral("https://hooks.example.com/a");
    r.events = EventNames::createDefault();
    const Endpoint &e = store.create(org, r);
    const QJsonObject o = QJsonDocument::fromJson(EndpointJson::endpoint(e, org)).object();
    const QStringList keys = {QStringLiteral("id"), QStringLiteral("user_id"), QStringLiteral("organization_id"),
                              QStringLiteral("url"), QStringLiteral("description"), QStringLiteral("events"),
                              QStringLiteral("is_active"), QStringLiteral("consecutive_failures"),
                              QStringLiteral("created_at"), QStringLiteral("updated_at"), QStringLiteral("verified_at"),
                              QStringLiteral("last_success_at"), QStringLiteral("last_failure_at"),
                              QStringLiteral("disabled_at")};
    QStringList sortedKeys = keys;
    sortedKeys.sort();
    QCOMPARE(o.keys(), sortedKeys);
    QVERIFY(o.value(QLatin1String("description")).isNull());
    QVERIFY(o.value(QLatin1String("disabled_at")).isNull());
    QCOMPARE(o.value(QLatin1String("id")).toString(), e.id.toString(QUuid::WithoutBraces));
    QCOMPARE(o.value(QLatin1String("organization_id")).toString(), org.id.toString(QUuid::WithoutBraces));
    QCOMPARE(o.value(QLatin1String("created_at")).toString(), QStringLiteral("2026-11-18T11:06:40.123456Z"));
    QCOMPARE(o.value(QLatin1String("consecutive_failures")).toInt(-1), 0);
    QCOMPARE(o.value(QLatin1String("is_active")).toBool(), true);

    QJsonParseError error;
    const QJsonDocument list = QJsonDocument::fromJson(EndpointJson::endpointList(org), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(list.array().size(), 1);
}

void TestSandboxJson::deliveryHasEveryContractField()
{
    Endpoint e;
    e.id = QUuid::createUuid();
    Delivery d;
    d.id = QUuid::createUuid();
    d.eventId = QUuid::createUuid();
    d.eventType = EventNames::uploadFailed();
    d.status = DeliveryStatus::InFlight;
    d.attemptCount = 2;
    d.createdAt = d.nextRetryAt = 1795000000LL * 1000000;
    d.lastResponseStatus = 502;
    const QJsonArray a = QJsonDocument::fromJson(EndpointJson::deliveryList({&d}, e)).array();
    QCOMPARE(a.size(), 1);
    const QJsonObject o = a.at(0).toObject();
    QCOMPARE(o.size(), 12);
    QCOMPARE(o.value(QLatin1String("webhook_endpoint_id")).toString(), e.id.toString(QUuid::WithoutBraces));
    QCOMPARE(o.value(QLatin1String("status")).toString(), QStringLiteral("in_flight"));
    QCOMPARE(o.value(QLatin1String("last_response_status")).toInt(), 502);
    QVERIFY(o.value(QLatin1String("last_error")).isNull());
    QVERIFY(o.value(QLatin1String("delivered_at")).isNull());
    QVERIFY(o.value(QLatin1String("last_attempt_at")).isNull());
    QCOMPARE(o.value(QLatin1String("next_retry_at")).toString(), QStringLiteral("2026-11-18T11:06:40Z"));
}

void TestSandboxJson::deliverySignatureMatchesOpenssl()
{
    // printf '%s' '1776945600.{"id":"evt_01HZX3","type":"upload.completed","api_version":"2026-04-23","created_at":"2026-04-23T12:00:00Z","data":{"upload_id":"u_42","rows":1200}}' | openssl dgst -sha256 -hmac 5f2b8c1e9d3a47b6a0c4e8f21d7b39a6c5e0f4a8b2d6193e7c0a5f8b1d4e2c97
    const QByteArray secret("5f2b8c1e9d3a47b6a0c4e8f21d7b39a6c5e0f4a8b2d6193e7c0a5f8b1d4e2c97");
    const QByteArray body(R"({"id":"evt_01HZX3","type":"upload.completed","api_version":"2026-04-23","created_at":"2026-04-23T12:00:00Z","data":{"upload_id":"u_42","rows":1200}})");
    QCOMPARE(DeliverySigner::signatureHeader(secret, 1776945600, body),
             QByteArray("t=1776945600,v1=8b5c766d42313c39a4f3831b22978f5bde788584124e477f2db292746d4a4e2e"));
}

void TestSandboxJson::deliveryEnvelope()
{
    Endpoint e;
    e.id = QUuid::createUuid();
    e.secret = QByteArray(64, 'a');
    Delivery d;
    d.id = QUuid::createUuid();
    d.eventId = QUuid::createUuid();
    d.eventType = EventNames::uploadCompleted();
    d.attemptCount = 3;
    d.createdAt = 1776945600LL * 1000000;
    const qint64 now = d.createdAt + 90 * 1000000 + 250000;
    const OutgoingRequest r = DeliverySigner::request(e, d, now);
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(r.body, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(o.value(QLatin1String("id")).toString(), QStringLiteral("evt_") + d.eventId.toString(QUuid::WithoutBraces));
    QCOMPARE(o.value(QLatin1String("type")).toString(), QStringLiteral("upload.completed"));
    QCOMPARE(o.value(QLatin1String("api_version")).toString(), QStringLiteral("2026-04-23"));
    QCOMPARE(o.value(QLatin1String("created_at")).toString(), QStringLiteral("2026-04-23T12:00:00Z"));
    QVERIFY(o.value(QLatin1String("data")).isObject());
    QByteArray signature, attempt, timestamp;
    for (const auto &[name, value] : r.headers) {
        if (name == "X-OptimalDial-Signature")
            signature = value;
        else if (name == "X-OptimalDial-Attempt")
            attempt = value;
        else if (name == "X-OptimalDial-Timestamp")
            timestamp = value;
    }
    QCOMPARE(timestamp, QByteArray("1776945690")); // whole seconds of the attempt, not of the event
    QCOMPARE(attempt, QByteArray("3"));
    QCOMPARE(signature, DeliverySigner::signatureHeader(e.secret, 1776945690, r.body));
}

void TestSandboxJson::keyFormat_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("ok");
    QTest::newRow("31 chars") << "od_live_FxXk0123456789abcdefghij-_ABCDE" << false;
    QTest::newRow("32 chars") << "od_live_FxXk0123456789abcdefghij-_ABCDEF" << true;
    QTest::newRow("33 chars") << "od_live_FxXk0123456789abcdefghij-_ABCDEFG" << false;
    QTest::newRow("34 chars") << "od_live_TestKeyAAAAAAAAAAAAAAAAAAAAAAAAAAA" << false;
    QTest::newRow("wrong prefix") << "od_test_FxXk0123456789abcdefghij-_ABCDEFG" << false;
    QTest::newRow("plus sign") << "od_live_FxXk0123456789abcdefghij+_ABCDEFG" << false;
    QTest::newRow("empty") << "" << false;
}

void TestSandboxJson::keyFormat()
{
    QFETCH(QString, key);
    QFETCH(bool, ok);
    QCOMPARE(KeyFormat::isWellFormed(key), ok);
    QCOMPARE(KeyFormat::displayPrefix(key), key.left(12));
}

void TestSandboxJson::commandLine()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("OPTIMALDIAL_SANDBOX_KEYS"),
               QStringLiteral(" od_live_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA , od_live_BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB,"));
    SandboxOptions o;
    QString message;
    const QStringList args = {QStringLiteral("sandbox"), QStringLiteral("--port"), QStringLiteral("0"),
                              QStringLiteral("--generate"), QStringLiteral("100"), QStringLiteral("--rate-limit"),
                              QStringLiteral("0"), QStringLiteral("--error-rate"), QStringLiteral("0.25"),
                              QStringLiteral("--ping-fail-pattern"), QStringLiteral("^down\\."),
                              QStringLiteral("--simulate"), QStringLiteral("--tick-ms"), QStringLiteral("500"),
                              QStringLiteral("--enable-control")};
    QCOMPARE(SandboxCommandLine::parse(args, env, &o, &message), SandboxCommandLine::Outcome::Run);
    QCOMPARE(o.port, quint16(0));
    QCOMPARE(o.keys.size(), 2);
    QCOMPARE(o.generate, 100);
    QCOMPARE(o.rateLimit, 0);
    QCOMPARE(o.errorRate, 0.25);
    QCOMPARE(o.pingFailPattern, QStringLiteral("^down\\."));
    QVERIFY(o.simulate && o.enableControl);
    QCOMPARE(o.tickMs, 500);

    // Defaults.
    SandboxOptions d;
    QCOMPARE(SandboxCommandLine::parse({QStringLiteral("sandbox")}, env, &d, &message), SandboxCommandLine::Outcome::Run);
    QCOMPARE(d.rateLimit, 60);
    QCOMPARE(d.pingDelayMs, 200);
    QCOMPARE(d.pingFailPattern, QStringLiteral("\\.invalid$"));
    QCOMPARE(d.tickMs, 2000);
    QVERIFY(!d.enableControl);

    // --keys replaces the environment.
    SandboxOptions k;
    QCOMPARE(SandboxCommandLine::parse({QStringLiteral("sandbox"), QStringLiteral("--keys"),
                                        QStringLiteral("od_live_CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC")},
                                       env, &k, &message),
             SandboxCommandLine::Outcome::Run);
    QCOMPARE(k.keys, QStringList{QStringLiteral("od_live_CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC")});
    QCOMPARE(SandboxCommandLine::parse({QStringLiteral("sandbox"), QStringLiteral("--help")}, env, &k, &message),
             SandboxCommandLine::Outcome::ShowHelp);
    QVERIFY(SandboxCommandLine::helpText().contains(QLatin1String("--ping-fail-pattern")));
}

void TestSandboxJson::commandLineErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("keys");
    QTest::addColumn<QString>("expected");
    const QString good = QStringLiteral("od_live_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    QTest::newRow("no key") << QStringList() << QString() << "no API key";
    QTest::newRow("only commas") << QStringList() << ", ," << "no API key";
    QTest::newRow("short key") << QStringList() << "od_live_short" << "has 5 characters";
    QTest::newRow("duplicate key") << QStringList() << good + QLatin1Char(',') + good << "listed twice";
    QTest::newRow("port") << QStringList{QStringLiteral("--port"), QStringLiteral("70000")} << good << "--port 70000";
    QTest::newRow("rate") << QStringList{QStringLiteral("--drop-rate"), QStringLiteral("1.5")} << good << "share from 0 to 1";
    QTest::newRow("regex") << QStringList{QStringLiteral("--ping-fail-pattern"), QStringLiteral("(")} << good << "regular expression";
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")} << good << "frobnicate";
    QTest::newRow("negative generate") << QStringList{QStringLiteral("--generate"), QStringLiteral("-1")} << good << "--generate";
}

void TestSandboxJson::commandLineErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, keys);
    QFETCH(QString, expected);
    QProcessEnvironment env;
    env.insert(QStringLiteral("OPTIMALDIAL_SANDBOX_KEYS"), keys);
    SandboxOptions o;
    QString message;
    QCOMPARE(SandboxCommandLine::parse(QStringList{QStringLiteral("sandbox")} + args, env, &o, &message),
             SandboxCommandLine::Outcome::Error);
    QVERIFY2(message.contains(expected), qPrintable(message));
}

void TestSandboxJson::keyErrorsNeverShowTheWholeKey()
{
    const QString secretish = QStringLiteral("od_live_TopSecretTopSecretTopSecretTopSecretX");
    QProcessEnvironment env;
    env.insert(QStringLiteral("OPTIMALDIAL_SANDBOX_KEYS"), secretish);
    SandboxOptions o;
    QString message;
    QCOMPARE(SandboxCommandLine::parse({QStringLiteral("sandbox")}, env, &o, &message), SandboxCommandLine::Outcome::Error);
    QVERIFY(message.contains(QLatin1String("od_live_TopS")));
    QVERIFY2(!message.contains(secretish.left(13)), qPrintable(message));
}

QTEST_APPLESS_MAIN(TestSandboxJson)
#include "tst_sandbox_json.moc"
