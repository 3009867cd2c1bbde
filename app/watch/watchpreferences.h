#pragma once

#include "endpointwatch.h"

#include <QString>

class QSettings;

// The watch's settings. Notifications are per profile (one organization may matter
// at night, another not); the rest is the app's. The refresh interval is not here: it
// is the main window's (View > Automatic refresh), which the preferences change too.
struct WatchPreferences
{
    int threshold = EndpointWatch::DefaultThreshold; // notify when consecutive failures reach this
    bool notifications = true; // for the profile they were loaded for
    bool showInTray = false;
    bool keepRunningInTray = false; // closing the window hides it to the tray
    bool minimizeToTray = false;

    // `profile` empty: notifications on (no profile yet).
    static WatchPreferences load(const QSettings &settings, const QString &profile);
    void save(QSettings &settings, const QString &profile) const;

    friend bool operator==(const WatchPreferences &a, const WatchPreferences &b)
    {
        return a.threshold == b.threshold && a.notifications == b.notifications && a.showInTray == b.showInTray
            && a.keepRunningInTray == b.keepRunningInTray && a.minimizeToTray == b.minimizeToTray;
    }
};
