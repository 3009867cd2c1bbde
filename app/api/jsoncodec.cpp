#include "jsoncodec.h"

#include "isotimestamp.h"

#include <QByteArrayView>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

#include <cstring>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace {

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("a boolean");
    case QJsonValue::Double: return QStringLiteral("a number");
    case QJsonValue::String: return QStringLiteral("a string");
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Undefined: return QStringLiteral("missing");
    }
    return QStringLiteral("unknown");
}

// Reads fields of one object, remembering the first problem.
class FieldReader
{
public:
    FieldReader(const QJsonObject &o, QString *error) : m_o(o), m_error(error) {}

    bool ok() const { return m_ok; }

    QString string(QLatin1String key, bool required, bool nullable)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isString())
            return v.toString();
        if (v.isUndefined() && !required)
            return {};
        if (v.isNull() && nullable)
            return {};
        fail(key, v, "a string");
        return {};
    }

    bool boolean(QLatin1String key)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isBool())
            return v.toBool();
        fail(key, v, "true or false");
        return false;
    }

    // An integer >= minimum; a nullable one reports null through *isNull.
    int integer(QLatin1String key, int minimum, bool *isNull = nullptr)
    {
        const QJsonValue v = m_o.value(key);
        if (isNull) {
            *isNull = v.isNull() || v.isUndefined();
            if (*isNull)
                return 0;
        }
        if (v.isDouble()) {
            const double d = v.toDouble();
            if (d >= minimum && d <= 2147483647.0 && d == double(qint64(d)))
                return int(d);
            failWith(key, QStringLiteral("must be a whole number of at least %1, not %2").arg(minimum).arg(d));
            return 0;
        }
        fail(key, v, "a whole number");
        return 0;
    }

    QDateTime time(QLatin1String key, bool required)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isString()) {
            QString why;
            const QDateTime t = IsoTimestamp::parse(v.toString(), &why);
            if (!t.isValid())
                failWith(key, QStringLiteral("is not a valid timestamp (%1): \"%2\"").arg(why, v.toString().left(40)));
            return t;
        }
        if (!required && (v.isNull() || v.isUndefined()))
            return {};
        fail(key, v, "a timestamp string");
        return {};
    }

    QJsonArray array(QLatin1String key)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isArray())
            return v.toArray();
        fail(key, v, "an array");
        return {};
    }

    void failWith(QLatin1String key, const QString &what)
    {
        if (!m_ok)
            return;
        m_ok = false;
        if (m_error)
            *m_error = JsonCodec::tr("field \"%1\" %2").arg(key, what);
    }

private:
    void fail(QLatin1String key, const QJsonValue &v, const char *expected)
    {
        if (v.isUndefined())
            failWith(key, JsonCodec::tr("is missing"));
        else
            failWith(key, JsonCodec::tr("must be %1, not %2").arg(QLatin1String(expected), typeName(v)));
    }

    const QJsonObject &m_o;
    QString *m_error;
    bool m_ok = true;
};

bool parseDocument(const QByteArray &body, QJsonDocument *doc, QString *error)
{
    QJsonParseError parseError;
    *doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = JsonCodec::tr("the answer is not valid JSON (%1 at byte %2)")
                         .arg(parseError.errorString())
                         .arg(parseError.offset);
        return false;
    }
    return true;
}

template <typename T, typename Decode>
bool decodeArray(const QByteArray &body, QList<T> *out, QString *error, const char *what, Decode decode)
{
    QJsonDocument doc;
    if (!parseDocument(body, &doc, error))
        return false;
    if (!doc.isArray()) {
        if (error)
            *error = JsonCodec::tr("expected a JSON array of %1").arg(QLatin1String(what));
        return false;
    }
    const QJsonArray array = doc.array();
    QList<T> items;
    items.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue v = array.at(i);
        if (!v.isObject()) {
            if (error)
                *error = JsonCodec::tr("item %1 of the list is not an object").arg(i);
            return false;
        }
        T item;
        QString why;
        if (!decode(v.toObject(), &item, &why)) {
            if (error)
                *error = JsonCodec::tr("item %1 of the list: %2").arg(i).arg(why);
            return false;
        }
        items.append(std::move(item));
    }
    *out = std::move(items);
    return true;
}

// ---- endpoint lists without a QJsonDocument ------------------------------------------
//
// A list of 100,000 endpoints is ~60 MB of JSON. QJsonDocument would first build a
// tree of ~2 million values (several times the body in memory, and heap fragments
// that outlive it), then every field would be looked up by name. This scanner reads
// the bytes once and fills the endpoints directly. It accepts only what it is sure
// about: well-formed JSON where every field has the expected type. Anything else
// (an error, escapes in names, duplicate fields, unusual numbers or Unicode) makes it
// give up, and the QJsonDocument path decodes the body and words the error, so both
// paths always agree.
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
#ifdef __SSE2__
            // 16 bytes at a time until a quote, a backslash, a control or non-ASCII byte.
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
                    m_p += __builtin_ctz(unsigned(mask));
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
                return false; // accepted by QJsonDocument, but not ours to judge
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

    static bool appendUtf8(QString *out, const char *b, const char *e)
    {
        if (b == e)
            return true;
        if (!validUtf8(reinterpret_cast<const unsigned char *>(b), reinterpret_cast<const unsigned char *>(e)))
            return false;
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
                if (end - p < 6)
                    return false;
                int v = 0;
                for (int i = 2; i < 6; ++i) {
                    const int h = hexValue(p[i]);
                    if (h < 0)
                        return false;
                    v = v * 16 + h;
                }
                if (v >= 0xD800 && v <= 0xDFFF)
                    return false; // surrogate pairs: left to QJsonDocument
                unit = char16_t(v);
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
            value = value * 10 + (*m_p - '0');
            ++m_p;
            if (m_p - begin > 9)
                return false;
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

bool JsonCodec::decodeEndpoint(const QJsonObject &o, WebhookEndpoint *out, QString *error)
{
    FieldReader r(o, error);
    WebhookEndpoint e;
    e.id = r.string(QLatin1String("id"), true, false);
    if (r.ok() && e.id.isEmpty())
        r.failWith(QLatin1String("id"), tr("is empty"));
    e.userId = r.string(QLatin1String("user_id"), true, false);
    e.organizationId = r.string(QLatin1String("organization_id"), true, false);
    e.url = r.string(QLatin1String("url"), true, false);
    e.description = r.string(QLatin1String("description"), false, true);
    const QJsonArray events = r.array(QLatin1String("events"));
    for (const QJsonValue &v : events) {
        if (!v.isString()) {
            r.failWith(QLatin1String("events"), tr("must contain only strings"));
            break;
        }
        const QString name = v.toString();
        EventType type;
        if (EventTypeNames::fromWire(name, &type))
            e.events |= type;
        else
            e.unknownEvents.append(name);
    }
    e.isActive = r.boolean(QLatin1String("is_active"));
    e.consecutiveFailures = r.integer(QLatin1String("consecutive_failures"), 0);
    e.createdAt = r.time(QLatin1String("created_at"), true);
    e.updatedAt = r.time(QLatin1String("updated_at"), true);
    e.verifiedAt = r.time(QLatin1String("verified_at"), false);
    e.lastSuccessAt = r.time(QLatin1String("last_success_at"), false);
    e.lastFailureAt = r.time(QLatin1String("last_failure_at"), false);
    e.disabledAt = r.time(QLatin1String("disabled_at"), false);
    if (!r.ok())
        return false;
    *out = std::move(e);
    return true;
}

bool JsonCodec::decodeDelivery(const QJsonObject &o, WebhookDelivery *out, QString *error)
{
    FieldReader r(o, error);
    WebhookDelivery d;
    d.id = r.string(QLatin1String("id"), true, false);
    d.webhookEndpointId = r.string(QLatin1String("webhook_endpoint_id"), true, false);
    d.eventId = r.string(QLatin1String("event_id"), true, false);
    d.eventType = r.string(QLatin1String("event_type"), true, false);
    d.statusText = r.string(QLatin1String("status"), true, false);
    d.status = WebhookDelivery::statusFromWire(d.statusText);
    d.attemptCount = r.integer(QLatin1String("attempt_count"), 0);
    d.nextRetryAt = r.time(QLatin1String("next_retry_at"), true);
    d.createdAt = r.time(QLatin1String("created_at"), true);
    d.lastAttemptAt = r.time(QLatin1String("last_attempt_at"), false);
    bool statusNull = true;
    d.lastResponseStatus = r.integer(QLatin1String("last_response_status"), 0, &statusNull);
    d.hasLastResponseStatus = !statusNull;
    d.lastError = r.string(QLatin1String("last_error"), false, true);
    d.deliveredAt = r.time(QLatin1String("delivered_at"), false);
    if (!r.ok())
        return false;
    *out = std::move(d);
    return true;
}

bool JsonCodec::decodeEndpoint(const QByteArray &body, WebhookEndpoint *out, QString *error)
{
    QJsonDocument doc;
    if (!parseDocument(body, &doc, error))
        return false;
    if (!doc.isObject()) {
        if (error)
            *error = tr("expected a JSON object describing an endpoint");
        return false;
    }
    return decodeEndpoint(doc.object(), out, error);
}

bool JsonCodec::decodeEndpointList(const QByteArray &body, QList<WebhookEndpoint> *out, QString *error)
{
    // The usual case, fast; anything the scanner is unsure of goes the general way below.
    QList<WebhookEndpoint> endpoints;
    if (EndpointListScanner(body.constData(), body.constData() + body.size()).parse(&endpoints)) {
        *out = std::move(endpoints);
        return true;
    }
    return decodeArray<WebhookEndpoint>(body, out, error, "endpoints",
                                        [](const QJsonObject &o, WebhookEndpoint *e, QString *why) {
                                            return decodeEndpoint(o, e, why);
                                        });
}

bool JsonCodec::decodeDeliveryList(const QByteArray &body, QList<WebhookDelivery> *out, QString *error)
{
    return decodeArray<WebhookDelivery>(body, out, error, "deliveries",
                                        [](const QJsonObject &o, WebhookDelivery *d, QString *why) {
                                            return decodeDelivery(o, d, why);
                                        });
}

bool JsonCodec::decodeCreated(const QByteArray &body, CreatedWebhook *out, QString *error)
{
    QJsonDocument doc;
    if (!parseDocument(body, &doc, error))
        return false;
    if (!doc.isObject()) {
        if (error)
            *error = tr("expected a JSON object with \"webhook\" and \"secret\"");
        return false;
    }
    const QJsonObject o = doc.object();
    const QJsonValue webhook = o.value(QLatin1String("webhook"));
    if (!webhook.isObject()) {
        if (error)
            *error = webhook.isUndefined() ? tr("field \"webhook\" is missing")
                                           : tr("field \"webhook\" must be an object, not %1").arg(typeName(webhook));
        return false;
    }
    const QJsonValue secret = o.value(QLatin1String("secret"));
    if (!secret.isString() || secret.toString().isEmpty()) {
        if (error)
            *error = secret.isUndefined() ? tr("field \"secret\" is missing")
                                          : tr("field \"secret\" must be a non-empty string");
        return false;
    }
    CreatedWebhook created;
    QString why;
    if (!decodeEndpoint(webhook.toObject(), &created.webhook, &why)) {
        if (error)
            *error = tr("webhook: %1").arg(why);
        return false;
    }
    created.secret = secret.toString();
    *out = std::move(created);
    return true;
}

QByteArray JsonCodec::encodeCreate(const WebhookDraft &draft)
{
    QJsonObject o;
    o.insert(QLatin1String("url"), draft.url);
    if (!draft.description.isEmpty())
        o.insert(QLatin1String("description"), draft.description);
    if (draft.events)
        o.insert(QLatin1String("events"), QJsonArray::fromStringList(EventTypeNames::toWireList(draft.events)));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray JsonCodec::encodePatch(const WebhookPatch &patch)
{
    QJsonObject o;
    if (patch.url)
        o.insert(QLatin1String("url"), *patch.url);
    if (patch.description)
        o.insert(QLatin1String("description"), patch.description->isNull() ? QStringLiteral("") : *patch.description);
    if (patch.events)
        o.insert(QLatin1String("events"),
                 QJsonArray::fromStringList(EventTypeNames::toWireList(*patch.events) + patch.otherEvents));
    if (patch.isActive)
        o.insert(QLatin1String("is_active"), *patch.isActive);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject JsonCodec::endpointToJson(const WebhookEndpoint &e)
{
    auto time = [](const QDateTime &t) { return t.isValid() ? QJsonValue(IsoTimestamp::format(t)) : QJsonValue(); };
    QJsonObject o;
    o.insert(QLatin1String("id"), e.id);
    o.insert(QLatin1String("user_id"), e.userId);
    o.insert(QLatin1String("organization_id"), e.organizationId);
    o.insert(QLatin1String("url"), e.url);
    o.insert(QLatin1String("description"), e.description.isNull() ? QJsonValue() : QJsonValue(e.description));
    o.insert(QLatin1String("events"), QJsonArray::fromStringList(EventTypeNames::toWireList(e.events) + e.unknownEvents));
    o.insert(QLatin1String("is_active"), e.isActive);
    o.insert(QLatin1String("consecutive_failures"), e.consecutiveFailures);
    o.insert(QLatin1String("created_at"), time(e.createdAt));
    o.insert(QLatin1String("updated_at"), time(e.updatedAt));
    o.insert(QLatin1String("verified_at"), time(e.verifiedAt));
    o.insert(QLatin1String("last_success_at"), time(e.lastSuccessAt));
    o.insert(QLatin1String("last_failure_at"), time(e.lastFailureAt));
    o.insert(QLatin1String("disabled_at"), time(e.disabledAt));
    return o;
}
