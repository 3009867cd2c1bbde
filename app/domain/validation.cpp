#include "validation.h"

#include "addressclass.h"

#include <QUrl>

QString Validation::checkUrl(const QString &text)
{
    if (text.trimmed().isEmpty())
        return tr("Enter the URL that OptimalDial should call.");
    for (const QChar c : text) {
        if (c.isSpace())
            return tr("The URL must not contain spaces.");
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty())
        return tr("This is not a valid URL: it should look like https://example.com/webhooks.");
    if (url.scheme() != QLatin1String("https"))
        return tr("The URL must start with https:// (OptimalDial only calls encrypted endpoints).");
    if (url.host().isEmpty())
        return tr("The URL must name a host, as in https://example.com/webhooks.");
    if (!url.userInfo().isEmpty())
        return tr("The URL must not contain a user name or password; put credentials in the receiver instead.");
    switch (AddressClass::classify(url.host())) {
    case AddressClass::Kind::Public:
        return {};
    case AddressClass::Kind::Localhost:
    case AddressClass::Kind::Loopback:
        return tr("OptimalDial cannot call %1: it is this computer (loopback), not a public address.").arg(url.host());
    case AddressClass::Kind::Private:
        return tr("OptimalDial cannot call %1: it is a private network address, not reachable from the internet.").arg(url.host());
    case AddressClass::Kind::LinkLocal:
        return tr("OptimalDial cannot call %1: it is a link-local address, not reachable from the internet.").arg(url.host());
    case AddressClass::Kind::Reserved:
        return tr("OptimalDial cannot call %1: it is a reserved address, not a public one.").arg(url.host());
    }
    return {};
}

int Validation::codePointCount(const QString &text)
{
    int count = 0;
    const int n = text.size();
    for (int i = 0; i < n; ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < n && text.at(i + 1).isLowSurrogate())
            ++i;
        ++count;
    }
    return count;
}

QString Validation::checkDescription(const QString &description)
{
    const int length = codePointCount(description);
    if (length > MaxDescriptionLength)
        return tr("The description is %1 characters long; the limit is %2.").arg(length).arg(MaxDescriptionLength);
    return {};
}

QString Validation::checkEvents(EventTypes events)
{
    if (!events)
        return tr("Choose at least one event to send to this endpoint.");
    EventTypes known;
    for (EventType t : EventTypeNames::all())
        known |= t;
    if ((events.toInt() & ~known.toInt()) != 0)
        return tr("The event selection contains an unknown event type.");
    return {};
}
