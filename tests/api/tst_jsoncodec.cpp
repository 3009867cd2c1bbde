// JsonCodec: decoding what the server sends (never crashing, never guessing) and
// encoding what the client sends; WebhookPatch::between; WebhookEndpoint::state().
#include "jsoncodec.h"
#include "unitsupport.h"

#include <QtTest>

using UnitSupport::deliveryJson;
using UnitSupport::endpointJson;
using UnitSupport::s;
using UnitSupport::toJson;
using UnitSupport::utc;

Q_DECLARE_METATYPE(EventTypes)
Q_DECLARE_METATYPE(WebhookEndpoint::State)
Q_DECLARE_METATYPE(WebhookDelivery::Status)

namespace {

const QJsonValue Missing(QJsonValue::Undefined);
const QJsonValue Null(QJsonValue::Null);

QJsonObject with(QJsonObject o, const QString &field, const QJsonValue &value)
{
    if (value.isUndefined())
        o.remove(field);
    else
        o.insert(field, value);
    return o;
}

QJsonObject parseObject(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        qWarning("not a JSON object: %s", json.constData());
    return doc.object();
}

WebhookEndpoint decodedFixture()
{
    WebhookEndpoint e;
    QString error;
    if (!JsonCodec::decodeEndpoint(endpointJson(), &e, &error))
        qWarning("fixture does not decode: %s", qPrintable(error));
    return e;
}

// The rows shared by the endpoint and the delivery field tables.
void addFieldColumns()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value"); // Undefined: remove the field
    QTest::addColumn<bool>("accepted");
}

void fieldRow(const char *name, const char *field, const QJsonValue &value, bool accepted)
{
    QTest::newRow(name) << QString::fromLatin1(field) << value << accepted;
}

} // namespace

class TestJsonCodec : public QObject
{
    Q_OBJECT

private slots:
    void decodesFullEndpoint();
    void ignoresUnknownFields();
    void endpointField_data();
    void endpointField();
    void unknownEventsAreKeptNotErrors();
    void description_data();
    void description();
    void endpointBody_data();
    void endpointBody();

    void endpointList_data();
    void endpointList();

    void decodesFullDelivery();
    void deliveryStatus_data();
    void deliveryStatus();
    void deliveryNullables();
    void deliveryField_data();
    void deliveryField();
    void deliveryList_data();
    void deliveryList();

    void decodesCreated();
    void created_data();
    void created();

    void encodeCreate_data();
    void encodeCreate();
    void encodePatch_data();
    void encodePatch();

    void patchBetween_data();
    void patchBetween();
    void patchBetweenKeepsUnknownEvents();

    void endpointToJsonRoundTrip();
    void state_data();
    void state();
    void eventTypeNames();
};

void TestJsonCodec::decodesFullEndpoint()
{
    WebhookEndpoint e;
    QString error;
    QVERIFY2(JsonCodec::decodeEndpoint(toJson(endpointJson()), &e, &error), qPrintable(error));
    QCOMPARE(e.id, s("7d1c3b0e-2f4a-4c5e-9a8b-0c1d2e3f4a5b"));
    QCOMPARE(e.userId, s("11111111-2222-3333-4444-555555555555"));
    QCOMPARE(e.organizationId, s("66666666-7777-8888-9999-000000000000"));
    QCOMPARE(e.url, s("https://hooks.example.com/optimaldial"));
    QCOMPARE(e.description, s("Production receiver"));
    QCOMPARE(e.events, EventType::UploadCompleted | EventType::UploadFailed);
    QVERIFY(e.unknownEvents.isEmpty());
    QCOMPARE(e.isActive, true);
    QCOMPARE(e.consecutiveFailures, 3);
    QCOMPARE(e.createdAt, utc(2026, 4, 23, 10, 15, 3));
    QCOMPARE(e.updatedAt, utc(2026, 4, 24, 8, 0, 0, 250));
    QCOMPARE(e.verifiedAt, utc(2026, 4, 23, 10, 15, 4));
    QCOMPARE(e.lastSuccessAt, utc(2026, 4, 24, 7, 30, 0));
    QCOMPARE(e.lastFailureAt, utc(2026, 4, 25, 1, 2, 3, 123));
    QVERIFY(!e.disabledAt.isValid());
}

void TestJsonCodec::ignoresUnknownFields()
{
    QJsonObject o = endpointJson();
    o.insert(QLatin1String("secret_hint"), s("abc"));
    o.insert(QLatin1String("metadata"), QJsonObject{{QLatin1String("a"), 1}});
    o.insert(QLatin1String("future_list"), QJsonArray{1, 2, 3});
    o.insert(QLatin1String("future_null"), Null);
    WebhookEndpoint withExtras;
    WebhookEndpoint plain;
    QString error;
    QVERIFY2(JsonCodec::decodeEndpoint(o, &withExtras, &error), qPrintable(error));
    QVERIFY(JsonCodec::decodeEndpoint(endpointJson(), &plain, &error));
    QVERIFY(withExtras == plain);
}

void TestJsonCodec::endpointField_data()
{
    addFieldColumns();

    // Required fields, missing
    for (const char *f : {"id", "user_id", "organization_id", "url", "events", "is_active", "consecutive_failures",
                          "created_at", "updated_at"}) {
        fieldRow(qPrintable(QStringLiteral("missing %1").arg(QLatin1String(f))), f, Missing, false);
        fieldRow(qPrintable(QStringLiteral("null %1").arg(QLatin1String(f))), f, Null, false);
    }
    // Optional fields, missing or null
    for (const char *f : {"description", "verified_at", "last_success_at", "last_failure_at", "disabled_at"}) {
        fieldRow(qPrintable(QStringLiteral("missing %1").arg(QLatin1String(f))), f, Missing, true);
        fieldRow(qPrintable(QStringLiteral("null %1").arg(QLatin1String(f))), f, Null, true);
    }

    // Wrong types
    fieldRow("id number", "id", 123, false);
    fieldRow("id empty", "id", s(""), false);
    fieldRow("user_id number", "user_id", 5, false);
    fieldRow("organization_id object", "organization_id", QJsonObject(), false);
    fieldRow("url number", "url", 42, false);
    fieldRow("url array", "url", QJsonArray{s("https://a.example")}, false);
    fieldRow("description number", "description", 5, false);
    fieldRow("description array", "description", QJsonArray(), false);
    fieldRow("events object", "events", QJsonObject{{QLatin1String("upload.created"), true}}, false);
    fieldRow("events string", "events", s("upload.created"), false);
    fieldRow("events number item", "events", QJsonArray{s("upload.created"), 3}, false);
    fieldRow("events null item", "events", QJsonArray{Null}, false);
    fieldRow("events empty", "events", QJsonArray(), true);
    fieldRow("is_active string", "is_active", s("true"), false);
    fieldRow("is_active number", "is_active", 1, false);
    fieldRow("is_active false", "is_active", false, true);
    fieldRow("consecutive_failures string", "consecutive_failures", s("3"), false);
    fieldRow("consecutive_failures 3.5", "consecutive_failures", 3.5, false);
    fieldRow("consecutive_failures -1", "consecutive_failures", -1, false);
    fieldRow("consecutive_failures 2^31", "consecutive_failures", 2147483648.0, false);
    fieldRow("consecutive_failures 1e300", "consecutive_failures", 1e300, false);
    fieldRow("consecutive_failures bool", "consecutive_failures", true, false);
    fieldRow("consecutive_failures 0", "consecutive_failures", 0, true);
    fieldRow("consecutive_failures 3.0", "consecutive_failures", 3.0, true);
    fieldRow("consecutive_failures INT_MAX", "consecutive_failures", 2147483647.0, true);
    fieldRow("created_at not a date", "created_at", s("yesterday"), false);
    fieldRow("created_at without zone", "created_at", s("2026-04-23T10:15:03"), false);
    fieldRow("created_at number", "created_at", 1745400000, false);
    fieldRow("updated_at bool", "updated_at", false, false);
    fieldRow("verified_at garbage", "verified_at", s("garbage"), false);
    fieldRow("verified_at number", "verified_at", 0, false);
    fieldRow("last_success_at empty string", "last_success_at", s(""), false);
    fieldRow("last_failure_at object", "last_failure_at", QJsonObject(), false);
    fieldRow("disabled_at set", "disabled_at", s("2026-04-25T00:00:00Z"), true);
    fieldRow("disabled_at array", "disabled_at", QJsonArray(), false);
}

void TestJsonCodec::endpointField()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(bool, accepted);

    WebhookEndpoint e;
    QString error;
    const bool ok = JsonCodec::decodeEndpoint(with(endpointJson(), field, value), &e, &error);
    QVERIFY2(ok == accepted, qPrintable(error));
    if (!accepted) {
        QVERIFY2(error.contains(QLatin1Char('"') + field + QLatin1Char('"')),
                 qPrintable(QStringLiteral("the error does not name the field: ") + error));
    }
    // The same through the byte-level entry point.
    WebhookEndpoint e2;
    QString error2;
    QCOMPARE(JsonCodec::decodeEndpoint(toJson(with(endpointJson(), field, value)), &e2, &error2), accepted);
    if (!accepted)
        QCOMPARE(error2, error);
}

void TestJsonCodec::unknownEventsAreKeptNotErrors()
{
    WebhookEndpoint e;
    QString error;
    const QJsonArray events{s("upload.created"), s("upload.deleted"), s("Upload.Failed"), s("future.thing")};
    QVERIFY2(JsonCodec::decodeEndpoint(with(endpointJson(), s("events"), events), &e, &error), qPrintable(error));
    QCOMPARE(e.events, EventTypes(EventType::UploadCreated));
    QCOMPARE(e.unknownEvents, (QStringList{s("upload.deleted"), s("Upload.Failed"), s("future.thing")}));
}

void TestJsonCodec::description_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("isNull");
    QTest::addColumn<QString>("text");
    QTest::newRow("null") << Null << true << QString();
    QTest::newRow("missing") << Missing << true << QString();
    QTest::newRow("empty") << QJsonValue(s("")) << false << QString();
    QTest::newRow("text") << QJsonValue(s("Staging")) << false << s("Staging");
    QTest::newRow("unicode") << QJsonValue(s("Caf\xC3\xA9 \xF0\x9F\x98\x80")) << false << s("Caf\xC3\xA9 \xF0\x9F\x98\x80");
}

void TestJsonCodec::description()
{
    QFETCH(QJsonValue, value);
    QFETCH(bool, isNull);
    QFETCH(QString, text);
    WebhookEndpoint e;
    QString error;
    QVERIFY2(JsonCodec::decodeEndpoint(toJson(with(endpointJson(), s("description"), value)), &e, &error),
             qPrintable(error));
    QCOMPARE(e.description.isNull(), isNull);
    QCOMPARE(e.description, text);
}

void TestJsonCodec::endpointBody_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("object") << toJson(endpointJson()) << true;
    QTest::newRow("pretty with whitespace") << QJsonDocument(endpointJson()).toJson(QJsonDocument::Indented) << true;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("whitespace") << QByteArray("  \n ") << false;
    QTest::newRow("html") << QByteArray("<html><head><title>502 Bad Gateway</title></head></html>") << false;
    QTest::newRow("truncated") << toJson(endpointJson()).left(60) << false;
    QTest::newRow("list instead of object") << toJson(QJsonArray{endpointJson()}) << false;
    QTest::newRow("scalar") << QByteArray("42") << false;
    QTest::newRow("string") << QByteArray("\"id\"") << false;
    QTest::newRow("null") << QByteArray("null") << false;
    QTest::newRow("wrapped") << toJson(QJsonObject{{QLatin1String("webhook"), endpointJson()}}) << false;
}

void TestJsonCodec::endpointBody()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, accepted);
    WebhookEndpoint e;
    QString error;
    QCOMPARE(JsonCodec::decodeEndpoint(body, &e, &error), accepted);
    QCOMPARE(error.isEmpty(), accepted);
    if (accepted)
        QCOMPARE(e.url, s("https://hooks.example.com/optimaldial"));
}

void TestJsonCodec::endpointList_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("count");          // -1: refused
    QTest::addColumn<QStringList>("mention"); // words the error must contain

    const QJsonObject a = endpointJson(s("a"));
    const QJsonObject b = endpointJson(s("b"));
    QTest::newRow("empty list") << QByteArray("[]") << 0 << QStringList();
    QTest::newRow("two") << toJson(QJsonArray{a, b}) << 2 << QStringList();
    QTest::newRow("object instead of list") << toJson(a) << -1 << QStringList{s("array")};
    QTest::newRow("item 1 without url") << toJson(QJsonArray{a, with(b, s("url"), Missing)}) << -1
                                        << QStringList{s("item 1"), s("\"url\"")};
    QTest::newRow("item 0 wrong is_active") << toJson(QJsonArray{with(a, s("is_active"), s("yes")), b}) << -1
                                            << QStringList{s("item 0"), s("\"is_active\"")};
    QTest::newRow("item 2 not an object") << toJson(QJsonArray{a, b, 42}) << -1 << QStringList{s("item 2")};
    QTest::newRow("item 1 null") << toJson(QJsonArray{a, Null}) << -1 << QStringList{s("item 1")};
    QTest::newRow("not JSON") << QByteArray("Service Unavailable") << -1 << QStringList();
    QTest::newRow("truncated") << toJson(QJsonArray{a, b}).chopped(5) << -1 << QStringList();
    QTest::newRow("empty body") << QByteArray() << -1 << QStringList();
    QTest::newRow("wrapped in object") << toJson(QJsonObject{{QLatin1String("items"), QJsonArray{a}}}) << -1
                                       << QStringList{s("array")};
}

void TestJsonCodec::endpointList()
{
    QFETCH(QByteArray, body);
    QFETCH(int, count);
    QFETCH(QStringList, mention);
    QList<WebhookEndpoint> list;
    QString error;
    const bool ok = JsonCodec::decodeEndpointList(body, &list, &error);
    QVERIFY2(ok == (count >= 0), qPrintable(error));
    if (ok) {
        QCOMPARE(list.size(), count);
        if (count == 2) {
            QCOMPARE(list.at(0).id, s("a"));
            QCOMPARE(list.at(1).id, s("b"));
        }
        return;
    }
    QVERIFY(!error.isEmpty());
    for (const QString &word : mention)
        QVERIFY2(error.contains(word), qPrintable(error));
}

void TestJsonCodec::decodesFullDelivery()
{
    QList<WebhookDelivery> list;
    QString error;
    QVERIFY2(JsonCodec::decodeDeliveryList(toJson(QJsonArray{deliveryJson()}), &list, &error), qPrintable(error));
    QCOMPARE(list.size(), 1);
    const WebhookDelivery &d = list.at(0);
    QCOMPARE(d.id, s("d0000000-0000-4000-8000-000000000001"));
    QCOMPARE(d.webhookEndpointId, s("7d1c3b0e-2f4a-4c5e-9a8b-0c1d2e3f4a5b"));
    QCOMPARE(d.eventId, s("e0000000-0000-4000-8000-0000000000aa"));
    QCOMPARE(d.eventType, s("upload.failed"));
    QCOMPARE(d.status, WebhookDelivery::Status::Pending);
    QCOMPARE(d.statusText, s("pending"));
    QCOMPARE(d.attemptCount, 2);
    QCOMPARE(d.nextRetryAt, utc(2026, 4, 23, 10, 50, 0));
    QCOMPARE(d.createdAt, utc(2026, 4, 23, 10, 15, 0));
    QCOMPARE(d.lastAttemptAt, utc(2026, 4, 23, 10, 20, 0));
    QVERIFY(d.hasLastResponseStatus);
    QCOMPARE(d.lastResponseStatus, 502);
    QCOMPARE(d.lastError, s("Bad Gateway"));
    QVERIFY(!d.deliveredAt.isValid());
}

void TestJsonCodec::deliveryStatus_data()
{
    QTest::addColumn<QString>("wire");
    QTest::addColumn<WebhookDelivery::Status>("status");
    QTest::newRow("pending") << s("pending") << WebhookDelivery::Status::Pending;
    QTest::newRow("in_flight") << s("in_flight") << WebhookDelivery::Status::InFlight;
    QTest::newRow("delivered") << s("delivered") << WebhookDelivery::Status::Delivered;
    QTest::newRow("exhausted") << s("exhausted") << WebhookDelivery::Status::Exhausted;
    QTest::newRow("unknown kept") << s("queued") << WebhookDelivery::Status::Unknown;
    QTest::newRow("case-sensitive") << s("Delivered") << WebhookDelivery::Status::Unknown;
}

void TestJsonCodec::deliveryStatus()
{
    QFETCH(QString, wire);
    QFETCH(WebhookDelivery::Status, status);
    QList<WebhookDelivery> list;
    QString error;
    QVERIFY2(JsonCodec::decodeDeliveryList(toJson(QJsonArray{with(deliveryJson(), s("status"), wire)}), &list, &error),
             qPrintable(error));
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).status, status);
    QCOMPARE(list.at(0).statusText, wire);
}

void TestJsonCodec::deliveryNullables()
{
    QJsonObject nulls = deliveryJson();
    for (const char *f : {"last_attempt_at", "last_response_status", "last_error", "delivered_at"})
        nulls.insert(QLatin1String(f), Null);
    QJsonObject absent = deliveryJson();
    for (const char *f : {"last_attempt_at", "last_response_status", "last_error", "delivered_at"})
        absent.remove(QLatin1String(f));

    for (const QJsonObject &o : {nulls, absent}) {
        QList<WebhookDelivery> list;
        QString error;
        QVERIFY2(JsonCodec::decodeDeliveryList(toJson(QJsonArray{o}), &list, &error), qPrintable(error));
        const WebhookDelivery &d = list.at(0);
        QVERIFY(!d.lastAttemptAt.isValid());
        QVERIFY(!d.hasLastResponseStatus);
        QCOMPARE(d.lastResponseStatus, 0);
        QVERIFY(d.lastError.isNull());
        QVERIFY(!d.deliveredAt.isValid());
    }

    QJsonObject delivered = with(deliveryJson(), s("delivered_at"), s("2026-04-23T10:21:00.5Z"));
    delivered.insert(QLatin1String("last_response_status"), 200);
    delivered.insert(QLatin1String("last_error"), s(""));
    QList<WebhookDelivery> list;
    QString error;
    QVERIFY2(JsonCodec::decodeDeliveryList(toJson(QJsonArray{delivered}), &list, &error), qPrintable(error));
    QCOMPARE(list.at(0).deliveredAt, utc(2026, 4, 23, 10, 21, 0, 500));
    QCOMPARE(list.at(0).lastResponseStatus, 200);
    QVERIFY(list.at(0).hasLastResponseStatus);
    QVERIFY(!list.at(0).lastError.isNull());
}

void TestJsonCodec::deliveryField_data()
{
    addFieldColumns();
    for (const char *f : {"id", "webhook_endpoint_id", "event_id", "event_type", "status", "attempt_count",
                          "next_retry_at", "created_at"}) {
        fieldRow(qPrintable(QStringLiteral("missing %1").arg(QLatin1String(f))), f, Missing, false);
        fieldRow(qPrintable(QStringLiteral("null %1").arg(QLatin1String(f))), f, Null, false);
    }
    fieldRow("attempt_count string", "attempt_count", s("1"), false);
    fieldRow("attempt_count -1", "attempt_count", -1, false);
    fieldRow("attempt_count 1.5", "attempt_count", 1.5, false);
    fieldRow("attempt_count 0", "attempt_count", 0, true);
    fieldRow("last_response_status string", "last_response_status", s("500"), false);
    fieldRow("last_response_status 500.5", "last_response_status", 500.5, false);
    fieldRow("last_error number", "last_error", 5, false);
    fieldRow("event_type number", "event_type", 1, false);
    fieldRow("event_type unknown text", "event_type", s("webhook.ping"), true);
    fieldRow("next_retry_at garbage", "next_retry_at", s("soon"), false);
    fieldRow("last_attempt_at garbage", "last_attempt_at", s("2026-13-01T00:00:00Z"), false);
    fieldRow("delivered_at number", "delivered_at", 1, false);
    fieldRow("status number", "status", 2, false);
}

void TestJsonCodec::deliveryField()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(bool, accepted);
    QList<WebhookDelivery> list;
    QString error;
    const bool ok = JsonCodec::decodeDeliveryList(toJson(QJsonArray{with(deliveryJson(), field, value)}), &list, &error);
    QVERIFY2(ok == accepted, qPrintable(error));
    if (!accepted) {
        QVERIFY2(error.contains(QLatin1Char('"') + field + QLatin1Char('"')), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("item 0")), qPrintable(error));
    }
}

void TestJsonCodec::deliveryList_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("count");
    QTest::addColumn<QStringList>("mention");
    const QJsonObject a = deliveryJson(s("a"));
    QTest::newRow("empty") << QByteArray("[]") << 0 << QStringList();
    QTest::newRow("three, order kept") << toJson(QJsonArray{a, deliveryJson(s("b")), deliveryJson(s("c"))}) << 3
                                       << QStringList();
    QTest::newRow("object instead of list") << toJson(a) << -1 << QStringList{s("array")};
    QTest::newRow("item 3 bad") << toJson(QJsonArray{a, a, a, with(a, s("event_id"), Missing)}) << -1
                                << QStringList{s("item 3"), s("\"event_id\"")};
    QTest::newRow("item 1 a string") << toJson(QJsonArray{a, s("x")}) << -1 << QStringList{s("item 1")};
    QTest::newRow("not JSON") << QByteArray("<html/>") << -1 << QStringList();
    QTest::newRow("empty body") << QByteArray() << -1 << QStringList();
}

void TestJsonCodec::deliveryList()
{
    QFETCH(QByteArray, body);
    QFETCH(int, count);
    QFETCH(QStringList, mention);
    QList<WebhookDelivery> list;
    QString error;
    const bool ok = JsonCodec::decodeDeliveryList(body, &list, &error);
    QVERIFY2(ok == (count >= 0), qPrintable(error));
    if (ok) {
        QCOMPARE(list.size(), count);
        if (count == 3) {
            QCOMPARE(list.at(0).id, s("a"));
            QCOMPARE(list.at(2).id, s("c"));
        }
        return;
    }
    QVERIFY(!error.isEmpty());
    for (const QString &word : mention)
        QVERIFY2(error.contains(word), qPrintable(error));
}

void TestJsonCodec::decodesCreated()
{
    const QString secret = s("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
    QJsonObject o{{QLatin1String("webhook"), endpointJson()}, {QLatin1String("secret"), secret},
                  {QLatin1String("note"), s("ignored")}};
    CreatedWebhook created;
    QString error;
    QVERIFY2(JsonCodec::decodeCreated(toJson(o), &created, &error), qPrintable(error));
    QCOMPARE(created.secret, secret);
    QVERIFY(created.webhook == decodedFixture());
}

void TestJsonCodec::created_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("mention");
    const QString secret = s("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
    const QJsonObject ok{{QLatin1String("webhook"), endpointJson()}, {QLatin1String("secret"), secret}};

    QTest::newRow("without secret") << toJson(with(ok, s("secret"), Missing)) << s("\"secret\"");
    QTest::newRow("null secret") << toJson(with(ok, s("secret"), Null)) << s("\"secret\"");
    QTest::newRow("empty secret") << toJson(with(ok, s("secret"), s(""))) << s("\"secret\"");
    QTest::newRow("numeric secret") << toJson(with(ok, s("secret"), 5)) << s("\"secret\"");
    QTest::newRow("without webhook") << toJson(with(ok, s("webhook"), Missing)) << s("\"webhook\"");
    QTest::newRow("webhook a string") << toJson(with(ok, s("webhook"), s("x"))) << s("\"webhook\"");
    QTest::newRow("webhook without url") << toJson(with(ok, s("webhook"), with(endpointJson(), s("url"), Missing)))
                                         << s("\"url\"");
    QTest::newRow("bare endpoint") << toJson(endpointJson()) << s("\"webhook\"");
    QTest::newRow("array") << toJson(QJsonArray{ok}) << QString();
    QTest::newRow("not JSON") << QByteArray("Internal Server Error") << QString();
    QTest::newRow("empty") << QByteArray() << QString();
}

void TestJsonCodec::created()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, mention);
    CreatedWebhook c;
    QString error;
    QVERIFY(!JsonCodec::decodeCreated(body, &c, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(mention), qPrintable(error));
    QVERIFY(c.secret.isEmpty());
}

void TestJsonCodec::encodeCreate_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("description");
    QTest::addColumn<EventTypes>("events");
    QTest::addColumn<QByteArray>("expected");

    const QString url = s("https://hooks.example.com/x");
    QTest::newRow("url only") << url << QString() << EventTypes() << QByteArray(R"({"url":"https://hooks.example.com/x"})");
    QTest::newRow("empty description omitted") << url << s("") << EventTypes()
                                               << QByteArray(R"({"url":"https://hooks.example.com/x"})");
    QTest::newRow("description") << url << s("Caf\xC3\xA9") << EventTypes()
                                 << QByteArray(R"({"description":"Café","url":"https://hooks.example.com/x"})");
    QTest::newRow("one event") << url << QString() << EventTypes(EventType::UploadFailed)
                               << QByteArray(R"({"events":["upload.failed"],"url":"https://hooks.example.com/x"})");
    QTest::newRow("all, in contract order")
        << url << s("d") << (EventType::UploadFailed | EventType::UploadCreated | EventType::UploadCompleted)
        << QByteArray(R"({"description":"d","events":["upload.created","upload.completed","upload.failed"],)"
                      R"("url":"https://hooks.example.com/x"})");
}

void TestJsonCodec::encodeCreate()
{
    QFETCH(QString, url);
    QFETCH(QString, description);
    QFETCH(EventTypes, events);
    QFETCH(QByteArray, expected);
    WebhookDraft draft;
    draft.url = url;
    draft.description = description;
    draft.events = events;
    QCOMPARE(parseObject(JsonCodec::encodeCreate(draft)), parseObject(expected));
}

void TestJsonCodec::encodePatch_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("nothing") << s("nothing") << QByteArray("{}");
    QTest::newRow("url") << s("url") << QByteArray(R"({"url":"https://new.example.com/h"})");
    QTest::newRow("description") << s("description") << QByteArray(R"({"description":"New text"})");
    QTest::newRow("description cleared (null)") << s("description-null") << QByteArray(R"({"description":""})");
    QTest::newRow("description cleared (empty)") << s("description-empty") << QByteArray(R"({"description":""})");
    QTest::newRow("events") << s("events") << QByteArray(R"({"events":["upload.created","upload.failed"]})");
    QTest::newRow("events + unknown kept") << s("events-unknown")
                                           << QByteArray(R"({"events":["upload.created","upload.deleted"]})");
    QTest::newRow("unknown alone not sent") << s("unknown-only") << QByteArray("{}");
    QTest::newRow("deactivate") << s("inactive") << QByteArray(R"({"is_active":false})");
    QTest::newRow("activate") << s("active") << QByteArray(R"({"is_active":true})");
    QTest::newRow("everything") << s("all")
                                << QByteArray(R"({"url":"https://new.example.com/h","description":"New text",)"
                                              R"("events":["upload.completed"],"is_active":true})");
}

void TestJsonCodec::encodePatch()
{
    QFETCH(QString, what);
    QFETCH(QByteArray, expected);
    WebhookPatch p;
    if (what == QLatin1String("url"))
        p.url = s("https://new.example.com/h");
    else if (what == QLatin1String("description"))
        p.description = s("New text");
    else if (what == QLatin1String("description-null"))
        p.description = QString();
    else if (what == QLatin1String("description-empty"))
        p.description = s("");
    else if (what == QLatin1String("events"))
        p.events = EventType::UploadFailed | EventType::UploadCreated;
    else if (what == QLatin1String("events-unknown")) {
        p.events = EventTypes(EventType::UploadCreated);
        p.otherEvents = QStringList{s("upload.deleted")};
    } else if (what == QLatin1String("unknown-only"))
        p.otherEvents = QStringList{s("upload.deleted")};
    else if (what == QLatin1String("inactive"))
        p.isActive = false;
    else if (what == QLatin1String("active"))
        p.isActive = true;
    else if (what == QLatin1String("all")) {
        p.url = s("https://new.example.com/h");
        p.description = s("New text");
        p.events = EventTypes(EventType::UploadCompleted);
        p.isActive = true;
    }
    QCOMPARE(parseObject(JsonCodec::encodePatch(p)), parseObject(expected));
    QCOMPARE(p.isEmpty(), what == QLatin1String("nothing") || what == QLatin1String("unknown-only"));
    QCOMPARE(p.changesUrl(), what == QLatin1String("url") || what == QLatin1String("all"));
}

void TestJsonCodec::patchBetween_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QByteArray>("expected"); // encodePatch() of the result
    QTest::newRow("nothing") << s("nothing") << QByteArray("{}");
    QTest::newRow("url") << s("url") << QByteArray(R"({"url":"https://other.example.com/"})");
    QTest::newRow("description text") << s("description") << QByteArray(R"({"description":"Edited"})");
    QTest::newRow("description cleared to null") << s("description-null") << QByteArray(R"({"description":""})");
    QTest::newRow("description cleared to empty") << s("description-empty") << QByteArray(R"({"description":""})");
    QTest::newRow("null vs empty: no change") << s("null-vs-empty") << QByteArray("{}");
    QTest::newRow("empty vs null: no change") << s("empty-vs-null") << QByteArray("{}");
    QTest::newRow("events") << s("events") << QByteArray(R"({"events":["upload.created"]})");
    QTest::newRow("deactivate") << s("inactive") << QByteArray(R"({"is_active":false})");
    QTest::newRow("server-side fields ignored") << s("server-fields") << QByteArray("{}");
    QTest::newRow("unknown events alone ignored") << s("unknown-only") << QByteArray("{}");
    QTest::newRow("all four") << s("all")
                              << QByteArray(R"({"url":"https://other.example.com/","description":"Edited",)"
                                            R"("events":["upload.created"],"is_active":false})");
}

void TestJsonCodec::patchBetween()
{
    QFETCH(QString, change);
    QFETCH(QByteArray, expected);
    WebhookEndpoint original = decodedFixture();
    QVERIFY(original.isActive);
    WebhookEndpoint edited = original;
    const bool all = change == QLatin1String("all");
    if (all || change == QLatin1String("url"))
        edited.url = s("https://other.example.com/");
    if (all || change == QLatin1String("description"))
        edited.description = s("Edited");
    if (change == QLatin1String("description-null"))
        edited.description = QString();
    if (change == QLatin1String("description-empty"))
        edited.description = s("");
    if (change == QLatin1String("null-vs-empty")) {
        original.description = QString();
        edited.description = s("");
    }
    if (change == QLatin1String("empty-vs-null")) {
        original.description = s("");
        edited.description = QString();
    }
    if (all || change == QLatin1String("events"))
        edited.events = EventTypes(EventType::UploadCreated);
    if (all || change == QLatin1String("inactive"))
        edited.isActive = false;
    if (change == QLatin1String("server-fields")) {
        edited.consecutiveFailures = 19;
        edited.updatedAt = utc(2030, 1, 1, 0, 0, 0);
        edited.disabledAt = utc(2030, 1, 1, 0, 0, 0);
        edited.verifiedAt = QDateTime();
    }
    if (change == QLatin1String("unknown-only"))
        edited.unknownEvents = QStringList{s("upload.deleted")};

    const WebhookPatch patch = WebhookPatch::between(original, edited);
    QCOMPARE(parseObject(JsonCodec::encodePatch(patch)), parseObject(expected));
    QCOMPARE(patch.isEmpty(), expected == "{}");
    QCOMPARE(patch.changesUrl(), all || change == QLatin1String("url"));
    if (patch.description)
        QVERIFY2(!patch.description->isNull(), "a cleared description must be sent as \"\", not null");
}

void TestJsonCodec::patchBetweenKeepsUnknownEvents()
{
    WebhookEndpoint original = decodedFixture();
    original.unknownEvents = QStringList{s("upload.deleted"), s("future.thing")};
    WebhookEndpoint edited = original;
    edited.events = EventType::UploadCreated | EventType::UploadCompleted;
    const WebhookPatch patch = WebhookPatch::between(original, edited);
    QVERIFY(patch.events.has_value());
    QCOMPARE(*patch.events, EventType::UploadCreated | EventType::UploadCompleted);
    QCOMPARE(patch.otherEvents, original.unknownEvents);
    QCOMPARE(parseObject(JsonCodec::encodePatch(patch)),
             parseObject(R"({"events":["upload.created","upload.completed","upload.deleted","future.thing"]})"));
}

void TestJsonCodec::endpointToJsonRoundTrip()
{
    WebhookEndpoint e = decodedFixture();
    e.unknownEvents = QStringList{s("upload.deleted")};
    e.disabledAt = utc(2026, 5, 1, 0, 0, 0, 5);
    for (const bool nullDescription : {false, true}) {
        if (nullDescription)
            e.description = QString();
        WebhookEndpoint back;
        QString error;
        QVERIFY2(JsonCodec::decodeEndpoint(JsonCodec::endpointToJson(e), &back, &error), qPrintable(error));
        QVERIFY(back == e);
        QCOMPARE(back.description.isNull(), nullDescription);
    }
}

void TestJsonCodec::state_data()
{
    using S = WebhookEndpoint::State;
    QTest::addColumn<bool>("active");
    QTest::addColumn<int>("failures");
    QTest::addColumn<bool>("verified");
    QTest::addColumn<bool>("lastSuccess");
    QTest::addColumn<bool>("disabled");
    QTest::addColumn<S>("state");
    QTest::addColumn<bool>("autoDisabled");

    QTest::newRow("healthy, verified") << true << 0 << true << false << false << S::Healthy << false;
    QTest::newRow("healthy, delivered") << true << 0 << false << true << false << S::Healthy << false;
    QTest::newRow("never verified") << true << 0 << false << false << false << S::NeverVerified << false;
    QTest::newRow("failing") << true << 3 << true << true << false << S::Failing << false;
    QTest::newRow("failing, never verified") << true << 1 << false << false << false << S::Failing << false;
    QTest::newRow("failing, 19") << true << 19 << true << true << false << S::Failing << false;
    QTest::newRow("disabled by server") << false << 20 << true << true << true << S::Disabled << true;
    QTest::newRow("disabled, counter reset") << false << 0 << true << false << true << S::Disabled << true;
    QTest::newRow("inactive by a person") << false << 0 << true << true << false << S::Inactive << false;
    QTest::newRow("inactive with failures") << false << 5 << true << true << false << S::Inactive << false;
    QTest::newRow("reactivated, stale disabled_at") << true << 0 << true << false << true << S::Healthy << false;
}

void TestJsonCodec::state()
{
    QFETCH(bool, active);
    QFETCH(int, failures);
    QFETCH(bool, verified);
    QFETCH(bool, lastSuccess);
    QFETCH(bool, disabled);
    QFETCH(WebhookEndpoint::State, state);
    QFETCH(bool, autoDisabled);
    WebhookEndpoint e;
    e.isActive = active;
    e.consecutiveFailures = failures;
    const QDateTime t = utc(2026, 4, 23, 10, 0, 0);
    e.verifiedAt = verified ? t : QDateTime();
    e.lastSuccessAt = lastSuccess ? t : QDateTime();
    e.disabledAt = disabled ? t : QDateTime();
    QCOMPARE(e.state(), state);
    QCOMPARE(e.isAutoDisabled(), autoDisabled);
}

void TestJsonCodec::eventTypeNames()
{
    const QStringList wire{s("upload.created"), s("upload.completed"), s("upload.failed")};
    QCOMPARE(EventTypeNames::all().size(), 3);
    for (int i = 0; i < 3; ++i) {
        const EventType t = EventTypeNames::all().at(i);
        QCOMPARE(EventTypeNames::toWire(t), wire.at(i));
        EventType back = EventType::UploadFailed;
        QVERIFY(EventTypeNames::fromWire(wire.at(i), &back));
        QCOMPARE(back, t);
        QVERIFY(!EventTypeNames::label(t).isEmpty());
    }
    EventType untouched = EventType::UploadCreated;
    QVERIFY(!EventTypeNames::fromWire(s("Upload.Created"), &untouched));
    QVERIFY(!EventTypeNames::fromWire(s("upload.created "), &untouched));
    QVERIFY(!EventTypeNames::fromWire(QString(), &untouched));
    QCOMPARE(EventTypeNames::toWireList(EventType::UploadFailed | EventType::UploadCreated),
             (QStringList{s("upload.created"), s("upload.failed")}));
    QCOMPARE(EventTypeNames::toWireList(EventTypes()), QStringList());
    QCOMPARE(EventTypeNames::serverDefault(), EventType::UploadCompleted | EventType::UploadFailed);
}

QTEST_GUILESS_MAIN(TestJsonCodec)
#include "tst_jsoncodec.moc"
