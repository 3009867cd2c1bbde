#include "bulkreport.h"

#include <QLocale>
#include <QStringList>

namespace {
QString eventName(EventType type) { return EventTypeNames::label(type); }
} // namespace

QString BulkReport::runningTitle(const BulkChange::Change &change, int count)
{
    switch (change.kind) {
    case BulkChange::Kind::Enable: return tr("Switching on %n endpoint(s)", nullptr, count);
    case BulkChange::Kind::Disable: return tr("Switching off %n endpoint(s)", nullptr, count);
    case BulkChange::Kind::AddEvent:
        return tr("Subscribing %n endpoint(s) to \u201c%1\u201d", nullptr, count).arg(eventName(change.event));
    case BulkChange::Kind::RemoveEvent:
        return tr("Unsubscribing %n endpoint(s) from \u201c%1\u201d", nullptr, count).arg(eventName(change.event));
    }
    return {};
}

QString BulkReport::windowTitle(const BulkChange::Change &change)
{
    switch (change.kind) {
    case BulkChange::Kind::Enable: return tr("Switch On Endpoints");
    case BulkChange::Kind::Disable: return tr("Switch Off Endpoints");
    case BulkChange::Kind::AddEvent: return tr("Add Event \u201c%1\u201d").arg(eventName(change.event));
    case BulkChange::Kind::RemoveEvent: return tr("Remove Event \u201c%1\u201d").arg(eventName(change.event));
    }
    return {};
}

QString BulkReport::timeLeft(int seconds)
{
    if (seconds <= 0)
        return {};
    if (seconds < 120)
        return tr("About %n second(s) left", nullptr, seconds);
    return tr("About %n minute(s) left", nullptr, (seconds + 59) / 60);
}

QString BulkReport::rate(double perMinute)
{
    //: The pace of a bulk change: changes sent to the server per minute
    return tr("%1 changes a minute").arg(QLocale().toString(perMinute, 'f', perMinute < 10 ? 1 : 0));
}

QString BulkReport::waiting(int seconds)
{
    return tr("Waiting %n s: the server asked us to slow down", nullptr, seconds);
}

QString BulkReport::cancelling() { return tr("Stopping after the change on its way to the server\u2026"); }

QString BulkReport::outcome(const BulkChange::Change &change, const BulkChange::Row &row)
{
    switch (row.outcome) {
    case BulkChange::Outcome::Pending: return tr("Waiting its turn");
    case BulkChange::Outcome::Changed: return tr("Changed");
    case BulkChange::Outcome::AlreadySo:
        switch (change.kind) {
        case BulkChange::Kind::Enable: return tr("Skipped: already on");
        case BulkChange::Kind::Disable: return tr("Skipped: already off");
        case BulkChange::Kind::AddEvent: return tr("Skipped: already subscribed");
        case BulkChange::Kind::RemoveEvent: return tr("Skipped: not subscribed");
        }
        break;
    case BulkChange::Outcome::Refused: return tr("Skipped: it would have no event left");
    case BulkChange::Outcome::Failed:
        // The server's own words when it gave some (one safe line), else what went wrong.
        return tr("Failed: %1").arg(row.error.serverMessage.isEmpty() ? row.error.title() : row.error.serverMessage);
    case BulkChange::Outcome::NotSent: return tr("Not sent: cancelled before its turn");
    }
    return {};
}

QString BulkReport::counts(const BulkChange &bulk)
{
    using O = BulkChange::Outcome;
    QStringList parts;
    if (const int n = bulk.count(O::Changed))
        parts << tr("%n changed", nullptr, n);
    if (const int n = bulk.count(O::AlreadySo))
        parts << tr("%n skipped (already so)", nullptr, n);
    if (const int n = bulk.count(O::Refused))
        parts << tr("%n skipped (no event would be left)", nullptr, n);
    if (const int n = bulk.count(O::Failed))
        parts << tr("%n failed", nullptr, n);
    if (const int n = bulk.count(O::NotSent))
        parts << tr("%n not sent (cancelled)", nullptr, n);
    if (const int n = bulk.count(O::Pending))
        parts << tr("%n waiting", nullptr, n);
    return parts.join(QStringLiteral(" \u00b7 "));
}

QString BulkReport::cancelledNote(const BulkChange &bulk)
{
    const int notSent = bulk.count(BulkChange::Outcome::NotSent);
    if (notSent == 0)
        return {};
    return tr("You cancelled: the changes already made stay made; %n endpoint(s) were not changed.", nullptr, notSent);
}
