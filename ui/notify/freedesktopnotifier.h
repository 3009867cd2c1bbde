#pragma once

#include "notifier.h"

#include <QDBusConnection>
#include <QHash>

// Notifications through the freedesktop service org.freedesktop.Notifications
// (Desktop Notifications Specification 1.2) on a D-Bus connection (the session bus;
// tests pass their own). Each Notify names the app and its icon, the desktop entry,
// an urgency (critical when an endpoint was disabled), and the actions "default" (show
// the endpoint) and, for one endpoint, "open" (open it). ActionInvoked maps back to
// the endpoint through the id the service returned; NotificationClosed forgets it.
// Server text is escaped when the service reads markup in the body.
class FreedesktopNotifier : public Notifier
{
    Q_OBJECT

public:
    static const QString Service;
    static const QString Path;
    static const QString Interface;

    explicit FreedesktopNotifier(const QDBusConnection &bus, QObject *parent = nullptr);

    // Whether a notification service runs on `bus`, or can be started there.
    static bool isAvailable(const QDBusConnection &bus);

    void notify(const WatchMessage &message) override;

    // Notifications shown and not yet closed (for tests).
    int openCount() const { return int(m_endpointByNotification.size()); }

private slots:
    void onActionInvoked(uint id, const QString &actionKey);
    void onNotificationClosed(uint id, uint reason);

private:
    QDBusConnection m_bus;
    QHash<uint, QString> m_endpointByNotification;
    bool m_bodyMarkup = true; // until the service says otherwise: escape
};
