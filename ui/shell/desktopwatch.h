#pragma once

#include "watchpreferences.h"

#include <QObject>
#include <QPointer>

class EndpointWatch;
class MainWindow;
class Notifier;
class QSettings;
class TrayIcon;
class TrayWindowKeeper;
class WatchAlerts;

// Wires the watch to the window: every refreshed list goes to the EndpointWatch, its
// changes to a notification (WatchAlerts), the counts to the tray icon; a notification
// or the tray brings the window back and shows the endpoint. Opens Edit > Preferences
// and applies them; the profile's switch for notifications follows the profile.
class DesktopWatch : public QObject
{
    Q_OBJECT

public:
    // `settings` not owned. `notifier` (owned) null: the desktop's (WatchAlerts::createNotifier).
    DesktopWatch(MainWindow *window, QSettings *settings, Notifier *notifier = nullptr, QObject *parent = nullptr);

    // Another profile: its first list is a new baseline, its notification switch applies.
    void setProfile(const QString &name);
    WatchPreferences preferences() const { return m_preferences; }
    void applyPreferences(const WatchPreferences &preferences);
    void openPreferences();

    EndpointWatch *watch() const { return m_watch; }
    WatchAlerts *alerts() const { return m_alerts; }
    TrayIcon *tray() const { return m_tray; }

    // Brings the window back and selects the endpoint (`open`: and opens it).
    void showEndpoint(const QString &endpointId, bool open);
    // Brings the window back from the tray or from behind others, with the keyboard focus.
    void bringBackWindow();

private:
    void updateTray();

    QPointer<MainWindow> m_window;
    QSettings *m_settings;
    EndpointWatch *m_watch;
    TrayIcon *m_tray;
    TrayWindowKeeper *m_keeper;
    WatchAlerts *m_alerts;
    QString m_profile;
    WatchPreferences m_preferences;
};
