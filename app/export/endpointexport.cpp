#include "endpointexport.h"

#include "eventtype.h"
#include "isotimestamp.h"

#include <QJsonArray>

namespace {

QJsonValue time(const QDateTime &t) { return t.isValid() ? QJsonValue(IsoTimestamp::format(t)) : QJsonValue(); }

} // namespace

namespace EndpointExport {

QStringList fields()
{
    return {QStringLiteral("id"),
            QStringLiteral("url"),
            QStringLiteral("description"),
            QStringLiteral("events"),
            QStringLiteral("is_active"),
            QStringLiteral("consecutive_failures"),
            QStringLiteral("last_success_at"),
            QStringLiteral("last_failure_at"),
            QStringLiteral("disabled_at"),
            QStringLiteral("verified_at"),
            QStringLiteral("created_at"),
            QStringLiteral("updated_at"),
            QStringLiteral("user_id"),
            QStringLiteral("organization_id")};
}

ExportTable table(const QList<WebhookEndpoint> &endpoints)
{
    ExportTable t;
    t.fields = fields();
    t.rows.reserve(endpoints.size());
    for (const WebhookEndpoint &e : endpoints) {
        t.rows.append({e.id, e.url, e.description.isNull() ? QJsonValue() : QJsonValue(e.description),
                       QJsonArray::fromStringList(EventTypeNames::toWireList(e.events) + e.unknownEvents), e.isActive,
                       e.consecutiveFailures, time(e.lastSuccessAt), time(e.lastFailureAt), time(e.disabledAt),
                       time(e.verifiedAt), time(e.createdAt), time(e.updatedAt), e.userId, e.organizationId});
    }
    return t;
}

} // namespace EndpointExport
