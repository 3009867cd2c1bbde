#include "jsonwriter.h"

#include "isotime.h"

#include <cmath>

void JsonWriter::separator()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first.isEmpty()) {
        if (m_first.last())
            m_first.last() = false;
        else
            m_out->append(',');
    }
}

void JsonWriter::beginObject()
{
    separator();
    m_out->append('{');
    m_first.append(true);
}

void JsonWriter::endObject()
{
    m_first.removeLast();
    m_out->append('}');
}

void JsonWriter::beginArray()
{
    separator();
    m_out->append('[');
    m_first.append(true);
}

void JsonWriter::endArray()
{
    m_first.removeLast();
    m_out->append(']');
}

void JsonWriter::key(QByteArrayView name)
{
    separator();
    m_out->append('"');
    m_out->append(name.data(), name.size());
    m_out->append("\":", 2);
    m_afterKey = true;
}

void JsonWriter::string(QStringView text)
{
    separator();
    appendString(*m_out, text);
}

void JsonWriter::stringOrNull(const std::optional<QString> &text)
{
    if (text)
        string(*text);
    else
        null();
}

void JsonWriter::integer(qint64 value)
{
    separator();
    char buf[24];
    char *end = buf + sizeof buf;
    char *p = end;
    const bool negative = value < 0;
    quint64 v = negative ? quint64(0) - quint64(value) : quint64(value);
    do {
        *--p = char('0' + v % 10);
        v /= 10;
    } while (v);
    if (negative)
        *--p = '-';
    m_out->append(p, end - p);
}

void JsonWriter::number(double value)
{
    separator();
    if (!std::isfinite(value))
        m_out->append("null");
    else
        m_out->append(QByteArray::number(value, 'g', 17));
}

void JsonWriter::boolean(bool value)
{
    separator();
    if (value)
        m_out->append("true", 4);
    else
        m_out->append("false", 5);
}

void JsonWriter::null()
{
    separator();
    m_out->append("null", 4);
}

void JsonWriter::uuid(const QUuid &id)
{
    separator();
    appendUuid(*m_out, id);
}

void JsonWriter::timestamp(qint64 us)
{
    if (us == IsoTime::Null) {
        null();
        return;
    }
    separator();
    m_out->append('"');
    IsoTime::append(*m_out, us);
    m_out->append('"');
}

void JsonWriter::plainString(QByteArrayView ascii)
{
    separator();
    m_out->append('"');
    m_out->append(ascii.data(), ascii.size());
    m_out->append('"');
}


void JsonWriter::appendString(QByteArray &out, QStringView text)
{
    static const char hex[] = "0123456789abcdef";
    // Encode through a small stack buffer: one append per 256 bytes instead of per byte.
    char buf[256 + 16];
    int n = 0;
    buf[n++] = '"';
    const char16_t *p = text.utf16();
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        if (n > 256) {
            out.append(buf, n);
            n = 0;
        }
        const char16_t c = p[i];
        if (c < 0x80) {
            if (c >= 0x20 && c != u'"' && c != u'\\') {
                buf[n++] = char(c);
                continue;
            }
            buf[n++] = '\\';
            switch (c) {
            case u'"': buf[n++] = '"'; break;
            case u'\\': buf[n++] = '\\'; break;
            case u'\n': buf[n++] = 'n'; break;
            case u'\r': buf[n++] = 'r'; break;
            case u'\t': buf[n++] = 't'; break;
            case u'\b': buf[n++] = 'b'; break;
            case u'\f': buf[n++] = 'f'; break;
            default:
                buf[n++] = 'u';
                buf[n++] = '0';
                buf[n++] = '0';
                buf[n++] = hex[(c >> 4) & 0xf];
                buf[n++] = hex[c & 0xf];
            }
        } else if (c < 0x800) {
            buf[n++] = char(0xc0 | (c >> 6));
            buf[n++] = char(0x80 | (c & 0x3f));
        } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < size && p[i + 1] >= 0xdc00 && p[i + 1] <= 0xdfff) {
            const char32_t cp = 0x10000 + ((char32_t(c) - 0xd800) << 10) + (char32_t(p[i + 1]) - 0xdc00);
            ++i;
            buf[n++] = char(0xf0 | (cp >> 18));
            buf[n++] = char(0x80 | ((cp >> 12) & 0x3f));
            buf[n++] = char(0x80 | ((cp >> 6) & 0x3f));
            buf[n++] = char(0x80 | (cp & 0x3f));
        } else if (c >= 0xd800 && c <= 0xdfff) {
            buf[n++] = char(0xef); // lone surrogate: U+FFFD
            buf[n++] = char(0xbf);
            buf[n++] = char(0xbd);
        } else {
            buf[n++] = char(0xe0 | (c >> 12));
            buf[n++] = char(0x80 | ((c >> 6) & 0x3f));
            buf[n++] = char(0x80 | (c & 0x3f));
        }
    }
    buf[n++] = '"';
    out.append(buf, n);
}

void JsonWriter::appendUuid(QByteArray &out, const QUuid &id)
{
    static const char hex[] = "0123456789abcdef";
    char buf[38];
    char *p = buf;
    *p++ = '"';
    auto put = [&p](quint64 value, int nibbles) {
        for (int i = nibbles - 1; i >= 0; --i)
            *p++ = hex[(value >> (4 * i)) & 0xf];
    };
    put(id.data1, 8);
    *p++ = '-';
    put(id.data2, 4);
    *p++ = '-';
    put(id.data3, 4);
    *p++ = '-';
    put(id.data4[0], 2);
    put(id.data4[1], 2);
    *p++ = '-';
    for (int i = 2; i < 8; ++i)
        put(id.data4[i], 2);
    *p++ = '"';
    out.append(buf, p - buf);
}

QByteArray errorBody(const QString &detail)
{
    QByteArray out;
    JsonWriter w(&out);
    w.beginObject();
    w.key("detail");
    w.string(detail);
    w.endObject();
    return out;
}
