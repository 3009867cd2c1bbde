// IsoTimestamp: the hand-written RFC 3339 parser the codec uses for every timestamp.
#include "isotimestamp.h"
#include "unitsupport.h"

#include <QtTest>

using UnitSupport::utc;

class TestIsoTimestamp : public QObject
{
    Q_OBJECT

private slots:
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void parseWithoutErrorPointer();
    void format_data();
    void format();
    void roundTrip_data();
    void roundTrip();
};

void TestIsoTimestamp::parseValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    auto row = [](const char *text, const QDateTime &expected) {
        QTest::newRow(text) << QString::fromLatin1(text) << expected;
    };

    const QDateTime base = utc(2026, 4, 23, 10, 15, 3);
    row("2026-04-23T10:15:03Z", base);
    row("2026-04-23T10:15:03z", base);
    row("2026-04-23t10:15:03Z", base);
    row("2026-04-23 10:15:03Z", base);
    row("2026-04-23T10:15:03+00:00", base);
    row("2026-04-23T10:15:03-00:00", base);
    row("2026-04-23T12:15:03+02:00", base);
    row("2026-04-23T04:45:03-05:30", base);
    row("2026-04-23T12:15:03+0200", base);
    row("2026-04-23T04:45:03-0530", base);
    row("2026-04-23T12:15:03+02", base);
    row("2026-04-23T05:15:03-05", base);
    row("2026-04-23T23:59:03+13:44", base);
    // Offsets that move the UTC instant to another day, month or year
    row("2026-04-23T01:00:00+02:00", utc(2026, 4, 22, 23, 0, 0));
    row("2026-12-31T23:30:00-01:00", utc(2027, 1, 1, 0, 30, 0));
    row("2026-03-01T00:30:00+01:00", utc(2026, 2, 28, 23, 30, 0));
    row("2024-03-01T00:30:00+01:00", utc(2024, 2, 29, 23, 30, 0));

    // Fractions: 1..9 digits, truncated (not rounded) to milliseconds
    row("2026-04-23T10:15:03.1Z", utc(2026, 4, 23, 10, 15, 3, 100));
    row("2026-04-23T10:15:03.12Z", utc(2026, 4, 23, 10, 15, 3, 120));
    row("2026-04-23T10:15:03.123Z", utc(2026, 4, 23, 10, 15, 3, 123));
    row("2026-04-23T10:15:03.1234Z", utc(2026, 4, 23, 10, 15, 3, 123));
    row("2026-04-23T10:15:03.12345Z", utc(2026, 4, 23, 10, 15, 3, 123));
    row("2026-04-23T10:15:03.123456Z", utc(2026, 4, 23, 10, 15, 3, 123));
    row("2026-04-23T10:15:03.1234567Z", utc(2026, 4, 23, 10, 15, 3, 123));
    row("2026-04-23T10:15:03.12345678Z", utc(2026, 4, 23, 10, 15, 3, 123));
    row("2026-04-23T10:15:03.123456789Z", utc(2026, 4, 23, 10, 15, 3, 123));
    row("2026-04-23T10:15:03.999999999Z", utc(2026, 4, 23, 10, 15, 3, 999));
    row("2026-04-23T10:15:03.05Z", utc(2026, 4, 23, 10, 15, 3, 50));
    row("2026-04-23T10:15:03.007Z", utc(2026, 4, 23, 10, 15, 3, 7));
    row("2026-04-23T10:15:03.0Z", base);
    row("2026-04-23T10:15:03.000001Z", base);
    row("2026-04-23T10:15:03,25Z", utc(2026, 4, 23, 10, 15, 3, 250));
    row("2026-04-23T12:15:03.5+02:00", utc(2026, 4, 23, 10, 15, 3, 500));
    row("2026-04-23T04:45:03.123456-05:30", utc(2026, 4, 23, 10, 15, 3, 123));

    // Calendar edges
    row("2024-02-29T12:00:00Z", utc(2024, 2, 29, 12, 0, 0));
    row("2000-02-29T00:00:00Z", utc(2000, 2, 29, 0, 0, 0));
    row("1970-01-01T00:00:00Z", utc(1970, 1, 1, 0, 0, 0));
    row("1969-12-31T23:59:59Z", utc(1969, 12, 31, 23, 59, 59));
    row("2026-12-31T23:59:59Z", utc(2026, 12, 31, 23, 59, 59));
    row("2026-04-30T00:00:00Z", utc(2026, 4, 30, 0, 0, 0));
    row("2038-01-19T03:14:08Z", utc(2038, 1, 19, 3, 14, 8));
    row("9999-12-31T23:59:59Z", utc(9999, 12, 31, 23, 59, 59));
}

void TestIsoTimestamp::parseValid()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    QVERIFY(expected.isValid());

    QString error = QStringLiteral("untouched");
    const QDateTime t = IsoTimestamp::parse(text, &error);
    QVERIFY2(t.isValid(), qPrintable(error));
    QCOMPARE(t.toMSecsSinceEpoch(), expected.toMSecsSinceEpoch());
    QCOMPARE(t, expected);
    QCOMPARE(t.offsetFromUtc(), 0);
    QCOMPARE(t.toUTC().date(), expected.date());
    QCOMPARE(t.toUTC().time(), expected.time());
}

void TestIsoTimestamp::parseInvalid_data()
{
    QTest::addColumn<QString>("text");
    auto row = [](const char *name, const QString &text) { QTest::newRow(name) << text; };
    auto l = [](const char *text) { return QString::fromLatin1(text); };

    row("empty", QString());
    row("blank", l("                         "));
    row("garbage", l("not a timestamp at all, really"));
    row("date only", l("2026-04-23"));
    row("missing zone", l("2026-04-23T10:15:03"));
    row("missing zone with fraction", l("2026-04-23T10:15:03.123"));
    row("missing zone with long fraction", l("2026-04-23T10:15:03.123456789"));
    row("non-leap 2023-02-29", l("2023-02-29T00:00:00Z"));
    row("non-leap 1900-02-29", l("1900-02-29T00:00:00Z"));
    row("April 31", l("2026-04-31T00:00:00Z"));
    row("month 13", l("2026-13-01T00:00:00Z"));
    row("month 00", l("2026-00-10T00:00:00Z"));
    row("day 00", l("2026-04-00T00:00:00Z"));
    row("day 32", l("2026-01-32T00:00:00Z"));
    row("hour 24", l("2026-04-23T24:00:00Z"));
    row("hour 25", l("2026-04-23T25:00:00Z"));
    row("minute 60", l("2026-04-23T10:60:00Z"));
    row("second 61", l("2026-04-23T10:15:61Z"));
    row("slashes", l("2026/04/23T10:15:03Z"));
    row("dashes in time", l("2026-04-23T10-15-03Z"));
    row("no separator", l("2026-04-23_10:15:03Z"));
    row("basic format", l("20260423T101503Z"));
    row("one-digit month", l("2026-4-23T10:15:03Z"));
    row("one-digit hour", l("2026-04-23T1:15:03Z "));
    row("letters in year", l("20x6-04-23T10:15:03Z"));
    row("sign in field", l("2026-+4-23T10:15:03Z"));
    row("leading space", l(" 2026-04-23T10:15:03Z"));
    row("trailing space", l("2026-04-23T10:15:03Z "));
    row("trailing letter", l("2026-04-23T10:15:03Zx"));
    row("trailing ZZ", l("2026-04-23T10:15:03ZZ"));
    row("offset then Z", l("2026-04-23T10:15:03+02:00Z"));
    row("offset trailing", l("2026-04-23T10:15:03+02:00x"));
    row("fraction without digits", l("2026-04-23T10:15:03.Z"));
    row("fraction with letter", l("2026-04-23T10:15:03.12aZ"));
    row("offset sign only", l("2026-04-23T10:15:03+"));
    row("offset one digit", l("2026-04-23T10:15:03+2"));
    row("offset three digits", l("2026-04-23T10:15:03+020"));
    row("offset h:m one digit", l("2026-04-23T10:15:03+2:00"));
    row("offset 02:0", l("2026-04-23T10:15:03+02:0"));
    row("offset hour 24", l("2026-04-23T10:15:03+24:00"));
    row("offset minute 60", l("2026-04-23T10:15:03+02:60"));
    row("offset letters", l("2026-04-23T10:15:03+0a:00"));
    row("offset other separator", l("2026-04-23T10:15:03+02.00"));
    row("zone name", l("2026-04-23T10:15:03 UTC"));
    row("fullwidth digits", QString::fromUtf8("\xEF\xBC\x92\xEF\xBC\x90\xEF\xBC\x92\xEF\xBC\x96-04-23T10:15:03Z"));
}

void TestIsoTimestamp::parseInvalid()
{
    QFETCH(QString, text);
    QString error;
    const QDateTime t = IsoTimestamp::parse(text, &error);
    QVERIFY2(!t.isValid(), qPrintable(t.toString(Qt::ISODateWithMs)));
    QVERIFY(!error.isEmpty());
}

void TestIsoTimestamp::parseWithoutErrorPointer()
{
    QVERIFY(!IsoTimestamp::parse(u"2026-04-23T10:15:03").isValid());
    QCOMPARE(IsoTimestamp::parse(u"2026-04-23T10:15:03Z"), utc(2026, 4, 23, 10, 15, 3));
}

void TestIsoTimestamp::format_data()
{
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<QString>("text");
    QTest::newRow("whole seconds") << utc(2026, 4, 23, 10, 15, 3) << QStringLiteral("2026-04-23T10:15:03Z");
    QTest::newRow("milliseconds") << utc(2026, 4, 23, 10, 15, 3, 123) << QStringLiteral("2026-04-23T10:15:03.123Z");
    QTest::newRow("leading-zero ms") << utc(2026, 4, 23, 10, 15, 3, 7) << QStringLiteral("2026-04-23T10:15:03.007Z");
    QTest::newRow("offset converted to UTC")
        << QDateTime(QDate(2026, 4, 23), QTime(12, 15, 3), QTimeZone(2 * 3600))
        << QStringLiteral("2026-04-23T10:15:03Z");
    QTest::newRow("invalid") << QDateTime() << QString();
}

void TestIsoTimestamp::format()
{
    QFETCH(QDateTime, time);
    QFETCH(QString, text);
    QCOMPARE(IsoTimestamp::format(time), text);
}

void TestIsoTimestamp::roundTrip_data()
{
    QTest::addColumn<QDateTime>("time");
    QTest::newRow("epoch") << utc(1970, 1, 1, 0, 0, 0);
    QTest::newRow("ms") << utc(2026, 4, 23, 10, 15, 3, 999);
    QTest::newRow("leap day") << utc(2024, 2, 29, 23, 59, 59, 1);
}

void TestIsoTimestamp::roundTrip()
{
    QFETCH(QDateTime, time);
    QCOMPARE(IsoTimestamp::parse(IsoTimestamp::format(time)), time);
}

QTEST_GUILESS_MAIN(TestIsoTimestamp)
#include "tst_isotimestamp.moc"
