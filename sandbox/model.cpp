#include "model.h"

namespace EventNames {

const QString &uploadCreated()
{
    static const QString name = QStringLiteral("upload.created");
    return name;
}

const QString &uploadCompleted()
{
    static const QString name = QStringLiteral("upload.completed");
    return name;
}

const QString &uploadFailed()
{
    static const QString name = QStringLiteral("upload.failed");
    return name;
}

const QStringList &all()
{
    static const QStringList names{uploadCreated(), uploadCompleted(), uploadFailed()};
    return names;
}

const QStringList &createDefault()
{
    static const QStringList names{uploadCompleted(), uploadFailed()};
    return names;
}

bool isKnown(const QString &name) { return all().contains(name); }

} // namespace EventNames

QByteArrayView deliveryStatusName(DeliveryStatus status)
{
    switch (status) {
    case DeliveryStatus::Pending: return "pending";
    case DeliveryStatus::InFlight: return "in_flight";
    case DeliveryStatus::Delivered: return "delivered";
    case DeliveryStatus::Exhausted: return "exhausted";
    }
    return "pending";
}

std::optional<DeliveryStatus> deliveryStatusFromName(const QString &name)
{
    for (DeliveryStatus s : {DeliveryStatus::Pending, DeliveryStatus::InFlight, DeliveryStatus::Delivered,
                             DeliveryStatus::Exhausted}) {
        if (name == QLatin1String(deliveryStatusName(s)))
            return s;
    }
    return std::nullopt;
}
