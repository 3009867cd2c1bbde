#include "reactivation.h"

#include "localdatetime.h"

EditQuestion Reactivation::question(const WebhookEndpoint &original)
{
    const int failures = original.failuresWhenDisabled();
    const QString text
        = tr("OptimalDial switched this endpoint off on %1 after %n consecutive failed deliveries.", nullptr, failures)
              .arg(LocalDateTime::text(original.disabledAt))
        + QLatin1String("\n\n")
        + tr("Re-activating it resets the failure counter to 0 and deliveries start again. If the receiver "
             "still fails, the server switches it off again after %1 failures in a row.")
              .arg(WebhookEndpoint::AutoDisableThreshold)
        + QLatin1String("\n\n") + tr("Re-activate the endpoint?");
    return EditQuestion{tr("Re-activate Endpoint?"), text};
}

EditNotice Reactivation::declined()
{
    return EditNotice{EditNotice::Kind::Info, tr("Not saved"),
                      tr("Nothing was sent: the endpoint stays switched off. Your edits are still here.")};
}

QString Reactivation::note(const WebhookEndpoint &original, bool activeTicked)
{
    if (!original.isAutoDisabled())
        return {};
    if (activeTicked)
        return tr("Saving re-activates it and resets its failure counter; you will be asked to confirm.");
    return tr("The server switched this endpoint off on %1 after %n failed deliveries in a row. "
              "Tick Active to re-activate it.",
              nullptr, original.failuresWhenDisabled())
        .arg(LocalDateTime::text(original.disabledAt));
}
