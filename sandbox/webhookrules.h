#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <optional>

// A validated POST /api/v1/webhooks body.
struct CreateRequest
{
    QString url;
    std::optional<QString> description;
    QStringList events; // already defaulted when omitted
};

// A validated PATCH body: only the fields that were present.
struct PatchRequest
{
    std::optional<QString> url;
    std::optional<QString> description;
    std::optional<QStringList> events;
    std::optional<bool> isActive;
};

// The input rules of the contract (WebhookEndpointCreate / WebhookEndpointUpdate).
// Every function returns an empty string when the input is acceptable, else a
// specific, human-readable message that becomes {"detail": message} with status 400.
namespace WebhookRules {

constexpr int MaxDescriptionLength = 500; // Unicode code points

QString checkUrl(const QString &url);
// The URL as a valid URI (`format: uri`): an internationalised host in its ASCII
// (punycode) form, as a server built on the usual validators stores and returns it.
QString asciiUrl(const QString &url);
QString checkDescription(const QString &description);
// Parses an "events" value: a non-empty array of distinct known event types.
QString parseEvents(const QJsonValue &value, QStringList *events);

// Unicode code points (a surrogate pair counts once; combining marks count each).
int codePointCount(QStringView text);

bool parseCreate(const QByteArray &body, CreateRequest *out, QString *error);
bool parsePatch(const QByteArray &body, PatchRequest *out, QString *error);

} // namespace WebhookRules
