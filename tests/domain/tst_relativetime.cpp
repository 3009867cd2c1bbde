// RelativeTime::text: the calendar days of "yesterday" and "n days ago" are counted in
// the system's time zone, across daylight-saving changes, as the C library's local time
// counts them; a change of the system's zone shows with the next `now`.

#include "relativetime.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <ctime>

class TestRelativeTime : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void recentTimesAreMinutesAndHours();
    void daysAreCountedInTheLocalZoneAcrossDaylightSaving();
    void aNewZoneShowsWithTheNextNow();

private:
    static void setZone(const char *tz)
    {
        qputenv("TZ", tz);
        tzset();
    }
    // The text the days should give, from the C library's local time.
    static QString expectedDaysText(const QDateTime &when, const QDateTime &now)
    {
        const QDate day = when.toLocalTime().date();
        const qint64 days = std::max<qint64>(1, day.daysTo(now.toLocalTime().date()));
        if (days == 1)
            return QStringLiteral("yesterday");
        if (days <= RelativeTime::MaxRelativeDays)
            return QStringLiteral("%1 days ago").arg(days);
        return RelativeTime::dateText(day);
    }
};

void TestRelativeTime::initTestCase() { setZone("Europe/Berlin"); }

void TestRelativeTime::recentTimesAreMinutesAndHours()
{
    const QDateTime now = QDateTime(QDate(2026, 3, 29), QTime(0, 30), Qt::UTC);
    QCOMPARE(RelativeTime::text(now.addSecs(-20), now), QStringLiteral("just now"));
    QCOMPARE(RelativeTime::text(now.addSecs(-5 * 60), now), QStringLiteral("5 min ago"));
    QCOMPARE(RelativeTime::text(now.addSecs(-3 * 3600 - 5), now), QStringLiteral("3 h ago"));
    QCOMPARE(RelativeTime::text(QDateTime(), now), RelativeTime::nullText());
}

void TestRelativeTime::daysAreCountedInTheLocalZoneAcrossDaylightSaving()
{
    // Berlin moved its clocks forward on 2026-03-29 and back on 2026-10-25. "now" just
    // after local midnight and late in the evening, on and after those days.
    const QList<QDateTime> nows = {
        QDateTime(QDate(2026, 3, 29), QTime(22, 10), Qt::UTC), // 00:10 local, 30 March
        QDateTime(QDate(2026, 4, 2), QTime(21, 50), Qt::UTC),  // 23:50 local
        QDateTime(QDate(2026, 10, 25), QTime(23, 5), Qt::UTC), // 00:05 local, 26 October
        QDateTime(QDate(2026, 11, 3), QTime(12, 0), Qt::UTC),
    };
    int checked = 0;
    for (const QDateTime &now : nows) {
        for (qint64 back = 24 * 3600; back <= 40LL * 24 * 3600; back += 37 * 60) {
            const QDateTime when = now.addSecs(-back);
            const QString text = RelativeTime::text(when, now);
            QVERIFY2(text == expectedDaysText(when, now),
                     qPrintable(when.toString(Qt::ISODate) + QStringLiteral(" from ") + now.toString(Qt::ISODate)
                                + QStringLiteral(": ") + text + QStringLiteral(", not ")
                                + expectedDaysText(when, now)));
            ++checked;
        }
    }
    QVERIFY(checked > 5000);
}

void TestRelativeTime::aNewZoneShowsWithTheNextNow()
{
    // 23:30 UTC on 1 June is 01:30 on 2 June in Berlin and 11:30 on 2 June in Auckland;
    // 20:00 UTC on 31 May is 22:00 on 31 May in Berlin and 08:00 on 1 June in Auckland.
    const QDateTime when = QDateTime(QDate(2026, 5, 31), QTime(20, 0), Qt::UTC);
    const QDateTime now = QDateTime(QDate(2026, 6, 1), QTime(23, 30), Qt::UTC);
    QCOMPARE(RelativeTime::text(when, now), QStringLiteral("2 days ago"));
    setZone("Pacific/Auckland");
    const QDateTime later = now.addSecs(60);
    QCOMPARE(RelativeTime::text(when, later), QStringLiteral("yesterday"));
    setZone("Europe/Berlin");
}

QTEST_GUILESS_MAIN(TestRelativeTime)
#include "tst_relativetime.moc"
