#pragma once

#include "enrolmentfactory.h"
#include "profile.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class ApiClient;
class CredentialStore;
class DesktopWatch;
class Keyring;
class MainWindow;
class ProfileStore;
class QNetworkAccessManager;
class QSettings;

// Wires the application together: the profiles, the keys (keychain or this session),
// the API client and the main window. Chooses the profile to open, asks for one on
// first run, and switches organizations when the user asks.
class AppController : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString profile;       // --profile NAME
        QUrl baseUrl;          // --base-url URL: for this run (stored only for a new profile)
        QString environmentKey; // OPTIMALDIAL_API_KEY: for this session, never stored
    };

    // `store` and `settings` are not owned (tests pass a memory store and an INI file).
    AppController(CredentialStore *store, QSettings *settings, QObject *parent = nullptr);
    ~AppController() override;

    // Shows the window and opens a profile (asking for one on first run).
    void start(const Options &options);
    // Another launch asked for this app (SingleInstance): the window comes to the front
    // (from the tray too), and the profile it named opens, unless a dialog is open.
    void showForAnotherLaunch(const QString &profile);

    MainWindow *window() const;
    ProfileStore *profiles() const { return m_profiles; }
    DesktopWatch *desktopWatch() const { return m_watch; }
    Keyring *keyring() const { return m_keyring; }
    QString activeProfile() const { return m_active; }

signals:
    // The profile is configured and its first refresh has been asked for.
    void profileActivated(const QString &name);
    // The user closed the first-run dialog without a profile.
    void quitRequested();

private:
    void activate(const QString &name);
    void askForProfile();
    void askForKey(const Profile &profile, const QString &why);
    void manageProfiles();
    void updateSwitcher();

    QNetworkAccessManager *m_nam;
    ProfileStore *m_profiles;
    Keyring *m_keyring;
    ApiClient *m_client;
    EnrolmentFactory m_enrolments; // for the profile dialogs
    QPointer<MainWindow> m_window;
    DesktopWatch *m_watch;
    QString m_active;
    QUrl m_baseUrlOverride;
    QString m_overrideProfile;
    QString m_environmentKey; // OPTIMALDIAL_API_KEY, for telling where the key in use came from
    // The key the client uses now: its display prefix, whether it came from the environment.
    QString m_keyInUsePrefix;
    bool m_keyInUseFromEnvironment = false;
    bool m_askedForKeyAfter401 = false;
};
