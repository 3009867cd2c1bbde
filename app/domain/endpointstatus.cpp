#include "endpointstatus.h"

#include "relativetime.h"

#include <algorithm>

QString EndpointStatus::stateName(WebhookEndpoint::State state)
{
    switch (state) {
    case WebhookEndpoint::State::Healthy: return tr("Healthy");
    case WebhookEndpoint::State::Failing: return tr("Failing");
    case WebhookEndpoint::State::Disabled: return tr("Disabled");
    case WebhookEndpoint::State::Inactive: return tr("Inactive");
    case WebhookEndpoint::State::NeverVerified: return tr("Never verified");
    }
    return {};
}

bool EndpointStatus::awaitsDeliveryAfterReactivation(const WebhookEndpoint &e)
{
    if (e.state() != WebhookEndpoint::State::Healthy || !e.lastFailureAt.isValid())
        return false;
    const QDateTime lastGood = std::max(e.lastSuccessAt.isValid() ? e.lastSuccessAt : QDateTime(),
                                        e.verifiedAt.isValid() ? e.verifiedAt : QDateTime());
    return !lastGood.isValid() || lastGood < e.lastFailureAt;
}

QString EndpointStatus::text(const WebhookEndpoint &e) { return text(e, QDateTime::currentDateTimeUtc()); }

QString EndpointStatus::text(const WebhookEndpoint &e, const QDateTime &now)
{
    switch (e.state()) {
    case WebhookEndpoint::State::Failing:
        //: Status column: consecutive failed deliveries / the count at which the server disables the endpoint
        return tr("Failing %1/%2").arg(e.consecutiveFailures).arg(WebhookEndpoint::AutoDisableThreshold);
    case WebhookEndpoint::State::Disabled:
        //: Status column: %1 is a relative time such as "3 days ago" or a date
        return tr("Disabled %1").arg(RelativeTime::text(e.disabledAt, now));
    case WebhookEndpoint::State::Healthy:
        if (awaitsDeliveryAfterReactivation(e))
            //: Status column: switched on again after failures, no delivery since
            return tr("Re-activated, awaiting delivery");
        break;
    case WebhookEndpoint::State::Inactive:
    case WebhookEndpoint::State::NeverVerified: break;
    }
    return stateName(e.state());
}

QString EndpointStatus::toolTip(const WebhookEndpoint &e)
{
    const int threshold = WebhookEndpoint::AutoDisableThreshold;
    switch (e.state()) {
    case WebhookEndpoint::State::Healthy:
        if (awaitsDeliveryAfterReactivation(e))
            return tr("Re-activated: switched on again after failed deliveries, and awaiting its next delivery. "
                      "The last failure was %1.")
                .arg(RelativeTime::exactText(e.lastFailureAt));
        if (e.lastSuccessAt.isValid())
            return tr("Healthy: the last delivery succeeded (%1).").arg(RelativeTime::exactText(e.lastSuccessAt));
        return tr("Healthy: the URL answered the verification ping (%1).").arg(RelativeTime::exactText(e.verifiedAt));
    case WebhookEndpoint::State::Failing: {
        QString tip = tr("Failing: the last %n delivery attempt(s) failed in a row.", nullptr, e.consecutiveFailures);
        tip += QLatin1Char(' ');
        tip += tr("The server switches the endpoint off after %n consecutive failures.", nullptr, threshold);
        if (e.lastFailureAt.isValid())
            tip += QLatin1Char('\n') + tr("Last failure: %1").arg(RelativeTime::exactText(e.lastFailureAt));
        return tip;
    }
    case WebhookEndpoint::State::Disabled:
        return tr("Disabled by the server on %1 after %n consecutive failed deliveries. "
                  "Events are not delivered until someone switches it on again.",
                  nullptr, e.failuresWhenDisabled())
            .arg(RelativeTime::exactText(e.disabledAt));
    case WebhookEndpoint::State::Inactive:
        return tr("Inactive: switched off by a person. Events are not delivered.");
    case WebhookEndpoint::State::NeverVerified:
        return tr("Never verified: no ping or delivery to this URL has succeeded yet.");
    }
    return {};
}

double EndpointStatus::severity(const WebhookEndpoint &e)
{
    switch (e.state()) {
    case WebhookEndpoint::State::Disabled: return 1.0;
    case WebhookEndpoint::State::Failing:
        return std::min(1.0, double(e.consecutiveFailures) / WebhookEndpoint::AutoDisableThreshold);
    case WebhookEndpoint::State::Healthy:
    case WebhookEndpoint::State::Inactive:
    case WebhookEndpoint::State::NeverVerified: return 0.0;
    }
    return 0.0;
}

int EndpointStatus::sortKey(const WebhookEndpoint &e)
{
    const int failures = std::clamp(e.consecutiveFailures, 0, 999);
    switch (e.state()) {
    case WebhookEndpoint::State::Healthy: return 0;
    case WebhookEndpoint::State::Inactive: return 100;
    case WebhookEndpoint::State::NeverVerified: return 200;
    case WebhookEndpoint::State::Failing: return 1000 + failures;
    case WebhookEndpoint::State::Disabled: return 2000 + failures;
    }
    return 0;
}
