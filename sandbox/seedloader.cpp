#include "seedloader.h"

#include "model.h"
#include "rawfields.h"
#include "sandboxstore.h"
#include "webhookrules.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace SeedLoader {

bool loadFile(const QString &path, SandboxStore &store, Organization &org, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read seed file %1: %2").arg(path, file.errorString());
        return false;
    }
    if (!loadJson(file.readAll(), store, org, error)) {
        *error = QStringLiteral("seed file %1: %2").arg(path, *error);
        return false;
    }
    return true;
}

bool loadJson(const QByteArray &json, SandboxStore &store, Organization &org, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("not valid JSON: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset);
        return false;
    }
    if (!doc.isObject()) {
        *error = QStringLiteral("the top level must be an object {\"webhooks\": [...], \"deliveries\": [...]}");
        return false;
    }
    const QJsonObject root = doc.object();
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (it.key() != QLatin1String("webhooks") && it.key() != QLatin1String("deliveries")
            && !it.key().startsWith(QLatin1Char('_'))) {
            *error = QStringLiteral("unknown top-level field \"%1\" (expected webhooks, deliveries)").arg(it.key());
            return false;
        }
        if (!it.key().startsWith(QLatin1Char('_')) && !it.value().isArray()) {
            *error = QStringLiteral("%1 must be an array").arg(it.key());
            return false;
        }
    }

    const qint64 now = store.now();
    std::vector<std::unique_ptr<Endpoint>> endpoints;
    QHash<QUuid, Endpoint *> byId;
    const QJsonArray webhooks = root.value(QLatin1String("webhooks")).toArray();
    for (qsizetype i = 0; i < webhooks.size(); ++i) {
        if (!webhooks.at(i).isObject()) {
            *error = QStringLiteral("webhooks[%1] must be an object").arg(i);
            return false;
        }
        const QJsonObject object = webhooks.at(i).toObject();
        auto e = std::make_unique<Endpoint>();
        e->id = QUuid::createUuid();
        e->userId = org.userId;
        e->events = EventNames::createDefault();
        e->createdAt = IsoTime::Null;
        e->updatedAt = IsoTime::Null;
        QString why;
        if (!RawFields::applyEndpoint(object, e.get(), RawFields::Mode::Seed, &why)) {
            *error = QStringLiteral("webhooks[%1]: %2").arg(i).arg(why);
            return false;
        }
        if (!object.contains(QLatin1String("url"))) {
            *error = QStringLiteral("webhooks[%1]: url is required").arg(i);
            return false;
        }
        e->url = WebhookRules::asciiUrl(e->url);
        if (e->createdAt == IsoTime::Null)
            e->createdAt = now;
        if (e->updatedAt == IsoTime::Null)
            e->updatedAt = e->createdAt;
        if (!object.contains(QLatin1String("broken")))
            e->broken = e->consecutiveFailures > 0;
        if (byId.contains(e->id) || store.findAny(e->id)) {
            *error = QStringLiteral("webhooks[%1]: id %2 is used twice").arg(i).arg(e->id.toString(QUuid::WithoutBraces));
            return false;
        }
        byId.insert(e->id, e.get());
        endpoints.push_back(std::move(e));
    }

    const QJsonArray deliveries = root.value(QLatin1String("deliveries")).toArray();
    for (qsizetype i = 0; i < deliveries.size(); ++i) {
        if (!deliveries.at(i).isObject()) {
            *error = QStringLiteral("deliveries[%1] must be an object").arg(i);
            return false;
        }
        Delivery d;
        QUuid endpointId;
        QString why;
        if (!RawFields::readDelivery(deliveries.at(i).toObject(), &d, &endpointId, &why)) {
            *error = QStringLiteral("deliveries[%1]: %2").arg(i).arg(why);
            return false;
        }
        Endpoint *e = byId.value(endpointId, nullptr);
        if (!e) {
            *error = QStringLiteral("deliveries[%1]: webhook_endpoint_id %2 is not one of the seed's webhooks")
                         .arg(i)
                         .arg(endpointId.toString(QUuid::WithoutBraces));
            return false;
        }
        e->deliveries.push_back(d);
    }

    for (auto &e : endpoints) {
        std::stable_sort(e->deliveries.begin(), e->deliveries.end(),
                         [](const Delivery &a, const Delivery &b) { return a.createdAt < b.createdAt; });
        store.insert(org, std::move(e));
    }
    return true;
}

} // namespace SeedLoader
