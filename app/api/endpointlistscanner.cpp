// scanEndpointList() and the scanner behind it; what it accepts is described in the header.
#include "endpointlistscanner.h"

#include "isotimestamp.h"

#include <QHash>
#include <QtCore/qalgorithms.h>
#include <QtCore/qsimd.h> // QT_COMPILER_USES(sse2), also on MSVC (which lacks __SSE2__)

#include <cstring>

namespace {

// The scanner behind scanEndpointList(), one per body. It stays in this file (internal
// linkage) so that the compiler inlines its small steps into the loops.
class EndpointListScanner
{
public:
    EndpointListScanner(const char *begin, const char *end) : m_p(begin), m_end(end) {}

    bool parse(QList<WebhookEndpoint> *out)
    {
        const char *const start = m_p;
        QList<WebhookEndpoint> items;
        if (!consume('['))
            return false;
        if (!closesAtOnce(']')) {
            for (;;) {
                if (!consume('{'))
                    return false;
                WebhookEndpoint &e = items.emplaceBack();
                if (!parseEndpoint(&e))
                    return false;
                if (items.size() == 256) {
                    // Reserve for the rest from the size of the first items.
                    const double perItem = double(m_p - start) / 256.0;
                    items.reserve(qsizetype(double(m_end - start) / perItem * 1.05) + 16);
                }
                const Next next = afterElement(']');
                if (next == Next::Broken)
                    return false;
                if (next == Next::Closed)
                    break;
            }
        }
        skipSpace();
        if (m_p != m_end)
            return false;
        if (items.capacity() - items.size() > items.size() / 16 + 16)
            items.squeeze();
        *out = std::move(items);
        return true;
    }

private:
    enum Field : quint32 {
        Id = 1u << 0,
        UserId = 1u << 1,
        OrganizationId = 1u << 2,
        Url = 1u << 3,
        Description = 1u << 4,
        Events = 1u << 5,
        IsActive = 1u << 6,
        ConsecutiveFailures = 1u << 7,
        CreatedAt = 1u << 8,
        UpdatedAt = 1u << 9,
        VerifiedAt = 1u << 10,
        LastSuccessAt = 1u << 11,
        LastFailureAt = 1u << 12,
        DisabledAt = 1u << 13,
    };
    static constexpr quint32 Required =
        Id | UserId | OrganizationId | Url | Events | IsActive | ConsecutiveFailures | CreatedAt | UpdatedAt;

    struct Raw
    {
        const char *begin = nullptr;
        qsizetype size = 0;
        bool escaped = false;
        bool ascii = true;
    };

    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }

    bool consume(char c)
    {
        skipSpace();
        if (m_p < m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        return false;
    }

    // Just past an opening bracket: true when `close` follows at once (an empty
    // array or object), then stepped past too.
    bool closesAtOnce(char close)
    {
        skipSpace();
        if (m_p < m_end && *m_p == close) {
            ++m_p;
            return true;
        }
        return false;
    }

    enum class Next { More, Closed, Broken };
    // After an array element or object member: a comma (more follow), the closing
    // bracket, or a syntax error.
    Next afterElement(char close)
    {
        skipSpace();
        if (m_p < m_end && *m_p == ',') {
            ++m_p;
            return Next::More;
        }
        if (m_p < m_end && *m_p == close) {
            ++m_p;
            return Next::Closed;
        }
        return Next::Broken;
    }

    bool literal(const char *word, qsizetype n)
    {
        if (m_end - m_p < n || std::memcmp(m_p, word, size_t(n)) != 0)
            return false;
        m_p += n;
        return true;
    }

    // The bytes of a string whose opening quote is at m_p; m_p ends after the closing one.
    bool scanString(Raw *raw)
    {
        if (m_p >= m_end || *m_p != '"')
            return false;
        ++m_p;
        raw->begin = m_p;
        raw->escaped = false;
        raw->ascii = true;
        for (;;) {
#if QT_COMPILER_USES(sse2)
            // 16 bytes at a time until a quote, a backslash, a control or non-ASCII byte.
            // Without SSE2 (ARM, ...) the loop below reads every byte itself.
            const __m128i quote = _mm_set1_epi8('"');
            const __m128i backslash = _mm_set1_epi8('\\');
            const __m128i space = _mm_set1_epi8(0x20);
            while (m_end - m_p >= 16) {
                const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(m_p));
                // Signed: bytes >= 0x80 are negative, so "< 0x20" catches them too.
                const __m128i special = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)),
                                                     _mm_cmplt_epi8(v, space));
                const int mask = _mm_movemask_epi8(special);
                if (mask) {
                    m_p += qCountTrailingZeroBits(quint32(mask));
                    break;
                }
                m_p += 16;
            }
#endif
            if (m_p >= m_end)
                return false;
            const unsigned char c = static_cast<unsigned char>(*m_p);
            if (c == '"') {
                raw->size = m_p - raw->begin;
                ++m_p;
                return true;
            }
            if (c == '\\') {
                raw->escaped = true;
                m_p += 2; // the escape is checked when decoded
                if (m_p > m_end)
                    return false;
            } else if (c < 0x20) {
                return false; // not JSON; the QJsonDocument path says so
            } else {
                if (c >= 0x80)
                    raw->ascii = false;
                ++m_p;
            }
        }
    }

    // Strict UTF-8 (no overlong forms, no surrogates, nothing above U+10FFFF).
    static bool validUtf8(const unsigned char *s, const unsigned char *end)
    {
        while (s < end) {
            const unsigned c = *s;
            if (c < 0x80) {
                ++s;
                continue;
            }
            int extra;
            char32_t cp;
            if (c >= 0xC2 && c <= 0xDF) {
                extra = 1;
                cp = c & 0x1F;
            } else if (c >= 0xE0 && c <= 0xEF) {
                extra = 2;
                cp = c & 0x0F;
            } else if (c >= 0xF0 && c <= 0xF4) {
                extra = 3;
                cp = c & 0x07;
            } else {
                return false;
            }
            if (end - s <= extra)
                return false;
            for (int i = 1; i <= extra; ++i) {
                if ((s[i] & 0xC0) != 0x80)
                    return false;
                cp = (cp << 6) | (s[i] & 0x3F);
            }
            if ((extra == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (extra == 3 && (cp < 0x10000 || cp > 0x10FFFF)))
                return false;
            s += extra + 1;
        }
        return true;
    }

    static int hexValue(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    // The code unit of a "\uXXXX" escape at p, or -1.
    static int escapedUnit(const char *p, const char *end)
    {
        if (end - p < 6 || p[0] != '\\' || p[1] != 'u')
            return -1;
        int v = 0;
        for (int i = 2; i < 6; ++i) {
            const int h = hexValue(p[i]);
            if (h < 0)
                return -1;
            v = v * 16 + h;
        }
        return v;
    }

    // A run of UTF-8 between escapes. QString::fromUtf8 would drop a byte order mark at
    // the start of the run; here it is text (U+FEFF), as QJsonDocument reads it.
    static bool appendUtf8(QString *out, const char *b, const char *e)
    {
        if (b == e)
            return true;
        if (!validUtf8(reinterpret_cast<const unsigned char *>(b), reinterpret_cast<const unsigned char *>(e)))
            return false;
        while (e - b >= 3 && std::memcmp(b, "\xEF\xBB\xBF", 3) == 0) {
            out->append(QChar(0xFEFF));
            b += 3;
        }
        out->append(QString::fromUtf8(b, e - b));
        return true;
    }

    // QString of a scanned string, as QJsonValue::toString() gives it ("" is empty, not null).
    static bool decode(const Raw &raw, QString *out)
    {
        if (!raw.escaped) {
            if (raw.ascii) {
                *out = raw.size ? QString::fromLatin1(raw.begin, raw.size) : QString(QLatin1String(""));
                return true;
            }
            const auto *b = reinterpret_cast<const unsigned char *>(raw.begin);
            if (!validUtf8(b, b + raw.size))
                return false;
            // Drops a byte order mark at the very start, as QJsonValue::toString() does.
            *out = QString::fromUtf8(raw.begin, raw.size);
            return true;
        }
        QString s;
        s.reserve(raw.size);
        const char *p = raw.begin;
        const char *const end = raw.begin + raw.size;
        const char *run = p;
        while (p < end) {
            if (*p != '\\') {
                ++p;
                continue;
            }
            if (!appendUtf8(&s, run, p) || end - p < 2)
                return false;
            const char k = p[1];
            char16_t unit;
            switch (k) {
            case '"': unit = u'"'; break;
            case '\\': unit = u'\\'; break;
            case '/': unit = u'/'; break;
            case 'b': unit = u'\b'; break;
            case 'f': unit = u'\f'; break;
            case 'n': unit = u'\n'; break;
            case 'r': unit = u'\r'; break;
            case 't': unit = u'\t'; break;
            case 'u': {
                const int v = escapedUnit(p, end);
                if (v < 0)
                    return false;
                unit = char16_t(v);
                if (QChar::isSurrogate(unit)) {
                    // A pair (high, then low) is one character; a lone half is left to QJsonDocument.
                    const int low = QChar::isHighSurrogate(unit) ? escapedUnit(p + 6, end) : -1;
                    if (low < 0 || !QChar::isLowSurrogate(char16_t(low)))
                        return false;
                    s.append(QChar(unit));
                    unit = char16_t(low);
                    p += 6;
                }
                p += 4;
                break;
            }
            default: return false;
            }
            s.append(QChar(unit));
            p += 2;
            run = p;
        }
        if (!appendUtf8(&s, run, end))
            return false;
        *out = std::move(s);
        return true;
    }

    bool string(QString *out)
    {
        Raw raw;
        return scanString(&raw) && decode(raw, out);
    }

    // Strings that many endpoints share (their user and organization, common
    // descriptions) are kept once: the copies share one buffer.
    bool sharedString(QString *out, Raw *last, QString *lastValue)
    {
        Raw raw;
        if (!scanString(&raw))
            return false;
        if (!raw.escaped && last->begin && raw.size == last->size
            && std::memcmp(raw.begin, last->begin, size_t(raw.size)) == 0) {
            *out = *lastValue;
            return true;
        }
        if (!decode(raw, out))
            return false;
        if (!raw.escaped) {
            *last = raw;
            *lastValue = *out;
        }
        return true;
    }

    bool description(QString *out)
    {
        if (m_p < m_end && *m_p == 'n')
            return literal("null", 4); // a null QString, as for a JSON null
        Raw raw;
        if (!scanString(&raw))
            return false;
        if (raw.escaped || raw.size > 1024)
            return decode(raw, out);
        const QByteArrayView bytes(raw.begin, raw.size);
        const auto it = m_descriptions.constFind(bytes);
        if (it != m_descriptions.constEnd()) {
            *out = it.value();
            return true;
        }
        if (!decode(raw, out))
            return false;
        if (m_descriptions.size() < 4096)
            m_descriptions.insert(bytes, *out);
        return true;
    }

    // A timestamp string, or null when `nullable`; null gives an invalid QDateTime.
    bool time(QDateTime *out, bool nullable)
    {
        if (nullable && m_p < m_end && *m_p == 'n')
            return literal("null", 4);
        Raw raw;
        if (!scanString(&raw) || raw.escaped || !raw.ascii || raw.size > 64)
            return false;
        char16_t units[64];
        for (qsizetype i = 0; i < raw.size; ++i)
            units[i] = char16_t(static_cast<unsigned char>(raw.begin[i]));
        *out = IsoTimestamp::parse(QStringView(units, raw.size));
        return out->isValid();
    }

    bool boolean(bool *out)
    {
        if (m_p < m_end && *m_p == 't') {
            *out = true;
            return literal("true", 4);
        }
        *out = false;
        return literal("false", 5);
    }

    // A whole number without sign, fraction or exponent, below 10^9.
    bool count(int *out)
    {
        const char *const begin = m_p;
        int value = 0;
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9') {
            if (m_p - begin == 9)
                return false; // a tenth digit (checked before it could overflow `value`)
            value = value * 10 + (*m_p - '0');
            ++m_p;
        }
        const qsizetype digits = m_p - begin;
        if (digits == 0 || (digits > 1 && *begin == '0'))
            return false;
        if (m_p < m_end && (*m_p == '.' || *m_p == 'e' || *m_p == 'E'))
            return false;
        *out = value;
        return true;
    }

    bool events(WebhookEndpoint *e)
    {
        if (!consume('['))
            return false;
        if (closesAtOnce(']'))
            return true;
        static const struct Known
        {
            QByteArray wire;
            EventType type;
        } known[] = {
            {EventTypeNames::toWire(EventType::UploadCreated).toUtf8(), EventType::UploadCreated},
            {EventTypeNames::toWire(EventType::UploadCompleted).toUtf8(), EventType::UploadCompleted},
            {EventTypeNames::toWire(EventType::UploadFailed).toUtf8(), EventType::UploadFailed},
        };
        for (;;) {
            skipSpace();
            Raw raw;
            if (!scanString(&raw))
                return false;
            bool matched = false;
            if (!raw.escaped) {
                for (const Known &k : known) {
                    if (k.wire.size() == raw.size && std::memcmp(k.wire.constData(), raw.begin, size_t(raw.size)) == 0) {
                        e->events |= k.type;
                        matched = true;
                        break;
                    }
                }
            }
            if (!matched) {
                QString name;
                if (!decode(raw, &name))
                    return false;
                EventType type;
                if (EventTypeNames::fromWire(name, &type))
                    e->events |= type;
                else
                    e->unknownEvents.append(name);
            }
            const Next next = afterElement(']');
            if (next != Next::More)
                return next == Next::Closed;
        }
    }

    // A string whose value is not needed, checked as decode() would check it.
    bool skipString()
    {
        Raw raw;
        if (!scanString(&raw))
            return false;
        if (raw.ascii && !raw.escaped)
            return true;
        QString ignored;
        return decode(raw, &ignored);
    }

    // A plain number: optional minus, no leading zeros, up to 15 digits, optional
    // fraction, no exponent (an exponent or a long number is left to QJsonDocument).
    bool skipNumber()
    {
        if (m_p < m_end && *m_p == '-')
            ++m_p;
        const char *digits = m_p;
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
            ++m_p;
        const qsizetype n = m_p - digits;
        if (n == 0 || n > 15 || (n > 1 && *digits == '0'))
            return false;
        if (m_p < m_end && *m_p == '.') {
            ++m_p;
            digits = m_p;
            while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p;
            if (m_p == digits || m_p - digits > 15)
                return false;
        }
        return !(m_p < m_end && (*m_p == 'e' || *m_p == 'E'));
    }

    // Any well-formed value (fields this version does not read).
    bool skipValue(int depth)
    {
        skipSpace();
        if (m_p >= m_end || depth > 64)
            return false;
        switch (*m_p) {
        case '"': return skipString();
        case 't': return literal("true", 4);
        case 'f': return literal("false", 5);
        case 'n': return literal("null", 4);
        case '[': {
            ++m_p;
            if (closesAtOnce(']'))
                return true;
            for (;;) {
                if (!skipValue(depth + 1))
                    return false;
                const Next next = afterElement(']');
                if (next != Next::More)
                    return next == Next::Closed;
            }
        }
        case '{': {
            ++m_p;
            if (closesAtOnce('}'))
                return true;
            for (;;) {
                skipSpace();
                if (!skipString())
                    return false;
                if (!consume(':') || !skipValue(depth + 1))
                    return false;
                const Next next = afterElement('}');
                if (next != Next::More)
                    return next == Next::Closed;
            }
        }
        default: return (*m_p == '-' || (*m_p >= '0' && *m_p <= '9')) && skipNumber();
        }
    }

    static Field fieldOf(const char *name, qsizetype n)
    {
        auto is = [name, n](const char *candidate, qsizetype size) {
            return n == size && std::memcmp(name, candidate, size_t(size)) == 0;
        };
        switch (n) {
        case 2: return is("id", 2) ? Id : Field(0);
        case 3: return is("url", 3) ? Url : Field(0);
        case 6: return is("events", 6) ? Events : Field(0);
        case 7: return is("user_id", 7) ? UserId : Field(0);
        case 9: return is("is_active", 9) ? IsActive : Field(0);
        case 10: return is("created_at", 10) ? CreatedAt : is("updated_at", 10) ? UpdatedAt : Field(0);
        case 11:
            return is("description", 11) ? Description
                : is("verified_at", 11)  ? VerifiedAt
                : is("disabled_at", 11)  ? DisabledAt
                                         : Field(0);
        case 15:
            return is("organization_id", 15) ? OrganizationId
                : is("last_success_at", 15)  ? LastSuccessAt
                : is("last_failure_at", 15)  ? LastFailureAt
                                             : Field(0);
        case 20: return is("consecutive_failures", 20) ? ConsecutiveFailures : Field(0);
        default: return Field(0);
        }
    }

    // The members of one object; m_p is just past its '{'.
    bool parseEndpoint(WebhookEndpoint *e)
    {
        quint32 seen = 0;
        if (closesAtOnce('}'))
            return false; // no fields: the general path says which is missing
        for (;;) {
            skipSpace();
            Raw key;
            if (!scanString(&key) || key.escaped || !key.ascii)
                return false;
            if (!consume(':'))
                return false;
            skipSpace();
            const Field field = fieldOf(key.begin, key.size);
            if (field) {
                if (seen & field)
                    return false; // a repeated field: QJsonDocument decides which one counts
                seen |= field;
            }
            bool ok = true;
            switch (field) {
            case Id: ok = string(&e->id) && !e->id.isEmpty(); break;
            case UserId: ok = sharedString(&e->userId, &m_lastUser, &m_lastUserValue); break;
            case OrganizationId: ok = sharedString(&e->organizationId, &m_lastOrganization, &m_lastOrganizationValue); break;
            case Url: ok = string(&e->url); break;
            case Description: ok = description(&e->description); break;
            case Events: ok = events(e); break;
            case IsActive: ok = boolean(&e->isActive); break;
            case ConsecutiveFailures: ok = count(&e->consecutiveFailures); break;
            case CreatedAt: ok = time(&e->createdAt, false); break;
            case UpdatedAt: ok = time(&e->updatedAt, false); break;
            case VerifiedAt: ok = time(&e->verifiedAt, true); break;
            case LastSuccessAt: ok = time(&e->lastSuccessAt, true); break;
            case LastFailureAt: ok = time(&e->lastFailureAt, true); break;
            case DisabledAt: ok = time(&e->disabledAt, true); break;
            default: ok = skipValue(0); break;
            }
            if (!ok)
                return false;
            const Next next = afterElement('}');
            if (next != Next::More)
                return next == Next::Closed && (seen & Required) == Required;
        }
    }

    const char *m_p;
    const char *const m_end;
    Raw m_lastUser;
    QString m_lastUserValue;
    Raw m_lastOrganization;
    QString m_lastOrganizationValue;
    QHash<QByteArrayView, QString> m_descriptions;
};

} // namespace

bool scanEndpointList(QByteArrayView body, QList<WebhookEndpoint> *out)
{
    return EndpointListScanner(body.data(), body.data() + body.size()).parse(out);
}
