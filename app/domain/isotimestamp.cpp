#include "isotimestamp.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace IsoTimestamp {
namespace {

int digits(QStringView s, qsizetype pos, int count, bool *ok)
{
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = s[pos + i].unicode();
        if (c < u'0' || c > u'9') {
            *ok = false;
            return 0;
        }
        value = value * 10 + (c - u'0');
    }
    return value;
}

bool isLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int daysInMonth(int y, int m)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : days[m - 1];
}

// Days from 1970-01-01 to y-m-d in the proleptic Gregorian calendar (H. Hinnant).
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = unsigned((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1);
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

QDateTime fail(QString *error, const char *why)
{
    if (error)
        *error = QCoreApplication::translate("IsoTimestamp", why);
    return {};
}

} // namespace

QDateTime parse(QStringView s, QString *error)
{
    // YYYY-MM-DDTHH:MM:SS
    if (s.size() < 20)
        return fail(error, "not an ISO 8601 date-time with a time zone");
    bool ok = true;
    const int year = digits(s, 0, 4, &ok);
    const int month = digits(s, 5, 2, &ok);
    const int day = digits(s, 8, 2, &ok);
    const int hour = digits(s, 11, 2, &ok);
    const int minute = digits(s, 14, 2, &ok);
    const int second = digits(s, 17, 2, &ok);
    const char16_t t = s[10].unicode();
    if (!ok || s[4] != u'-' || s[7] != u'-' || (t != u'T' && t != u't' && t != u' ') || s[13] != u':'
        || s[16] != u':')
        return fail(error, "not an ISO 8601 date-time");
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59
        || second > 59)
        return fail(error, "date or time out of range");

    qsizetype pos = 19;
    int millis = 0;
    if (pos < s.size() && (s[pos] == u'.' || s[pos] == u',')) {
        ++pos;
        int n = 0;
        while (pos < s.size() && s[pos] >= u'0' && s[pos] <= u'9') {
            if (n < 3)
                millis = millis * 10 + (s[pos].unicode() - u'0');
            ++n;
            ++pos;
        }
        if (n == 0)
            return fail(error, "fractional seconds without digits");
        for (int i = n; i < 3; ++i)
            millis *= 10;
    }
    if (pos >= s.size())
        return fail(error, "date-time without a time zone");

    int offsetSeconds = 0;
    const char16_t z = s[pos].unicode();
    if (z == u'Z' || z == u'z') {
        ++pos;
    } else if (z == u'+' || z == u'-') {
        const int sign = z == u'-' ? -1 : 1;
        ++pos;
        int oh = 0, om = 0;
        if (s.size() - pos == 5 && s[pos + 2] == u':') {
            oh = digits(s, pos, 2, &ok);
            om = digits(s, pos + 3, 2, &ok);
            pos += 5;
        } else if (s.size() - pos == 4) {
            oh = digits(s, pos, 2, &ok);
            om = digits(s, pos + 2, 2, &ok);
            pos += 4;
        } else if (s.size() - pos == 2) {
            oh = digits(s, pos, 2, &ok);
            pos += 2;
        } else {
            ok = false;
        }
        if (!ok || oh > 23 || om > 59)
            return fail(error, "malformed time zone offset");
        offsetSeconds = sign * (oh * 3600 + om * 60);
    } else {
        return fail(error, "date-time without a time zone");
    }
    if (pos != s.size())
        return fail(error, "unexpected characters after the date-time");

    const qint64 secs = daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second - offsetSeconds;
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime::fromMSecsSinceEpoch(secs * 1000 + millis, QTimeZone::utc());
#else
    return QDateTime::fromMSecsSinceEpoch(secs * 1000 + millis, Qt::UTC);
#endif
}

QString format(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const QDateTime utc = time.toUTC();
    return utc.time().msec() != 0 ? utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"))
                                  : utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

} // namespace IsoTimestamp
