#include "webhookdelivery.h"

WebhookDelivery::Status WebhookDelivery::statusFromWire(const QString &text)
{
    if (text == QLatin1String("pending"))
        return Status::Pending;
    if (text == QLatin1String("in_flight"))
        return Status::InFlight;
    if (text == QLatin1String("delivered"))
        return Status::Delivered;
    if (text == QLatin1String("exhausted"))
        return Status::Exhausted;
    return Status::Unknown;
}
