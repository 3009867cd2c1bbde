#pragma once
// Small helpers shared by the unit tests: UTC instants and contract-shaped JSON.

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace UnitSupport {

inline QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms = 0)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone::utc());
#else
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
#endif
}

inline QString s(const char *text) { return QString::fromUtf8(text); }

// A complete endpoint as the server sends it (every field, nullable ones set).
inline QJsonObject endpointJson(const QString &id = s("7d1c3b0e-2f4a-4c5e-9a8b-0c1d2e3f4a5b"))
{
    QJsonObject o;
    o.insert(QLatin1String("id"), id);
    o.insert(QLatin1String("user_id"), s("11111111-2222-3333-4444-555555555555"));
    o.insert(QLatin1String("organization_id"), s("66666666-7777-8888-9999-000000000000"));
    o.insert(QLatin1String("url"), s("https://hooks.example.com/optimaldial"));
    o.insert(QLatin1String("description"), s("Production receiver"));
    o.insert(QLatin1String("events"), QJsonArray{s("upload.completed"), s("upload.failed")});
    o.insert(QLatin1String("is_active"), true);
    o.insert(QLatin1String("consecutive_failures"), 3);
    o.insert(QLatin1String("created_at"), s("2026-04-23T10:15:03Z"));
    o.insert(QLatin1String("updated_at"), s("2026-04-24T08:00:00.250Z"));
    o.insert(QLatin1String("verified_at"), s("2026-04-23T10:15:04+00:00"));
    o.insert(QLatin1String("last_success_at"), s("2026-04-24T09:30:00+02:00"));
    o.insert(QLatin1String("last_failure_at"), s("2026-04-25T01:02:03.123456Z"));
    o.insert(QLatin1String("disabled_at"), QJsonValue(QJsonValue::Null));
    return o;
}

// A complete delivery row as the server sends it.
inline QJsonObject deliveryJson(const QString &id = s("d0000000-0000-4000-8000-000000000001"))
{
    QJsonObject o;
    o.insert(QLatin1String("id"), id);
    o.insert(QLatin1String("webhook_endpoint_id"), s("7d1c3b0e-2f4a-4c5e-9a8b-0c1d2e3f4a5b"));
    o.insert(QLatin1String("event_id"), s("e0000000-0000-4000-8000-0000000000aa"));
    o.insert(QLatin1String("event_type"), s("upload.failed"));
    o.insert(QLatin1String("status"), s("pending"));
    o.insert(QLatin1String("attempt_count"), 2);
    o.insert(QLatin1String("next_retry_at"), s("2026-04-23T10:50:00Z"));
    o.insert(QLatin1String("created_at"), s("2026-04-23T10:15:00Z"));
    o.insert(QLatin1String("last_attempt_at"), s("2026-04-23T10:20:00Z"));
    o.insert(QLatin1String("last_response_status"), 502);
    o.insert(QLatin1String("last_error"), s("Bad Gateway"));
    o.insert(QLatin1String("delivered_at"), QJsonValue(QJsonValue::Null));
    return o;
}

inline QByteArray toJson(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }
inline QByteArray toJson(const QJsonArray &a) { return QJsonDocument(a).toJson(QJsonDocument::Compact); }

} // namespace UnitSupport
