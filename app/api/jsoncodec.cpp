#include "jsoncodec.h"

#include "endpointlistscanner.h"
#include "isotimestamp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

#include <cstring>

namespace {

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("boolean");
    case QJsonValue::Double: return QStringLiteral("number");
    case QJsonValue::String: return QStringLiteral("string");
    case QJsonValue::Array: return QStringLiteral("array");
    case QJsonValue::Object: return QStringLiteral("object");
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
        //: %1 is a field name, %2 a JSON type name (null, number, array, ...)
        fail(key, v, JsonCodec::tr("field \"%1\" must be a string, not %2"));
        return {};
    }

    bool boolean(QLatin1String key)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isBool())
            return v.toBool();
        //: %1 is a field name, %2 a JSON type name (null, number, array, ...)
        fail(key, v, JsonCodec::tr("field \"%1\" must be true or false, not %2"));
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
            failWith(JsonCodec::tr("field \"%1\" must be a whole number of at least %2, not %3")
                         .arg(key)
                         .arg(minimum)
                         .arg(d));
            return 0;
        }
        //: %1 is a field name, %2 a JSON type name (null, string, array, ...)
        fail(key, v, JsonCodec::tr("field \"%1\" must be a whole number, not %2"));
        return 0;
    }

    QDateTime time(QLatin1String key, bool required)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isString()) {
            QString why;
            const QDateTime t = IsoTimestamp::parse(v.toString(), &why);
            if (!t.isValid())
                failWith(JsonCodec::tr("field \"%1\" is not a valid timestamp (%2): \"%3\"")
                             .arg(key, why, v.toString().left(40)));
            return t;
        }
        if (!required && (v.isNull() || v.isUndefined()))
            return {};
        //: %1 is a field name, %2 a JSON type name (null, number, array, ...)
        fail(key, v, JsonCodec::tr("field \"%1\" must be a timestamp string, not %2"));
        return {};
    }

    QJsonArray array(QLatin1String key)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isArray())
            return v.toArray();
        //: %1 is a field name, %2 a JSON type name (null, number, string, ...)
        fail(key, v, JsonCodec::tr("field \"%1\" must be an array, not %2"));
        return {};
    }

    // The first problem found wins.
    void failWith(const QString &message)
    {
        if (!m_ok)
            return;
        m_ok = false;
        if (m_error)
            *m_error = message;
    }

private:
    // wrongType: the message for a value of the wrong type (%1 the field, %2 its JSON type).
    void fail(QLatin1String key, const QJsonValue &v, const QString &wrongType)
    {
        if (v.isUndefined())
            failWith(JsonCodec::tr("field \"%1\" is missing").arg(key));
        else
            failWith(wrongType.arg(key, typeName(v)));
    }

    const QJsonObject &m_o;
    QString *m_error;
    bool m_ok = true;
};

// QJsonDocument reads a few things that are not JSON (RFC 8259, the contract's
// application/json): control characters inside strings, unknown escapes ("\q" as "q")
// and numbers such as "1.", ".5" or "1.e5". In a body QJsonDocument has read: the
// offset of the first of them (and *what it is), or -1. The endpoint-list scanner
// refuses them too, so both paths agree.
qsizetype notJsonAt(const QByteArray &body, QString *what)
{
    const char *const begin = body.constData();
    const char *const end = begin + body.size();
    auto digit = [end](const char *p) { return p < end && *p >= '0' && *p <= '9'; };
    for (const char *p = begin; p < end; ++p) {
        if (*p == '"') {
            for (++p; *p != '"'; ++p) { // QJsonDocument found the closing quote
                if (static_cast<unsigned char>(*p) < 0x20) {
                    *what = JsonCodec::tr("control character in a string");
                    return p - begin;
                }
                if (*p == '\\' && !std::memchr("\"\\/bfnrtu", *++p, 9)) {
                    *what = JsonCodec::tr("invalid escape sequence");
                    return p - 1 - begin;
                }
            }
        } else if (*p == '-' || *p == '.' || digit(p)) { // outside strings, only numbers have these
            const char *const number = p;
            if (*p == '-')
                ++p;
            bool wellFormed = digit(p); // digits before a '.' ...
            while (digit(p))
                ++p;
            if (p < end && *p == '.') {
                ++p;
                wellFormed = wellFormed && digit(p); // ... and after it
                while (digit(p))
                    ++p;
            }
            if (!wellFormed) {
                *what = JsonCodec::tr("illegal number");
                return number - begin;
            }
            if (p < end && (*p == 'e' || *p == 'E')) { // QJsonDocument checked the exponent
                ++p;
                if (p < end && (*p == '+' || *p == '-'))
                    ++p;
                while (digit(p))
                    ++p;
            }
            --p; // the last character of the number
        }
    }
    return -1;
}

bool parseDocument(const QByteArray &body, QJsonDocument *doc, QString *error)
{
    QJsonParseError parseError;
    *doc = QJsonDocument::fromJson(body, &parseError);
    QString what;
    qsizetype offset;
    if (parseError.error != QJsonParseError::NoError) {
        what = parseError.errorString();
        offset = parseError.offset;
    } else {
        offset = notJsonAt(body, &what);
        if (offset < 0)
            return true;
        *doc = QJsonDocument();
    }
    if (error)
        *error = JsonCodec::tr("the answer is not valid JSON (%1 at byte %2)").arg(what).arg(offset);
    return false;
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

} // namespace

bool JsonCodec::decodeEndpoint(const QJsonObject &o, WebhookEndpoint *out, QString *error)
{
    FieldReader r(o, error);
    WebhookEndpoint e;
    e.id = r.string(QLatin1String("id"), true, false);
    if (r.ok() && e.id.isEmpty())
        r.failWith(tr("field \"%1\" is empty").arg(QLatin1String("id")));
    e.userId = r.string(QLatin1String("user_id"), true, false);
    e.organizationId = r.string(QLatin1String("organization_id"), true, false);
    e.url = r.string(QLatin1String("url"), true, false);
    e.description = r.string(QLatin1String("description"), false, true);
    const QJsonArray events = r.array(QLatin1String("events"));
    for (const QJsonValue &v : events) {
        if (!v.isString()) {
            r.failWith(tr("field \"%1\" must contain only strings").arg(QLatin1String("events")));
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
    // The usual case, fast; anything the scanner is unsure of goes the general way.
    QList<WebhookEndpoint> endpoints;
    if (scanEndpointList(body, &endpoints)) {
        *out = std::move(endpoints);
        return true;
    }
    return decodeEndpointListWithoutScanner(body, out, error);
}

bool JsonCodec::decodeEndpointListWithoutScanner(const QByteArray &body, QList<WebhookEndpoint> *out, QString *error)
{
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
