// Exports: RFC 4180 CSV (quoting, CRLF, UTF-8) read back field by field with a real CSV
// parser (Python's csv module), JSON read back with QJsonDocument, the API's field names
// and ISO 8601 UTC times, no secret anywhere, and the file written atomically with a
// plain error for a path that cannot be written.
#include "csvwriter.h"
#include "deliveryexport.h"
#include "endpointexport.h"
#include "exportfile.h"
#include "jsontablewriter.h"
#include "pythoncsv.h"
#include "webhookdelivery.h"
#include "webhookendpoint.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms = 0)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone::utc());
#else
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
#endif
}

// Endpoints whose text tries every way to break a CSV.
QList<WebhookEndpoint> hostileEndpoints()
{
    WebhookEndpoint a;
    a.id = QStringLiteral("11111111-1111-4111-8111-111111111111");
    a.userId = QStringLiteral("22222222-2222-4222-8222-222222222222");
    a.organizationId = QStringLiteral("33333333-3333-4333-8333-333333333333");
    a.url = QStringLiteral("https://hooks.example.com/a?x=1,y=2");
    a.description = QStringLiteral(
        "Comma, \"quotes\" and\r\na new line; \u65e5\u672c\u8a9e, \u0420\u0443\u0441\u0441\u043a\u0438\u0439, "
        "\u0627\u0644\u0639\u0631\u0628\u064a\u0629 \U0001F680");
    a.events = EventType::UploadCompleted | EventType::UploadFailed;
    a.isActive = true;
    a.consecutiveFailures = 7;
    a.createdAt = utc(2026, 11, 1, 10, 0, 0);
    a.updatedAt = utc(2026, 11, 2, 11, 30, 15, 250);
    a.lastSuccessAt = utc(2026, 12, 4, 8, 15, 3);
    a.lastFailureAt = utc(2026, 12, 4, 9, 59, 59);

    WebhookEndpoint b;
    b.id = QStringLiteral("44444444-4444-4444-8444-444444444444");
    b.userId = a.userId;
    b.organizationId = a.organizationId;
    b.url = QStringLiteral("https://b.example.org/\u00fcber");
    b.description = QString(); // null
    b.events = EventType::UploadCreated;
    b.unknownEvents = {QStringLiteral("upload.archived")};
    b.isActive = false;
    b.consecutiveFailures = 20;
    b.createdAt = utc(2026, 10, 1, 0, 0, 0);
    b.updatedAt = b.createdAt;
    b.disabledAt = utc(2026, 12, 1, 7, 0, 0);

    WebhookEndpoint c = b;
    c.id = QStringLiteral("55555555-5555-4555-8555-555555555555");
    c.description = QStringLiteral(" leading and trailing space \"\" ");
    c.isActive = true;
    c.consecutiveFailures = 0;
    c.disabledAt = QDateTime();
    return {a, b, c};
}

QJsonArray readWithPython(const QString &path, QString *error)
{
    QJsonArray rows;
    for (const QStringList &row : PythonCsv::read(path, error))
        rows.append(QJsonArray::fromStringList(row));
    return rows;
}

QStringList strings(const QJsonArray &a)
{
    QStringList out;
    for (const QJsonValue &v : a)
        out.append(v.toString());
    return out;
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private slots:
    void csvFieldQuoting_data();
    void csvFieldQuoting();
    void csvRecordsEndWithCrlf();
    void endpointsUseTheApiFieldNames();
    void endpointCsvReadsBackWithPython();
    void endpointJsonReadsBack();
    void deliveriesReadBack();
    void emptyTables();
    void formatFromNameOrFilter();
    void defaultNameHasProfileAndDate();
    void unwritablePathIsAPlainError();
    void writeReplacesAtomically();
};

void TestExport::csvFieldQuoting_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("plain") << QStringLiteral("abc") << QStringLiteral("abc");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("lf") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    QTest::newRow("cr") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
    QTest::newRow("spaces") << QStringLiteral(" a ") << QStringLiteral("\" a \"");
    QTest::newRow("non-latin") << QStringLiteral("\u65e5\u672c") << QStringLiteral("\u65e5\u672c");
}

void TestExport::csvFieldQuoting()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(CsvWriter::field(in), out);
}

void TestExport::csvRecordsEndWithCrlf()
{
    ExportTable t;
    t.fields = {QStringLiteral("a"), QStringLiteral("b")};
    t.rows = {{QJsonValue(1), QJsonValue(true)}, {QJsonValue(), QJsonArray{QStringLiteral("x"), QStringLiteral("y")}}};
    QCOMPARE(CsvWriter::write(t), QByteArray("a,b\r\n1,true\r\n,x y\r\n"));
}

void TestExport::endpointsUseTheApiFieldNames()
{
    const QStringList fields = EndpointExport::fields();
    QCOMPARE(fields.mid(0, 7),
             QStringList({QStringLiteral("id"), QStringLiteral("url"), QStringLiteral("description"),
                          QStringLiteral("events"), QStringLiteral("is_active"), QStringLiteral("consecutive_failures"),
                          QStringLiteral("last_success_at")}));
    // Every field of the contract's WebhookEndpoint, once; nothing else (no secret).
    QStringList sorted = fields;
    sorted.sort();
    QCOMPARE(
        sorted,
        QStringList({QStringLiteral("consecutive_failures"), QStringLiteral("created_at"),
                     QStringLiteral("description"), QStringLiteral("disabled_at"), QStringLiteral("events"),
                     QStringLiteral("id"), QStringLiteral("is_active"), QStringLiteral("last_failure_at"),
                     QStringLiteral("last_success_at"), QStringLiteral("organization_id"), QStringLiteral("updated_at"),
                     QStringLiteral("url"), QStringLiteral("user_id"), QStringLiteral("verified_at")}));
    QStringList deliverySorted = DeliveryExport::fields();
    deliverySorted.sort();
    QCOMPARE(deliverySorted,
             QStringList({QStringLiteral("attempt_count"), QStringLiteral("created_at"), QStringLiteral("delivered_at"),
                          QStringLiteral("event_id"), QStringLiteral("event_type"), QStringLiteral("id"),
                          QStringLiteral("last_attempt_at"), QStringLiteral("last_error"),
                          QStringLiteral("last_response_status"), QStringLiteral("next_retry_at"),
                          QStringLiteral("status"), QStringLiteral("webhook_endpoint_id")}));
}

void TestExport::endpointCsvReadsBackWithPython()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("endpoints.csv"));
    const QList<WebhookEndpoint> endpoints = hostileEndpoints();
    QString error;
    QVERIFY(
        ExportFile::write(path, ExportFile::encode(EndpointExport::table(endpoints), ExportFile::Format::Csv), &error));
    QFile raw(path);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    const QByteArray bytes = raw.readAll();
    QVERIFY(!bytes.startsWith("\xEF\xBB\xBF")); // no BOM
    QVERIFY(bytes.endsWith("\r\n"));

    const QJsonArray rows = readWithPython(path, &error);
    QVERIFY2(!rows.isEmpty(), qPrintable(error));
    QCOMPARE(rows.size(), endpoints.size() + 1);
    QCOMPARE(strings(rows.at(0).toArray()), EndpointExport::fields());
    const QStringList expected[] = {
        {endpoints[0].id, endpoints[0].url, endpoints[0].description, QStringLiteral("upload.completed upload.failed"),
         QStringLiteral("true"), QStringLiteral("7"), QStringLiteral("2026-12-04T08:15:03Z"),
         QStringLiteral("2026-12-04T09:59:59Z"), QString(), QString(), QStringLiteral("2026-11-01T10:00:00Z"),
         QStringLiteral("2026-11-02T11:30:15.250Z"), endpoints[0].userId, endpoints[0].organizationId},
        {endpoints[1].id, endpoints[1].url, QString(), QStringLiteral("upload.created upload.archived"),
         QStringLiteral("false"), QStringLiteral("20"), QString(), QString(), QStringLiteral("2026-12-01T07:00:00Z"),
         QString(), QStringLiteral("2026-10-01T00:00:00Z"), QStringLiteral("2026-10-01T00:00:00Z"), endpoints[1].userId,
         endpoints[1].organizationId},
    };
    for (int r = 0; r < 2; ++r) {
        const QStringList got = strings(rows.at(r + 1).toArray());
        QCOMPARE(got.size(), expected[r].size());
        for (int c = 0; c < got.size(); ++c)
            QVERIFY2(got.at(c) == expected[r].at(c),
                     qPrintable(QStringLiteral("row %1 %2: %3 != %4")
                                    .arg(r)
                                    .arg(EndpointExport::fields().at(c), got.at(c), expected[r].at(c))));
    }
    QCOMPARE(strings(rows.at(3).toArray()).at(2), endpoints[2].description); // spaces and quotes kept
    QVERIFY(!bytes.toLower().contains("secret"));
}

void TestExport::endpointJsonReadsBack()
{
    const QList<WebhookEndpoint> endpoints = hostileEndpoints();
    const QByteArray json = ExportFile::encode(EndpointExport::table(endpoints), ExportFile::Format::Json);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
    const QJsonArray array = doc.array();
    QCOMPARE(array.size(), endpoints.size());
    const QJsonObject a = array.at(0).toObject();
    QCOMPARE(a.keys().size(), EndpointExport::fields().size());
    QCOMPARE(a.value(QLatin1String("id")).toString(), endpoints[0].id);
    QCOMPARE(a.value(QLatin1String("description")).toString(), endpoints[0].description);
    QCOMPARE(a.value(QLatin1String("events")).toArray(),
             QJsonArray({QStringLiteral("upload.completed"), QStringLiteral("upload.failed")}));
    QCOMPARE(a.value(QLatin1String("is_active")), QJsonValue(true));
    QCOMPARE(a.value(QLatin1String("consecutive_failures")), QJsonValue(7));
    QCOMPARE(a.value(QLatin1String("updated_at")).toString(), QStringLiteral("2026-11-02T11:30:15.250Z"));
    QVERIFY(a.value(QLatin1String("verified_at")).isNull());
    const QJsonObject b = array.at(1).toObject();
    QVERIFY(b.value(QLatin1String("description")).isNull());
    QCOMPARE(b.value(QLatin1String("events")).toArray(),
             QJsonArray({QStringLiteral("upload.created"), QStringLiteral("upload.archived")}));
    // The fields in the table's order, as written.
    QVERIFY(json.indexOf("\"id\"") < json.indexOf("\"url\""));
    QVERIFY(json.indexOf("\"url\"") < json.indexOf("\"organization_id\""));
}

void TestExport::deliveriesReadBack()
{
    WebhookDelivery d;
    d.id = QStringLiteral("d0000000-0000-4000-8000-000000000001");
    d.webhookEndpointId = QStringLiteral("11111111-1111-4111-8111-111111111111");
    d.eventId = QStringLiteral("e0000000-0000-4000-8000-000000000001");
    d.eventType = QStringLiteral("upload.failed");
    d.statusText = QStringLiteral("pending");
    d.status = WebhookDelivery::Status::Pending;
    d.attemptCount = 3;
    d.createdAt = utc(2026, 12, 4, 9, 0, 0);
    d.lastAttemptAt = utc(2026, 12, 4, 9, 6, 0, 5);
    d.nextRetryAt = utc(2026, 12, 4, 9, 36, 0);
    d.hasLastResponseStatus = true;
    d.lastResponseStatus = 502;
    d.lastError = QStringLiteral("HTTP 502 Bad Gateway, \"upstream\"\nsecond line \u00e9");
    WebhookDelivery e = d;
    e.id = QStringLiteral("d0000000-0000-4000-8000-000000000002");
    e.hasLastResponseStatus = false;
    e.lastResponseStatus = 0;
    e.lastError = QString();
    e.statusText = QStringLiteral("delivered");
    e.deliveredAt = utc(2026, 12, 4, 9, 1, 0);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("deliveries.csv"));
    QString error;
    const ExportTable table = DeliveryExport::table({d, e});
    QVERIFY(ExportFile::write(path, ExportFile::encode(table, ExportFile::Format::Csv), &error));
    const QJsonArray rows = readWithPython(path, &error);
    QVERIFY2(rows.size() == 3, qPrintable(error));
    QCOMPARE(strings(rows.at(0).toArray()), DeliveryExport::fields());
    const QStringList first = strings(rows.at(1).toArray());
    const QStringList expected = {d.id,
                                  d.webhookEndpointId,
                                  d.eventId,
                                  d.eventType,
                                  QStringLiteral("pending"),
                                  QStringLiteral("3"),
                                  QStringLiteral("502"),
                                  d.lastError,
                                  QStringLiteral("2026-12-04T09:36:00Z"),
                                  QStringLiteral("2026-12-04T09:00:00Z"),
                                  QStringLiteral("2026-12-04T09:06:00.005Z"),
                                  QString()};
    QCOMPARE(first, expected);
    const QStringList second = strings(rows.at(2).toArray());
    QCOMPARE(second.at(6), QString()); // null status
    QCOMPARE(second.at(7), QString()); // null error
    QCOMPARE(second.at(11), QStringLiteral("2026-12-04T09:01:00Z"));

    const QJsonArray json = QJsonDocument::fromJson(ExportFile::encode(table, ExportFile::Format::Json)).array();
    QCOMPARE(json.size(), 2);
    QCOMPARE(json.at(0).toObject().value(QLatin1String("last_error")).toString(), d.lastError);
    QCOMPARE(json.at(0).toObject().value(QLatin1String("last_response_status")), QJsonValue(502));
    QVERIFY(json.at(1).toObject().value(QLatin1String("last_response_status")).isNull());
    QVERIFY(json.at(1).toObject().value(QLatin1String("last_error")).isNull());
    QCOMPARE(json.at(1).toObject().value(QLatin1String("status")).toString(), QStringLiteral("delivered"));
}

void TestExport::emptyTables()
{
    const ExportTable table = EndpointExport::table({});
    QCOMPARE(CsvWriter::write(table),
             (EndpointExport::fields().join(QLatin1Char(',')) + QLatin1String("\r\n")).toUtf8());
    const QJsonDocument doc = QJsonDocument::fromJson(JsonTableWriter::write(table));
    QVERIFY(doc.isArray());
    QCOMPARE(doc.array().size(), 0);
}

void TestExport::formatFromNameOrFilter()
{
    QCOMPARE(ExportFile::formatFor(QStringLiteral("/tmp/a.json")), ExportFile::Format::Json);
    QCOMPARE(ExportFile::formatFor(QStringLiteral("/tmp/a.JSON"), ExportFile::csvFilter()), ExportFile::Format::Json);
    QCOMPARE(ExportFile::formatFor(QStringLiteral("/tmp/a.csv"), ExportFile::jsonFilter()), ExportFile::Format::Csv);
    QCOMPARE(ExportFile::formatFor(QStringLiteral("/tmp/a"), ExportFile::jsonFilter()), ExportFile::Format::Json);
    QCOMPARE(ExportFile::formatFor(QStringLiteral("/tmp/a")), ExportFile::Format::Csv);
    QCOMPARE(ExportFile::withExtension(QStringLiteral("/tmp/a"), ExportFile::Format::Json),
             QStringLiteral("/tmp/a.json"));
    QCOMPARE(ExportFile::withExtension(QStringLiteral("/tmp/a.txt"), ExportFile::Format::Json),
             QStringLiteral("/tmp/a.txt"));
}

void TestExport::defaultNameHasProfileAndDate()
{
    QCOMPARE(ExportFile::defaultName(QStringLiteral("webhooks"), QStringLiteral("acme"), QDate(2026, 12, 4),
                                     ExportFile::Format::Csv),
             QStringLiteral("optimaldial-webhooks-acme-2026-12-04.csv"));
    QCOMPARE(ExportFile::defaultName(QStringLiteral("webhooks"), QStringLiteral("Acme / EU prod"), QDate(2026, 12, 4),
                                     ExportFile::Format::Json),
             QStringLiteral("optimaldial-webhooks-Acme-EU-prod-2026-12-04.json"));
    QCOMPARE(
        ExportFile::defaultName(QStringLiteral("deliveries"), QString(), QDate(2026, 1, 2), ExportFile::Format::Csv),
        QStringLiteral("optimaldial-deliveries-2026-01-02.csv"));
    QCOMPARE(ExportFile::defaultName(QStringLiteral("webhooks"), QStringLiteral("../..\\x"), QDate(2026, 1, 2),
                                     ExportFile::Format::Csv),
             QStringLiteral("optimaldial-webhooks-x-2026-01-02.csv"));
}

void TestExport::unwritablePathIsAPlainError()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no/such/folder/out.csv"));
    QString error;
    QVERIFY(!ExportFile::write(path, QByteArray("x"), &error));
    QVERIFY2(error.startsWith(QStringLiteral("Cannot write ")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("out.csv")), qPrintable(error));
    QVERIFY(!QFile::exists(path));
}

void TestExport::writeReplacesAtomically()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.json"));
    QString error;
    QVERIFY(ExportFile::write(path, QByteArray("first"), &error));
    QVERIFY(ExportFile::write(path, QByteArray("second"), &error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("second"));
    // Nothing left beside it (no temporary file).
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList({QStringLiteral("out.json")}));
}

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
