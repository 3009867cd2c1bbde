#pragma once

#include "watchchange.h"

#include <QObject>
#include <QPointer>

class EndpointWatch;
class Notifier;
class QDBusConnection;
class QSystemTrayIcon;

// The watch's voice: each refresh's changes become one notification (WatchSummary),
// unless notifications are switched off for the profile. Passes on what the user does
// with a notification.
class WatchAlerts : public QObject
{
    Q_OBJECT

public:
    // `notifier` is owned (re-parented).
    WatchAlerts(EndpointWatch *watch, Notifier *notifier, QObject *parent = nullptr);

    // The freedesktop service when `bus` has one (Linux), else the tray icon's messages.
    static Notifier *createNotifier(QSystemTrayIcon *tray, QObject *parent = nullptr);
#ifdef ODWH_FREEDESKTOP_NOTIFICATIONS
    static Notifier *createNotifier(const QDBusConnection &bus, QSystemTrayIcon *tray, QObject *parent = nullptr);
#endif

    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }
    Notifier *notifier() const { return m_notifier; }
    // Whether messages go through the tray icon (which must then be shown).
    bool needsTrayIcon() const;

signals:
    void endpointRequested(const QString &endpointId, bool open);

private:
    void onChanges(const QList<WatchChange> &changes);

    EndpointWatch *m_watch;
    Notifier *m_notifier;
    bool m_enabled = true;
};
