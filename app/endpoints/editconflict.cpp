#include "editconflict.h"

#include "localdatetime.h"
#include "urldisplay.h"

#include <QLocale>

namespace {

QString eventList(EventTypes events, const QStringList &unknown)
{
    QStringList names;
    for (EventType t : EventTypeNames::all()) {
        if (events.testFlag(t))
            names.append(EventTypeNames::label(t));
    }
    names.append(unknown);
    //: No event types are subscribed
    return names.isEmpty() ? EditConflict::tr("none") : QLocale().createSeparatedList(names);
}

} // namespace

bool EditConflict::exists(const WebhookEndpoint &original, const WebhookEndpoint &serverNow, const WebhookPatch &mine)
{
    // Switched off (by the server after failures, or by someone) or on again: worth
    // knowing before anything is saved, unless the user makes that same switch.
    if (serverNow.disabledAt != original.disabledAt)
        return true;
    if (serverNow.isActive != original.isActive && !(mine.isActive && *mine.isActive == serverNow.isActive))
        return true;
    // Someone changed a field the user changes too, to another value: saving would
    // overwrite their change unseen. Everything else (the failure counter, the times,
    // fields the user leaves alone) the PATCH does not touch.
    if (mine.url && serverNow.url != original.url && serverNow.url != *mine.url)
        return true;
    if (mine.description && serverNow.description != original.description && serverNow.description != *mine.description)
        return true;
    const bool eventsMoved = serverNow.events != original.events || serverNow.unknownEvents != original.unknownEvents;
    return mine.events && eventsMoved && !(serverNow.events == *mine.events && serverNow.unknownEvents == mine.otherEvents);
}

WebhookEndpoint EditConflict::withEdits(WebhookEndpoint base, const WebhookPatch &mine, const WebhookEndpoint &edits)
{
    if (mine.url)
        base.url = edits.url;
    if (mine.description)
        base.description = edits.description;
    if (mine.events)
        base.events = edits.events;
    if (mine.isActive)
        base.isActive = edits.isActive;
    return base;
}

std::optional<EditNotice> EditConflict::noticeAfter(Choice choice, bool leftToSave)
{
    switch (choice) {
    case Choice::Overwrite:
        break;
    case Choice::Reload:
        if (leftToSave)
            return EditNotice{EditNotice::Kind::Info, tr("Reloaded the server's version"),
                              tr("The form shows the endpoint as it is on the server now, with your edits on top. "
                                 "Review it and press Save.")};
        return EditNotice{EditNotice::Kind::Info, tr("Nothing left to save"),
                          tr("The server's version already has the values you entered.")};
    case Choice::Cancel:
        return EditNotice{EditNotice::Kind::Info, tr("Not saved"),
                          tr("The endpoint changed on the server, so nothing was sent. Your edits are still here: "
                             "press Save to choose again.")};
    }
    return std::nullopt;
}

EditConflict::EditConflict(const WebhookEndpoint &original, const WebhookEndpoint &serverNow, const WebhookPatch &mine)
    : m_original(original), m_serverNow(serverNow), m_mine(mine)
{
}

QStringList EditConflict::differences() const
{
    const WebhookEndpoint &now = m_serverNow;
    const WebhookEndpoint &was = m_original;
    QStringList lines;
    if (now.url != was.url)
        lines << tr("URL: now %1").arg(UrlDisplay::forDisplay(now.url));
    if (now.description != was.description)
        lines << tr("Description changed");
    if (now.events != was.events || now.unknownEvents != was.unknownEvents)
        lines << tr("Events: now %1").arg(eventList(now.events, now.unknownEvents));
    if (now.isActive != was.isActive)
        lines << (now.isAutoDisabled() ? tr("Switched off by the server after failed deliveries")
                  : now.isActive      ? tr("Switched on")
                                      : tr("Switched off"));
    if (now.consecutiveFailures != was.consecutiveFailures)
        lines << tr("Failures in a row: %1 \u2192 %2").arg(was.consecutiveFailures).arg(now.consecutiveFailures);
    if (now.updatedAt != was.updatedAt)
        lines << tr("Last updated: %1").arg(LocalDateTime::text(now.updatedAt));
    return lines;
}

QStringList EditConflict::editedFields() const
{
    QStringList fields;
    if (m_mine.url)
        fields << tr("URL", "field of the edit form, in a list of edited fields");
    if (m_mine.description)
        fields << tr("Description", "field of the edit form, in a list of edited fields");
    if (m_mine.events)
        fields << tr("Events", "field of the edit form, in a list of edited fields");
    if (m_mine.isActive)
        fields << tr("Active", "field of the edit form, in a list of edited fields");
    return fields;
}

EditQuestion EditConflict::question() const
{
    const QStringList changes = differences();
    QString text = tr("This endpoint was changed on the server since you opened it (by someone else or by failures).");
    if (!changes.isEmpty())
        text += QLatin1String("\n\n") + tr("On the server now:") + QStringLiteral("\n\u2022 ")
            + changes.join(QStringLiteral("\n\u2022 "));
    text += QLatin1String("\n\n")
        //: %1 is a list of form fields, e.g. "URL and Description"
        + tr("Overwrite: send your changes over the server's version (only the fields you edited: %1).")
              .arg(QLocale().createSeparatedList(editedFields()))
        + QLatin1Char('\n')
        + tr("Reload (keep my edits): show the server's version with your edits on top, to review "
             "before saving.")
        + QLatin1Char('\n') + tr("Cancel: send nothing for now.");
    return EditQuestion{tr("Changed on the Server"), text};
}
