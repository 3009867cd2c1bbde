#pragma once

#include "isotime.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

// The server's state, as plain structs. Timestamps are IsoTime microseconds
// (IsoTime::Null for a JSON null).

namespace EventNames {
const QString &uploadCreated();
const QString &uploadCompleted();
const QString &uploadFailed();
// The three known types, in contract order.
const QStringList &all();
// What create uses when "events" is omitted: upload.completed, upload.failed.
const QStringList &createDefault();
bool isKnown(const QString &name);
} // namespace EventNames

enum class DeliveryStatus { Pending, InFlight, Delivered, Exhausted };
QByteArrayView deliveryStatusName(DeliveryStatus status);
std::optional<DeliveryStatus> deliveryStatusFromName(const QString &name);

struct Delivery
{
    QUuid id;
    QUuid eventId;
    QString eventType;
    DeliveryStatus status = DeliveryStatus::Pending;
    int attemptCount = 0;
    qint64 nextRetryAt = 0; // required (non-null) in the contract
    qint64 createdAt = 0;
    qint64 lastAttemptAt = IsoTime::Null;
    std::optional<int> lastResponseStatus;
    std::optional<QString> lastError;
    qint64 deliveredAt = IsoTime::Null;
};

// A webhook request as the server would POST it to an endpoint's URL (sandbox-only: the
// simulator does not send it, it keeps the last one for tests and for the signature checker).
struct OutgoingRequest
{
    QList<std::pair<QByteArray, QByteArray>> headers; // in sending order
    QByteArray body; // the exact bytes that were signed
};

struct Endpoint
{
    QUuid id;
    QUuid userId;
    int organizationIndex = -1;
    QString url;
    std::optional<QString> description;
    QStringList events;
    bool isActive = true;
    int consecutiveFailures = 0;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 verifiedAt = IsoTime::Null;
    qint64 lastSuccessAt = IsoTime::Null;
    qint64 lastFailureAt = IsoTime::Null;
    qint64 disabledAt = IsoTime::Null;

    // Sandbox-only, never sent to clients.
    bool broken = false;          // the simulator's deliveries to it fail
    bool deliveriesReady = true;  // false: generated lazily on first use from deliverySeed
    quint64 deliverySeed = 0;
    std::vector<Delivery> deliveries; // ordered by createdAt, oldest first
    // The signing secret that create returned (64 hex characters); empty for generated and
    // seeded endpoints, whose secret nobody was ever given. Never logged.
    QByteArray secret;
    std::optional<OutgoingRequest> lastRequest; // the simulator's last attempt, signed with secret
};

struct Organization
{
    int index = 0;
    QString key;       // the full API key: never log it
    QString keyPrefix; // its 12-character display prefix
    QUuid id;
    QUuid userId; // the key's owner
    std::vector<std::unique_ptr<Endpoint>> endpoints; // in creation order
};
