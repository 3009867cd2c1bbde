#include "rawfields.h"

#include "model.h"

#include <QJsonArray>
#include <cmath>

namespace RawFields {
namespace {

bool fail(QString *error, const QString &message)
{
    *error = message;
    return false;
}

bool readUuid(const QJsonValue &v, const QString &name, QUuid *out, QString *error)
{
    const QUuid id = v.isString() && v.toString().size() == 36 ? QUuid::fromString(v.toString()) : QUuid();
    if (id.isNull())
        return fail(error, QStringLiteral("%1 must be a UUID string").arg(name));
    *out = id;
    return true;
}

bool readInt(const QJsonValue &v, const QString &name, int minimum, int *out, QString *error)
{
    const double d = v.toDouble(-1);
    if (!v.isDouble() || std::floor(d) != d || d < minimum || d > 1e9)
        return fail(error, QStringLiteral("%1 must be an integer >= %2").arg(name).arg(minimum));
    *out = int(d);
    return true;
}

bool readTime(const QJsonValue &v, const QString &name, bool nullable, qint64 *out, QString *error)
{
    if (v.isNull() && nullable) {
        *out = IsoTime::Null;
        return true;
    }
    if (!v.isString() || !IsoTime::parse(v.toString(), out))
        return fail(error, QStringLiteral("%1 must be an ISO 8601 date-time with a time zone%2")
                               .arg(name, nullable ? QStringLiteral(" or null") : QString()));
    return true;
}

bool readOptionalString(const QJsonValue &v, const QString &name, std::optional<QString> *out, QString *error)
{
    if (v.isNull()) {
        out->reset();
        return true;
    }
    if (!v.isString())
        return fail(error, QStringLiteral("%1 must be a string or null").arg(name));
    *out = v.toString();
    return true;
}

bool readBool(const QJsonValue &v, const QString &name, bool *out, QString *error)
{
    if (!v.isBool())
        return fail(error, QStringLiteral("%1 must be a boolean").arg(name));
    *out = v.toBool();
    return true;
}

} // namespace

bool applyEndpoint(const QJsonObject &object, Endpoint *target, Mode mode, QString *error)
{
    Endpoint e = *target; // all or nothing
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString &k = it.key();
        const QJsonValue v = it.value();
        bool ok = true;
        if (k == QLatin1String("id") || k == QLatin1String("user_id") || k == QLatin1String("organization_id")) {
            if (mode == Mode::Overwrite)
                return fail(error, QStringLiteral("%1 cannot be changed").arg(k));
            if (k == QLatin1String("id"))
                ok = readUuid(v, k, &e.id, error);
            else if (k == QLatin1String("user_id"))
                ok = readUuid(v, k, &e.userId, error);
            // organization_id: always the organization the seed is loaded into
        } else if (k == QLatin1String("url")) {
            if (!v.isString())
                return fail(error, QStringLiteral("url must be a string"));
            e.url = v.toString();
        } else if (k == QLatin1String("description")) {
            ok = readOptionalString(v, k, &e.description, error);
        } else if (k == QLatin1String("events")) {
            if (!v.isArray())
                return fail(error, QStringLiteral("events must be an array of strings"));
            QStringList events;
            for (const QJsonValue &item : v.toArray()) {
                if (!item.isString())
                    return fail(error, QStringLiteral("events must be an array of strings"));
                const qsizetype known = EventNames::all().indexOf(item.toString());
                events.append(known >= 0 ? EventNames::all().at(known) : item.toString());
            }
            e.events = events;
        } else if (k == QLatin1String("is_active")) {
            ok = readBool(v, k, &e.isActive, error);
        } else if (k == QLatin1String("broken")) {
            ok = readBool(v, k, &e.broken, error);
        } else if (k == QLatin1String("consecutive_failures")) {
            ok = readInt(v, k, 0, &e.consecutiveFailures, error);
        } else if (k == QLatin1String("created_at")) {
            ok = readTime(v, k, false, &e.createdAt, error);
        } else if (k == QLatin1String("updated_at")) {
            ok = readTime(v, k, false, &e.updatedAt, error);
        } else if (k == QLatin1String("verified_at")) {
            ok = readTime(v, k, true, &e.verifiedAt, error);
        } else if (k == QLatin1String("last_success_at")) {
            ok = readTime(v, k, true, &e.lastSuccessAt, error);
        } else if (k == QLatin1String("last_failure_at")) {
            ok = readTime(v, k, true, &e.lastFailureAt, error);
        } else if (k == QLatin1String("disabled_at")) {
            ok = readTime(v, k, true, &e.disabledAt, error);
        } else {
            return fail(error, QStringLiteral("unknown endpoint field \"%1\"").arg(k));
        }
        if (!ok)
            return false;
    }
    *target = std::move(e);
    return true;
}

bool readDelivery(const QJsonObject &object, Delivery *out, QUuid *endpointId, QString *error)
{
    Delivery d;
    d.id = QUuid::createUuid();
    d.eventId = QUuid::createUuid();
    d.eventType = EventNames::uploadCompleted();
    bool haveEndpoint = false, haveStatus = false, haveCreated = false, haveNextRetry = false;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString &k = it.key();
        const QJsonValue v = it.value();
        bool ok = true;
        if (k == QLatin1String("id")) {
            ok = readUuid(v, k, &d.id, error);
        } else if (k == QLatin1String("webhook_endpoint_id")) {
            ok = readUuid(v, k, endpointId, error);
            haveEndpoint = true;
        } else if (k == QLatin1String("event_id")) {
            ok = readUuid(v, k, &d.eventId, error);
        } else if (k == QLatin1String("event_type")) {
            if (!v.isString())
                return fail(error, QStringLiteral("event_type must be a string"));
            const qsizetype known = EventNames::all().indexOf(v.toString());
            d.eventType = known >= 0 ? EventNames::all().at(known) : v.toString();
        } else if (k == QLatin1String("status")) {
            const auto status = deliveryStatusFromName(v.toString());
            if (!v.isString() || !status)
                return fail(error, QStringLiteral("status must be one of pending, in_flight, delivered, exhausted"));
            d.status = *status;
            haveStatus = true;
        } else if (k == QLatin1String("attempt_count")) {
            ok = readInt(v, k, 0, &d.attemptCount, error);
        } else if (k == QLatin1String("next_retry_at")) {
            ok = readTime(v, k, false, &d.nextRetryAt, error);
            haveNextRetry = true;
        } else if (k == QLatin1String("created_at")) {
            ok = readTime(v, k, false, &d.createdAt, error);
            haveCreated = true;
        } else if (k == QLatin1String("last_attempt_at")) {
            ok = readTime(v, k, true, &d.lastAttemptAt, error);
        } else if (k == QLatin1String("delivered_at")) {
            ok = readTime(v, k, true, &d.deliveredAt, error);
        } else if (k == QLatin1String("last_response_status")) {
            if (v.isNull()) {
                d.lastResponseStatus.reset();
            } else {
                int status = 0;
                ok = readInt(v, k, 0, &status, error);
                d.lastResponseStatus = status;
            }
        } else if (k == QLatin1String("last_error")) {
            ok = readOptionalString(v, k, &d.lastError, error);
        } else {
            return fail(error, QStringLiteral("unknown delivery field \"%1\"").arg(k));
        }
        if (!ok)
            return false;
    }
    if (!haveEndpoint)
        return fail(error, QStringLiteral("webhook_endpoint_id is required"));
    if (!haveStatus)
        return fail(error, QStringLiteral("status is required"));
    if (!haveCreated)
        return fail(error, QStringLiteral("created_at is required"));
    if (!haveNextRetry)
        d.nextRetryAt = d.createdAt;
    *out = d;
    return true;
}

} // namespace RawFields
