#include "webhookrules.h"

#include "addresspolicy.h"
#include "model.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace WebhookRules {
namespace {

const QLatin1String HttpsPrefix("https://");

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("a boolean");
    case QJsonValue::Double: return QStringLiteral("a number");
    case QJsonValue::String: return QStringLiteral("a string");
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("undefined");
}

bool parseObject(const QByteArray &body, QJsonObject *object, QString *error)
{
    if (body.trimmed().isEmpty()) {
        *error = QStringLiteral("request body is missing: send a JSON object");
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // QJsonDocument refuses top-level scalars, which are valid JSON: say what is wrong.
        if (!QJsonDocument::fromJson("[" + body + "]").isNull()) {
            *error = QStringLiteral("request body must be a JSON object");
            return false;
        }
        *error = QStringLiteral("request body is not valid JSON: %1 at offset %2")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return false;
    }
    if (!doc.isObject()) {
        *error = QStringLiteral("request body must be a JSON object");
        return false;
    }
    *object = doc.object();
    return true;
}

bool checkKnownFields(const QJsonObject &object, const QStringList &allowed, QString *error)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowed.contains(it.key())) {
            *error = QStringLiteral("unknown field \"%1\" (allowed: %2)").arg(it.key(), allowed.join(QStringLiteral(", ")));
            return false;
        }
    }
    return true;
}

bool takeString(const QJsonObject &object, const QString &name, QString *out, QString *error)
{
    const QJsonValue v = object.value(name);
    if (!v.isString()) {
        *error = QStringLiteral("%1 must be a string, not %2").arg(name, typeName(v));
        return false;
    }
    *out = v.toString();
    return true;
}

bool takeUrl(const QJsonObject &object, QString *url, QString *error)
{
    if (!takeString(object, QStringLiteral("url"), url, error))
        return false;
    *error = checkUrl(*url);
    if (error->isEmpty())
        *url = asciiUrl(*url);
    return error->isEmpty();
}

bool takeDescription(const QJsonObject &object, std::optional<QString> *description, QString *error)
{
    QString text;
    if (!takeString(object, QStringLiteral("description"), &text, error))
        return false;
    *error = checkDescription(text);
    if (!error->isEmpty())
        return false;
    *description = text;
    return true;
}

} // namespace

int codePointCount(QStringView text)
{
    int count = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (text[i].isHighSurrogate() && i + 1 < n && text[i + 1].isLowSurrogate())
            ++i;
        ++count;
    }
    return count;
}

QString asciiUrl(const QString &url)
{
    bool ascii = true;
    for (QChar c : url)
        ascii = ascii && c.unicode() < 0x80;
    if (ascii)
        return url; // as sent, byte for byte
    return QUrl(url, QUrl::StrictMode).toString(QUrl::FullyEncoded);
}

QString checkUrl(const QString &url)
{
    if (url.isEmpty())
        return QStringLiteral("url must not be empty");
    if (!url.startsWith(HttpsPrefix))
        return QStringLiteral("url must use https (start with \"https://\")");
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid()) {
        QString why = parsed.errorString();
        why = why.left(why.indexOf(QLatin1Char(';'))); // drop Qt's echo of the source
        return QStringLiteral("url is not a valid URL: %1").arg(why);
    }
    if (parsed.host().isEmpty())
        return QStringLiteral("url must include a host name");
    qsizetype authorityEnd = HttpsPrefix.size();
    while (authorityEnd < url.size() && url.at(authorityEnd) != QLatin1Char('/') && url.at(authorityEnd) != QLatin1Char('?')
           && url.at(authorityEnd) != QLatin1Char('#'))
        ++authorityEnd;
    const QStringView authority = QStringView(url).mid(HttpsPrefix.size(), authorityEnd - HttpsPrefix.size());
    if (authority.contains(QLatin1Char('@')) || !parsed.userInfo().isEmpty())
        return QStringLiteral("url must not include a user name or password");
    const QString refusal = AddressPolicy::refusal(parsed.host());
    if (!refusal.isEmpty())
        return QStringLiteral("url must resolve to a public IP address: %1").arg(refusal);
    return {};
}

QString checkDescription(const QString &description)
{
    const int length = codePointCount(description);
    if (length > MaxDescriptionLength)
        return QStringLiteral("description is longer than %1 characters (%2)").arg(MaxDescriptionLength).arg(length);
    return {};
}

QString parseEvents(const QJsonValue &value, QStringList *events)
{
    if (!value.isArray())
        return QStringLiteral("events must be an array of event types, not %1").arg(typeName(value));
    const QJsonArray array = value.toArray();
    if (array.isEmpty())
        return QStringLiteral("events must contain at least one event type");
    QStringList result;
    for (const QJsonValue &item : array) {
        if (!item.isString())
            return QStringLiteral("events must contain only strings, not %1").arg(typeName(item));
        const QString name = item.toString();
        if (!EventNames::isKnown(name))
            return QStringLiteral("unknown event type \"%1\" (expected one of %2)")
                .arg(name, EventNames::all().join(QStringLiteral(", ")));
        if (result.contains(name))
            return QStringLiteral("event type \"%1\" is listed more than once").arg(name);
        // Share the static strings: no per-endpoint copies.
        result.append(EventNames::all().at(EventNames::all().indexOf(name)));
    }
    *events = result;
    return {};
}

bool parseCreate(const QByteArray &body, CreateRequest *out, QString *error)
{
    QJsonObject object;
    if (!parseObject(body, &object, error))
        return false;
    if (!checkKnownFields(object, {QStringLiteral("url"), QStringLiteral("description"), QStringLiteral("events")}, error))
        return false;
    if (!object.contains(QLatin1String("url"))) {
        *error = QStringLiteral("url is required");
        return false;
    }
    CreateRequest request;
    if (!takeUrl(object, &request.url, error))
        return false;
    if (object.contains(QLatin1String("description")) && !takeDescription(object, &request.description, error))
        return false;
    if (object.contains(QLatin1String("events"))) {
        *error = parseEvents(object.value(QLatin1String("events")), &request.events);
        if (!error->isEmpty())
            return false;
    } else {
        request.events = EventNames::createDefault();
    }
    *out = request;
    return true;
}

bool parsePatch(const QByteArray &body, PatchRequest *out, QString *error)
{
    QJsonObject object;
    if (!parseObject(body, &object, error))
        return false;
    if (!checkKnownFields(object,
                          {QStringLiteral("url"), QStringLiteral("description"), QStringLiteral("events"),
                           QStringLiteral("is_active")},
                          error))
        return false;
    if (object.isEmpty()) {
        *error = QStringLiteral("request body must contain at least one of url, description, events, is_active");
        return false;
    }
    PatchRequest patch;
    if (object.contains(QLatin1String("url"))) {
        QString url;
        if (!takeUrl(object, &url, error))
            return false;
        patch.url = url;
    }
    if (object.contains(QLatin1String("description")) && !takeDescription(object, &patch.description, error))
        return false;
    if (object.contains(QLatin1String("events"))) {
        QStringList events;
        *error = parseEvents(object.value(QLatin1String("events")), &events);
        if (!error->isEmpty())
            return false;
        patch.events = events;
    }
    if (object.contains(QLatin1String("is_active"))) {
        const QJsonValue v = object.value(QLatin1String("is_active"));
        if (!v.isBool()) {
            *error = QStringLiteral("is_active must be a boolean, not %1").arg(typeName(v));
            return false;
        }
        patch.isActive = v.toBool();
    }
    *out = patch;
    return true;
}

} // namespace WebhookRules
