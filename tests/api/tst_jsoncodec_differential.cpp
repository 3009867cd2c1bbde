// The endpoint list's two decoders side by side: the fast scanner (scanEndpointList) and
// the QJsonDocument path (JsonCodec::decodeEndpointListWithoutScanner, which
// decodeEndpointList takes when the scanner gives up). Valid lists built from
// contract-shaped endpoints (escapes, non-ASCII text, nulls, unknown fields, any
// whitespace) must be taken by the scanner and decode alike, and as the objects they were
// written from. What the scanner leaves to QJsonDocument is decided there, text that is
// not JSON refused. Thousands of mutated lists (a fixed seed: every run sees the same
// bodies) must decode alike or fail on both; decodeEndpointList always answers as the
// QJsonDocument path does.
#include "endpointlistscanner.h"
#include "jsoncodec.h"
#include "unitsupport.h"

#include <QElapsedTimer>
#include <QtTest>

using UnitSupport::endpointJson;
using UnitSupport::s;

namespace {

// SplitMix64: the same numbers on every platform and standard library.
class Prng
{
public:
    explicit Prng(quint64 seed) : m_state(seed) {}

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    int below(int n) { return int(next() % quint64(n)); }
    bool percent(int p) { return below(100) < p; }
    template <typename T>
    const T &pick(const QList<T> &list) { return list.at(below(int(list.size()))); }

private:
    quint64 m_state;
};

// How one body is written: how often characters are escaped, and the whitespace.
struct Style
{
    int escapePercent = 0;
    enum Spacing { Compact, Spaces, Pretty, Mixed } spacing = Compact;
};

// JSON text with the escapes and whitespace of a Style, members in any order.
class Writer
{
public:
    Writer(Prng *rng, Style style) : m_rng(rng), m_style(style) {}

    QByteArray space()
    {
        switch (m_style.spacing) {
        case Style::Compact: return {};
        case Style::Spaces: return " ";
        case Style::Pretty: return "\n  ";
        case Style::Mixed: break;
        }
        static const QList<QByteArray> spaces{"", "", " ", "\n", "\r\n", "\t", "  \n\t ", " \r"};
        return m_rng->pick(spaces);
    }

    // `optional`: whether characters that need no escape may be escaped too.
    QByteArray string(const QString &text, bool optional = true)
    {
        QByteArray out = "\"";
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            const bool pair = c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
            const bool escape = optional && m_rng->percent(m_style.escapePercent);
            if (c == u'"' || c == u'\\') {
                out += '\\';
                out += char(c.unicode());
            } else if (c.unicode() < 0x20) {
                const char form = shortEscape(c.unicode());
                out += form && m_rng->percent(50) ? QByteArray("\\") + form : unitEscape(c.unicode());
            } else if (c == u'/' && escape && m_rng->percent(50)) {
                out += "\\/";
            } else if (escape) {
                out += unitEscape(c.unicode());
                if (pair)
                    out += unitEscape(text.at(++i).unicode());
            } else {
                out += QStringView(text).mid(i, pair ? 2 : 1).toUtf8();
                i += pair ? 1 : 0;
            }
        }
        return out + '"';
    }

    QByteArray value(const QJsonValue &v)
    {
        switch (v.type()) {
        case QJsonValue::Null: return "null";
        case QJsonValue::Bool: return v.toBool() ? "true" : "false";
        case QJsonValue::Double: {
            const double d = v.toDouble();
            return d == double(qint64(d)) ? QByteArray::number(qint64(d)) : QByteArray::number(d, 'f', 3);
        }
        case QJsonValue::String: return string(v.toString());
        case QJsonValue::Array: {
            QList<QByteArray> items;
            for (const QJsonValue &item : v.toArray())
                items.append(value(item));
            return container('[', items, ']');
        }
        case QJsonValue::Object: {
            QList<QByteArray> members;
            const QJsonObject o = v.toObject();
            for (auto it = o.begin(); it != o.end(); ++it)
                members.append(member(it.key().toUtf8(), value(it.value())));
            return container('{', members, '}');
        }
        case QJsonValue::Undefined: break;
        }
        return {};
    }

    QByteArray member(const QByteArray &key, const QByteArray &value)
    {
        return '"' + key + '"' + space() + ':' + space() + value;
    }

    // Items in the given order, separated by commas and whitespace.
    QByteArray container(char open, const QList<QByteArray> &items, char close)
    {
        QByteArray out(1, open);
        for (qsizetype i = 0; i < items.size(); ++i)
            out += space() + items.at(i) + space() + (i + 1 < items.size() ? "," : "");
        return out + space() + close;
    }

private:
    static char shortEscape(char16_t unit)
    {
        switch (unit) {
        case u'\b': return 'b';
        case u'\f': return 'f';
        case u'\n': return 'n';
        case u'\r': return 'r';
        case u'\t': return 't';
        default: return 0;
        }
    }

    QByteArray unitEscape(char16_t unit)
    {
        const QByteArray hex = QByteArray::number(unit, 16).rightJustified(4, '0');
        return "\\u" + (m_rng->percent(50) ? hex.toUpper() : hex);
    }

    Prng *m_rng;
    Style m_style;
};

QString repeated(const char *text, int times)
{
    QString out;
    for (int i = 0; i < times; ++i)
        out += s(text);
    return out;
}

// Special characters at every offset around the scanner's 16-byte steps.
QList<QString> stepTexts()
{
    QList<QString> out;
    for (int k = 12; k < 36; ++k) {
        out.append(QString(k, u'x') + s("\"") + QString(5, u'y'));
        out.append(QString(k, u'x') + s("\\") + QString(k % 7, u'y'));
        out.append(QString(k, u'x') + s("\u00e9\u6f22\U0001F680"));
        out.append(QString(k, u'x') + QChar(u'\n'));
    }
    return out;
}

const QList<QString> &urls()
{
    static const QList<QString> list{
        s("https://hooks.example.com/optimaldial"),
        s("https://zürich.example.ch/webhooks?stadt=Zürich&größe=1"),
        s("https://例え.テスト/フック/受信"),
        s("https://hooks.example.com/emoji/🚀🎉?x=😀&y=👩‍💻"),
        s("https://hooks.example.com:8443/a/b/c?d=e&f=g#h"),
        s("https://hooks.example.com/\"quoted\"/back\\slash/"),
        s("https://hooks.example.com/control/\b\f\n\r\t/end"),
        s("https://hooks.example.com/nul/") + QChar(u'\0') + s("/byte"),
        s("https://hooks.example.com/𝄞/") + QChar(0xFFFD) + QChar(0xFEFF) + QChar(0xFFFF) + QChar(0x7F) + QChar(0x80),
        s(""),
        s("https://hooks.example.com/") + repeated("long/path/segment/ü/", 20),
    };
    return list;
}

const QList<QString> &descriptions()
{
    static const QList<QString> list = [] {
        QList<QString> l{
            s("Production receiver"),
            s(""),
            s("Zürich – Büro «Nord»"),
            s("日本語の説明テキスト"),
            s("Emoji 🚀 rocket, 👩‍💻 ZWJ sequence, 🇨🇭 flag"),
            s("Tab\tand newline\nand CR\r, quote \" and backslash \\ and slash /"),
            s("A very old ") + QChar(0x1F) + s(" unit separator and a ") + QChar(0x7F) + s(" delete"),
            QString(1024, u'a'),
            QString(1025, u'b'),
            repeated("ünïcödé ", 300),
        };
        l += stepTexts();
        return l;
    }();
    return list;
}

const QList<QString> &timestamps()
{
    static const QList<QString> list{
        s("2026-04-23T10:15:03Z"),           s("2026-04-24T08:00:00.250Z"),         s("2026-04-23T10:15:04+00:00"),
        s("2026-04-24T09:30:00+02:00"),      s("2026-04-25T01:02:03.123456Z"),      s("2026-02-28t23:59:59z"),
        s("2024-02-29 12:00:00-0530"),       s("2026-12-31T23:59:59.999999999+14"), s("1970-01-01T00:00:00Z"),
        s("2026-04-23T10:15:03,5Z"),
    };
    return list;
}

const QList<QString> &eventNames()
{
    static const QList<QString> list{
        s("upload.created"), s("upload.completed"), s("upload.failed"), s("upload.deleted"), s("Upload.Failed"),
        s("future.thing"),   s("ünknown.évent"),    s(""),              s("upload.created "),
    };
    return list;
}

// Fields this version does not read, with nested values the scanner must skip.
QJsonObject unknownFields(Prng &rng)
{
    QJsonObject deep{{s("level"), 1}};
    for (int i = 2; i <= 12; ++i)
        deep = QJsonObject{{s("level"), i}, {s("inner"), QJsonArray{deep, QJsonArray{}}}};
    const QList<QPair<QString, QJsonValue>> pool{
        {s("x_future"), QJsonObject{{s("a"), QJsonArray{1, 2.5, -12.75, true, false, QJsonValue(), s("x"),
                                                         QJsonObject{{s("deep"), QJsonArray{s("ü"), QJsonArray{}}}}}},
                                    {s("b"), QJsonObject{}}}},
        {s("tags"), QJsonArray{}},
        {s("meta"), QJsonObject{}},
        {s("note"), QJsonValue()},
        {s("score"), -0.5},
        {s("big"), 123456789012345.0},
        {s("flag"), false},
        {s("text"), s("esc \" \\ / \b\f\n\r\t é 🚀 ") + QChar(0)},
        {s("nested"), deep},
        {s("shadow"), QJsonObject{{s("id"), 5}, {s("url"), QJsonArray{}}, {s("events"), s("none")}}},
    };
    QJsonObject out;
    for (int i = rng.below(4); i > 0; --i) {
        const auto &field = rng.pick(pool);
        out.insert(field.first, field.second);
    }
    return out;
}

QString uuid(Prng &rng)
{
    const QByteArray hex = QByteArray::number(rng.next(), 16).rightJustified(16, '0')
        + QByteArray::number(rng.next(), 16).rightJustified(16, '0');
    return QString::fromLatin1(hex.left(8) + '-' + hex.mid(8, 4) + '-' + hex.mid(12, 4) + '-' + hex.mid(16, 4) + '-'
                               + hex.mid(20, 12));
}

// One endpoint as the server could send it: the contract's fields with values drawn
// from the pools, some nullable ones null or missing.
QJsonObject randomEndpoint(Prng &rng, int index)
{
    static const QList<QString> users{s("11111111-2222-3333-4444-555555555555"), s("0c56092c-0eb2-5345-9da8-9f8fd37a7a02")};
    static const QList<QString> organizations{s("66666666-7777-8888-9999-000000000000")};
    static const QList<int> counts{0, 1, 3, 19, 20, 21, 1000, 123456789, 999999999};

    QJsonObject o = endpointJson(rng.percent(10) ? s("id-%1-é-🚀").arg(index) : uuid(rng));
    o.insert(QLatin1String("user_id"), rng.percent(80) ? rng.pick(users) : uuid(rng));
    o.insert(QLatin1String("organization_id"), rng.percent(90) ? rng.pick(organizations) : uuid(rng));
    o.insert(QLatin1String("url"), rng.pick(urls()));
    switch (rng.below(4)) {
    case 0: o.insert(QLatin1String("description"), QJsonValue()); break;
    case 1: o.remove(QLatin1String("description")); break;
    default: o.insert(QLatin1String("description"), rng.pick(descriptions())); break;
    }
    QJsonArray events;
    for (int i = rng.below(5); i > 0; --i)
        events.append(rng.pick(eventNames()));
    o.insert(QLatin1String("events"), events);
    o.insert(QLatin1String("is_active"), rng.percent(70));
    o.insert(QLatin1String("consecutive_failures"), rng.pick(counts));
    o.insert(QLatin1String("created_at"), rng.pick(timestamps()));
    o.insert(QLatin1String("updated_at"), rng.pick(timestamps()));
    for (const char *field : {"verified_at", "last_success_at", "last_failure_at", "disabled_at"}) {
        switch (rng.below(3)) {
        case 0: o.insert(QLatin1String(field), QJsonValue()); break;
        case 1: o.remove(QLatin1String(field)); break;
        default: o.insert(QLatin1String(field), rng.pick(timestamps())); break;
        }
    }
    const QJsonObject extra = unknownFields(rng);
    for (auto it = extra.begin(); it != extra.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

Style randomStyle(Prng &rng)
{
    static const QList<int> escapes{0, 0, 5, 30, 100};
    Style style;
    style.escapePercent = rng.pick(escapes);
    style.spacing = Style::Spacing(rng.below(4));
    return style;
}

// A list body of `objects`, members shuffled, written in a random style.
QByteArray writeList(Prng &rng, const QList<QJsonObject> &objects)
{
    Writer w(&rng, randomStyle(rng));
    QList<QByteArray> items;
    for (const QJsonObject &o : objects) {
        QList<QByteArray> members;
        for (auto it = o.begin(); it != o.end(); ++it) {
            // Timestamps as servers write them: the scanner leaves escaped ones to QJsonDocument.
            const bool time = it.key().endsWith(QLatin1String("_at")) && it.value().isString();
            const QByteArray value = time ? w.string(it.value().toString(), false) : w.value(it.value());
            members.insert(rng.below(int(members.size()) + 1), w.member(it.key().toUtf8(), value));
        }
        items.append(w.container('{', members, '}'));
    }
    return w.space() + w.container('[', items, ']') + w.space();
}

QString differenceInTime(const char *field, const QDateTime &a, const QDateTime &b)
{
    if (a.isValid() == b.isValid() && a == b && a.timeSpec() == b.timeSpec())
        return {};
    return QStringLiteral("%1: %2 vs %3").arg(QLatin1String(field), a.toString(Qt::ISODateWithMs), b.toString(Qt::ISODateWithMs));
}

QString differenceInText(const char *field, const QString &a, const QString &b)
{
    if (a == b && a.isNull() == b.isNull())
        return {};
    auto show = [](const QString &t) { return t.isNull() ? QStringLiteral("(null)") : QLatin1Char('"') + t.left(60) + QLatin1Char('"'); };
    return QStringLiteral("%1: %2 vs %3").arg(QLatin1String(field), show(a), show(b));
}

// The first field in which two decoded lists differ; empty when they are the same.
QString difference(const QList<WebhookEndpoint> &a, const QList<WebhookEndpoint> &b)
{
    if (a.size() != b.size())
        return QStringLiteral("%1 vs %2 endpoints").arg(a.size()).arg(b.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        const WebhookEndpoint &x = a.at(i);
        const WebhookEndpoint &y = b.at(i);
        QStringList d{
            differenceInText("id", x.id, y.id),
            differenceInText("user_id", x.userId, y.userId),
            differenceInText("organization_id", x.organizationId, y.organizationId),
            differenceInText("url", x.url, y.url),
            differenceInText("description", x.description, y.description),
            x.events == y.events ? QString() : QStringLiteral("events: %1 vs %2").arg(int(x.events)).arg(int(y.events)),
            x.unknownEvents == y.unknownEvents ? QString()
                                               : QStringLiteral("unknown events: %1 vs %2")
                                                     .arg(x.unknownEvents.join(u'|'), y.unknownEvents.join(u'|')),
            x.isActive == y.isActive ? QString() : QStringLiteral("is_active"),
            x.consecutiveFailures == y.consecutiveFailures
                ? QString()
                : QStringLiteral("consecutive_failures: %1 vs %2").arg(x.consecutiveFailures).arg(y.consecutiveFailures),
            differenceInTime("created_at", x.createdAt, y.createdAt),
            differenceInTime("updated_at", x.updatedAt, y.updatedAt),
            differenceInTime("verified_at", x.verifiedAt, y.verifiedAt),
            differenceInTime("last_success_at", x.lastSuccessAt, y.lastSuccessAt),
            differenceInTime("last_failure_at", x.lastFailureAt, y.lastFailureAt),
            differenceInTime("disabled_at", x.disabledAt, y.disabledAt),
        };
        d.removeAll(QString());
        if (!d.isEmpty())
            return QStringLiteral("endpoint %1: %2").arg(i).arg(d.join(QLatin1String("; ")));
    }
    return {};
}

// A body for a failure message: printable, and not too long.
QByteArray shown(const QByteArray &body)
{
    QByteArray out;
    for (const char c : body.left(600)) {
        const auto u = static_cast<unsigned char>(c);
        out += (u >= 0x20 && u < 0x7F) ? QByteArray(1, c) : "<" + QByteArray::number(u, 16) + ">";
    }
    return body.size() > 600 ? out + "... (" + QByteArray::number(body.size()) + " bytes)" : out;
}

// What each way made of one body.
struct Outcome
{
    bool scanned = false;
    QList<WebhookEndpoint> scannerList;
    bool documentOk = false;
    QList<WebhookEndpoint> documentList;
    QString error;
};

// Decodes `body` all three ways (the scanner alone, the QJsonDocument path alone, and
// JsonCodec::decodeEndpointList); sets *failure when they do not agree.
Outcome decodeAllWays(const QByteArray &body, QString *failure)
{
    Outcome r;
    r.scanned = scanEndpointList(body, &r.scannerList);
    QString documentError;
    r.documentOk = JsonCodec::decodeEndpointListWithoutScanner(body, &r.documentList, &documentError);
    QList<WebhookEndpoint> codecList;
    const bool codecOk = JsonCodec::decodeEndpointList(body, &codecList, &r.error);

    if (r.scanned && !r.documentOk)
        *failure = QStringLiteral("the scanner decoded what the QJsonDocument path refuses: ") + documentError;
    else if (r.scanned && !difference(r.scannerList, r.documentList).isEmpty())
        *failure = QStringLiteral("scanner vs QJsonDocument: ") + difference(r.scannerList, r.documentList);
    else if (codecOk != r.documentOk)
        *failure = QStringLiteral("decodeEndpointList %1, the QJsonDocument path %2")
                       .arg(QLatin1String(codecOk ? "decodes" : "fails"), QLatin1String(r.documentOk ? "decodes" : "fails"));
    else if (codecOk && !difference(codecList, r.documentList).isEmpty())
        *failure = QStringLiteral("decodeEndpointList vs QJsonDocument: ") + difference(codecList, r.documentList);
    else if (!codecOk && (r.error.isEmpty() || documentError.isEmpty()))
        *failure = QStringLiteral("a failure without a reason");
    return r;
}

// Changes a body the way broken servers, proxies and transports do: flipped bits, bytes
// replaced, cut short, stray quotes, brackets and commas, spans lost or repeated.
QByteArray mutated(QByteArray body, Prng &rng)
{
    static const QList<QByteArray> tokens{
        "\"", "[", "]", "{", "}", ",", ":", "\\", "\\u", "\\ud800", "\\udc00", "null", "0", "-", "1e5", ".", " ",
        "\"\":", ",,", "\xC3", "\xF0\x9F", "\xED\xA0\x80", "\xEF\xBF\xBF", "\xC0\xAF", QByteArray(1, '\0'), "\x01", "\x7F", "\xFF"};
    static const QByteArray structural = "\"{}[],:\\";
    for (int n = rng.percent(60) ? 1 : 2 + rng.below(2); n > 0 && !body.isEmpty(); --n) {
        int at = rng.below(int(body.size()));
        if (rng.percent(40)) { // near the structure, where most of the damage shows
            while (at < body.size() && !structural.contains(body.at(at)))
                ++at;
            at = qMin(at + rng.below(3) - 1, int(body.size()) - 1);
            at = qMax(at, 0);
        }
        switch (rng.below(7)) {
        case 0: body[at] = char(body.at(at) ^ (1 << rng.below(8))); break;
        case 1: body[at] = rng.pick(tokens).at(0); break;
        case 2: body.truncate(at); break;
        case 3: body.insert(at, rng.pick(tokens)); break;
        case 4: body.remove(at, 1 + rng.below(16)); break;
        case 5: {
            const QByteArray span = body.mid(at, 1 + rng.below(64));
            body.insert(rng.percent(50) ? at + span.size() : rng.below(int(body.size()) + 1), span);
            break;
        }
        default: std::swap(body[at], body[rng.below(int(body.size()))]); break;
        }
    }
    return body;
}

constexpr quint64 Seed = 20260423;

} // namespace

class TestJsonCodecDifferential : public QObject
{
    Q_OBJECT

private slots:
    void validListsTakeTheScannerAndDecodeAlike();
    void largeListsTakeTheScanner();
    void bodiesTheScannerLeavesToQJsonDocument_data();
    void bodiesTheScannerLeavesToQJsonDocument();
    void notJsonIsRefusedByEveryDecoder();
    void mutatedListsDecodeAlikeOrFailOnBoth();
};

void TestJsonCodecDifferential::validListsTakeTheScannerAndDecodeAlike()
{
    Prng rng(Seed);
    QElapsedTimer timer;
    timer.start();
    const int bodies = 1500;
    qsizetype endpoints = 0;
    for (int n = 0; n < bodies; ++n) {
        QList<QJsonObject> objects;
        QList<WebhookEndpoint> expected;
        for (int i = rng.below(6); i > 0; --i) {
            objects.append(randomEndpoint(rng, i));
            WebhookEndpoint e;
            QString why;
            QVERIFY2(JsonCodec::decodeEndpoint(objects.last(), &e, &why), qPrintable(why));
            expected.append(e);
        }
        endpoints += objects.size();
        const QByteArray body = writeList(rng, objects);
        QString failure;
        const Outcome r = decodeAllWays(body, &failure);
        QVERIFY2(failure.isEmpty(), qPrintable(QStringLiteral("body %1: %2\n%3").arg(n).arg(failure, QString::fromLatin1(shown(body)))));
        QVERIFY2(r.scanned, qPrintable(QStringLiteral("body %1: the scanner gave up\n%2").arg(n).arg(QString::fromLatin1(shown(body)))));
        const QString wrong = difference(r.scannerList, expected);
        QVERIFY2(wrong.isEmpty(), qPrintable(QStringLiteral("body %1, against the objects written: %2\n%3")
                                                 .arg(n).arg(wrong, QString::fromLatin1(shown(body)))));
    }
    qInfo("%d valid lists (%lld endpoints), all taken by the scanner: %lld ms", bodies, qint64(endpoints), timer.elapsed());
}

void TestJsonCodecDifferential::largeListsTakeTheScanner()
{
    // Past the scanner's first 256 items (it reserves from their size) and past the 4096
    // descriptions it remembers; every endpoint with a description of its own.
    Prng rng(Seed + 1);
    QList<QJsonObject> objects;
    for (int i = 0; i < 4500; ++i) {
        QJsonObject o = randomEndpoint(rng, i);
        o.insert(QLatin1String("description"), s("Receiver nº %1 — ü").arg(i));
        objects.append(o);
    }
    const QByteArray body = writeList(rng, objects);
    QString failure;
    const Outcome r = decodeAllWays(body, &failure);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QVERIFY(r.scanned);
    QCOMPARE(r.scannerList.size(), 4500);
    QCOMPARE(r.scannerList.last().description, s("Receiver nº 4499 — ü"));
}

void TestJsonCodecDifferential::bodiesTheScannerLeavesToQJsonDocument_data()
{
    // What the scanner is not sure of, all decided by the QJsonDocument path.
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("decodes");
    QTest::addColumn<QString>("mention"); // in the error, when it does not decode
    const QByteArray one = UnitSupport::toJson(QJsonArray{endpointJson()});
    auto with = [&one](const QByteArray &from, const QByteArray &to) {
        QByteArray b = one;
        return b.replace(from, to);
    };
    const QByteArray count = "\"consecutive_failures\":3";
    auto withMember = [&with](const QByteArray &member) { return with("{\"consecutive", '{' + member + ",\"consecutive"); };
    const QByteArray text = "Production receiver";

    // JSON, but not as the scanner expects it.
    QTest::newRow("count 3.0") << with(count, count + ".0") << true << QString();
    QTest::newRow("count 3e0") << with(count, count + "e0") << true << QString();
    QTest::newRow("count -0") << with(count, "\"consecutive_failures\":-0") << true << QString();
    QTest::newRow("count 10 digits") << with(count, "\"consecutive_failures\":2147483647") << true << QString();
    QTest::newRow("count too big") << with(count, "\"consecutive_failures\":2147483648") << false << s("consecutive_failures");
    QTest::newRow("unknown field with exponents") << withMember("\"x\":[1E+2,-2.5e-3]") << true << QString();
    QTest::newRow("unknown field, 20 digits") << withMember("\"x\":12345678901234567890") << true << QString();
    QTest::newRow("url twice") << withMember("\"url\":\"https://first.example.com\"") << true << QString();
    QTest::newRow("escaped name") << with("\"url\":", "\"u\\u0072l\":") << true << QString();
    QTest::newRow("non-ASCII unknown name") << withMember("\"n\xC3\xBC\":1") << true << QString();
    QTest::newRow("byte order mark") << "\xEF\xBB\xBF" + one << true << QString();
    QTest::newRow("lone surrogate") << with(text, "Production \\ud800 receiver") << true << QString();
    QTest::newRow("surrogates reversed") << with(text, "Production \\udc00\\ud800 receiver") << true << QString();
    QTest::newRow("70 levels deep") << withMember("\"x\":" + QByteArray(70, '[') + QByteArray(70, ']'))
                                    << true << QString();
    QTest::newRow("timestamp escaped") << with("\"created_at\":\"2026-04-23T10", "\"created_at\":\"2026\\u002d04-23T10")
                                       << true << QString();
    // QString::fromUtf8 drops a byte order mark at the start of a string: QJsonDocument
    // does, so the scanner does; after an escape both keep it.
    QTest::newRow("U+FEFF first") << with(text, "\xEF\xBB\xBF" + text) << true << QString();
    QTest::newRow("U+FEFF after an escape") << with(text, "\\u00e9\xEF\xBB\xBF" + text) << true << QString();
    QTest::newRow("no fields") << QByteArray("[{}]") << false << s("\"id\"");
    QTest::newRow("id empty") << with("\"id\":\"7d1c3b0e-2f4a-4c5e-9a8b-0c1d2e3f4a5b\"", "\"id\":\"\"") << false
                              << s("\"id\"");
    QTest::newRow("events null") << with("\"events\":[\"upload.completed\",\"upload.failed\"]", "\"events\":null") << false
                                 << s("\"events\"");
    QTest::newRow("events of numbers") << with("\"events\":[\"upload.completed\",", "\"events\":[1,") << false
                                       << s("\"events\"");

    // Not JSON (RFC 8259), though QJsonDocument reads it: refused on both paths.
    QTest::newRow("tab in a string") << with(text, "Production\treceiver") << false << s("control character");
    QTest::newRow("NUL in a string") << with(text, QByteArray("Production\0receiver", 19)) << false
                                     << s("control character");
    QTest::newRow("\\q") << with(text, "Production \\q receiver") << false << s("escape");
    QTest::newRow("\\ before a UTF-8 lead byte") << with(text, "Production \\\xC3\xA9 receiver") << false << s("JSON");
    QTest::newRow("\\ before 0xF0") << with(text, "Production \\\xF0" "0061 receiver") << false << s("escape");
    QTest::newRow("count 3.") << with(count, count + ".") << false << s("number");
    QTest::newRow("count 3.e0") << with(count, count + ".e0") << false << s("number");
    QTest::newRow("unknown field .5") << withMember("\"x\":.5") << false << s("number");
    QTest::newRow("unknown field -.5") << withMember("\"x\":[-.5]") << false << s("number");
}

void TestJsonCodecDifferential::bodiesTheScannerLeavesToQJsonDocument()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, decodes);
    QFETCH(QString, mention);
    QString failure;
    const Outcome r = decodeAllWays(body, &failure);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(r.documentOk, decodes);
    QVERIFY2(r.error.contains(mention), qPrintable(r.error));
}

void TestJsonCodecDifferential::notJsonIsRefusedByEveryDecoder()
{
    // The QJsonDocument path is shared: single endpoints and deliveries refuse it too.
    const QByteArray endpoint = UnitSupport::toJson(endpointJson()).replace("Production receiver", "a \\q");
    const QByteArray deliveries = UnitSupport::toJson(QJsonArray{UnitSupport::deliveryJson()}).replace("Bad Gateway", "Bad\x01");
    WebhookEndpoint e;
    QList<WebhookDelivery> list;
    QString error;
    QVERIFY(!JsonCodec::decodeEndpoint(endpoint, &e, &error));
    QVERIFY2(error.contains(QLatin1String("escape")), qPrintable(error));
    QVERIFY(!JsonCodec::decodeDeliveryList(deliveries, &list, &error));
    QVERIFY2(error.contains(QLatin1String("control character")), qPrintable(error));
}

void TestJsonCodecDifferential::mutatedListsDecodeAlikeOrFailOnBoth()
{
    Prng rng(Seed + 2);
    QElapsedTimer timer;
    timer.start();
    const int bodies = 10000;
    int scanned = 0;
    int leftToDocument = 0;
    int failedOnBoth = 0;
    QList<QByteArray> originals;
    for (int i = 0; i < 60; ++i) {
        QList<QJsonObject> objects;
        for (int k = 1 + rng.below(3); k > 0; --k)
            objects.append(randomEndpoint(rng, k));
        originals.append(writeList(rng, objects));
    }
    for (int n = 0; n < bodies; ++n) {
        const QByteArray body = mutated(rng.pick(originals), rng);
        QString failure;
        const Outcome r = decodeAllWays(body, &failure);
        QVERIFY2(failure.isEmpty(), qPrintable(QStringLiteral("mutant %1: %2\n%3").arg(n).arg(failure, QString::fromLatin1(shown(body)))));
        scanned += r.scanned;
        leftToDocument += !r.scanned && r.documentOk;
        failedOnBoth += !r.documentOk;
    }
    qInfo("%d mutated lists: %d decoded by the scanner (and alike by QJsonDocument), %d left to QJsonDocument "
          "and decoded there, %d refused by both: %lld ms",
          bodies, scanned, leftToDocument, failedOnBoth, timer.elapsed());
    // Enough of each for the comparison to mean something.
    QVERIFY(scanned > bodies / 10);
    QVERIFY(failedOnBoth > bodies / 4);
}

QTEST_GUILESS_MAIN(TestJsonCodecDifferential)
#include "tst_jsoncodec_differential.moc"
