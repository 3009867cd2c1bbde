#include "isotime.h"

namespace IsoTime {
namespace {

// Days since 1970-01-01 <-> civil date, proleptic Gregorian (H. Hinnant's algorithms).
qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

void civilFromDays(qint64 z, qint64 *y, unsigned *m, unsigned *d)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    *d = doy - (153 * mp + 2) / 5 + 1;
    *m = mp < 10 ? mp + 3 : mp - 9;
    *y = qint64(yoe) + era * 400 + (*m <= 2);
}

qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

char *putDigits(char *p, qint64 value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        p[i] = char('0' + value % 10);
        value /= 10;
    }
    return p + width;
}

bool isLeap(qint64 y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

unsigned daysInMonth(qint64 y, unsigned m)
{
    static const unsigned days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : days[m - 1];
}

bool digitsAt(QStringView s, qsizetype pos, int count, int *value)
{
    if (pos + count > s.size())
        return false;
    int v = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = s[pos + i].unicode();
        if (c < u'0' || c > u'9')
            return false;
        v = v * 10 + (c - u'0');
    }
    *value = v;
    return true;
}

} // namespace

void append(QByteArray &out, qint64 us)
{
    const qint64 days = floorDiv(us, UsPerDay);
    qint64 rest = us - days * UsPerDay;
    qint64 year = 0;
    unsigned month = 0, day = 0;
    civilFromDays(days, &year, &month, &day);
    const qint64 fraction = rest % UsPerSecond;
    rest /= UsPerSecond;
    char buf[40];
    char *p = buf;
    if (year < 0 || year > 9999) // not expected, but never emit garbage
        year = qBound(qint64(0), year, qint64(9999));
    p = putDigits(p, year, 4);
    *p++ = '-';
    p = putDigits(p, month, 2);
    *p++ = '-';
    p = putDigits(p, day, 2);
    *p++ = 'T';
    p = putDigits(p, rest / 3600, 2);
    *p++ = ':';
    p = putDigits(p, (rest / 60) % 60, 2);
    *p++ = ':';
    p = putDigits(p, rest % 60, 2);
    if (fraction != 0) {
        *p++ = '.';
        p = putDigits(p, fraction, 6);
    }
    *p++ = 'Z';
    out.append(buf, p - buf);
}

QByteArray format(qint64 us)
{
    QByteArray out;
    append(out, us);
    return out;
}

bool parse(QStringView s, qint64 *us)
{
    int year, month, day, hour, minute, second;
    if (s.size() < 20 || !digitsAt(s, 0, 4, &year) || s[4] != u'-' || !digitsAt(s, 5, 2, &month) || s[7] != u'-'
        || !digitsAt(s, 8, 2, &day) || (s[10] != u'T' && s[10] != u't') || !digitsAt(s, 11, 2, &hour)
        || s[13] != u':' || !digitsAt(s, 14, 2, &minute) || s[16] != u':' || !digitsAt(s, 17, 2, &second))
        return false;
    if (month < 1 || month > 12 || day < 1 || unsigned(day) > daysInMonth(year, unsigned(month)) || hour > 23
        || minute > 59 || second > 59)
        return false;
    qsizetype pos = 19;
    qint64 fraction = 0;
    if (s[pos] == u'.') {
        ++pos;
        int n = 0;
        while (pos < s.size() && s[pos] >= u'0' && s[pos] <= u'9') {
            if (n < 6)
                fraction = fraction * 10 + (s[pos].unicode() - u'0');
            ++n;
            ++pos;
        }
        if (n == 0)
            return false;
        for (int i = n; i < 6; ++i)
            fraction *= 10;
    }
    qint64 offsetMinutes = 0;
    if (pos < s.size() && (s[pos] == u'Z' || s[pos] == u'z')) {
        ++pos;
    } else if (pos < s.size() && (s[pos] == u'+' || s[pos] == u'-')) {
        const bool negative = s[pos] == u'-';
        int oh, om;
        if (!digitsAt(s, pos + 1, 2, &oh) || pos + 3 >= s.size() || s[pos + 3] != u':'
            || !digitsAt(s, pos + 4, 2, &om) || oh > 23 || om > 59)
            return false;
        offsetMinutes = (negative ? -1 : 1) * (oh * 60 + om);
        pos += 6;
    } else {
        return false; // a time zone is required
    }
    if (pos != s.size())
        return false;
    const qint64 days = daysFromCivil(year, unsigned(month), unsigned(day));
    const qint64 seconds = days * 86400 + hour * 3600 + minute * 60 + second - offsetMinutes * 60;
    *us = seconds * UsPerSecond + fraction;
    return true;
}

} // namespace IsoTime
