#include "watchsummary.h"

#include "urldisplay.h"
#include "webhookendpoint.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>

namespace {
// A URL in a notification: safe, and short enough for a bubble.
constexpr int UrlLimit = 120;
QString shownUrl(const QString &url) { return UrlDisplay::forDisplay(url).left(UrlLimit); }
} // namespace

WatchMessage WatchSummary::message(const QList<WatchChange> &changes, int threshold)
{
    WatchMessage m;
    if (changes.isEmpty())
        return m;
    m.changeCount = int(changes.size());
    m.endpointId = changes.constFirst().id;
    m.isTrouble = changes.constFirst().kind != WatchChange::Kind::Recovered;
    m.isCritical = changes.constFirst().kind == WatchChange::Kind::AutoDisabled;
    if (changes.size() == 1) {
        m.body = single(changes.constFirst(), &m.title);
        return m;
    }
    const int n = m.changeCount;
    m.title = m.isTrouble ? tr("%n endpoint(s) changed state", nullptr, n) : tr("%n endpoint(s) recovered", nullptr, n);
    QStringList counts;
    for (WatchChange::Kind kind : {WatchChange::Kind::AutoDisabled, WatchChange::Kind::CrossedThreshold,
                                   WatchChange::Kind::StartedFailing, WatchChange::Kind::Recovered}) {
        const auto count
            = std::count_if(changes.cbegin(), changes.cend(), [kind](const WatchChange &c) { return c.kind == kind; });
        if (count > 0 && m.isTrouble)
            counts << countLine(kind, int(count), threshold);
    }
    QStringList lines;
    for (int i = 0; i < changes.size() && i < NamedLimit; ++i)
        lines << stateLine(changes.at(i));
    if (changes.size() > NamedLimit)
        lines << tr("and %n more", nullptr, int(changes.size()) - NamedLimit);
    // The counts, an empty line, the endpoints named.
    m.body = counts.isEmpty() ? lines.join(QLatin1Char('\n'))
                              : counts.join(QLatin1Char('\n')) + QStringLiteral("\n\n") + lines.join(QLatin1Char('\n'));
    return m;
}

QString WatchSummary::single(const WatchChange &change, QString *title)
{
    const QString url = shownUrl(change.url);
    switch (change.kind) {
    case WatchChange::Kind::AutoDisabled:
        *title = tr("Endpoint disabled by the server");
        return tr("%1 was switched off after failing too often. Fix the receiver, then enable it again.").arg(url);
    case WatchChange::Kind::CrossedThreshold:
        *title = tr("Endpoint close to being disabled");
        //: %n failures now; %1 the URL; %2 the number at which the server disables it
        return tr("%1 has failed %n time(s) in a row; the server disables it at %2.", nullptr, change.failures)
            .arg(url, QLocale().toString(WebhookEndpoint::AutoDisableThreshold));
    case WatchChange::Kind::StartedFailing:
        *title = tr("Endpoint failing");
        return tr("Deliveries to %1 are failing (%n in a row).", nullptr, change.failures).arg(url);
    case WatchChange::Kind::Recovered:
        *title = tr("Endpoint recovered");
        return tr("%1 receives deliveries again.").arg(url);
    }
    return {};
}

QString WatchSummary::countLine(WatchChange::Kind kind, int count, int threshold)
{
    switch (kind) {
    case WatchChange::Kind::AutoDisabled: return tr("Disabled by the server: %n", nullptr, count);
    case WatchChange::Kind::CrossedThreshold:
        //: %n endpoints; %1 the user's failure threshold
        return tr("At %1 or more failures in a row: %n", nullptr, count).arg(QLocale().toString(threshold));
    case WatchChange::Kind::StartedFailing: return tr("Started failing: %n", nullptr, count);
    case WatchChange::Kind::Recovered: return tr("Recovered: %n", nullptr, count);
    }
    return {};
}

QString WatchSummary::stateLine(const WatchChange &change)
{
    const QString url = shownUrl(change.url);
    switch (change.kind) {
    case WatchChange::Kind::AutoDisabled:
        //: one line of a list: the URL, then what happened
        return tr("%1: disabled").arg(url);
    case WatchChange::Kind::CrossedThreshold:
        return tr("%1: %n failure(s) in a row", nullptr, change.failures).arg(url);
    case WatchChange::Kind::StartedFailing: return tr("%1: failing (%n in a row)", nullptr, change.failures).arg(url);
    case WatchChange::Kind::Recovered: return tr("%1: recovered").arg(url);
    }
    return {};
}
