#include "appcontroller.h"

#include "apiclient.h"
#include "apikey.h"
#include "desktopwatch.h"
#include "endpointlistcontroller.h"
#include "keyring.h"
#include "mainwindow.h"
#include "manageprofilesdialog.h"
#include "profiledialog.h"
#include "profilestore.h"

#include <QApplication>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTimer>

AppController::AppController(CredentialStore *store, QSettings *settings, QObject *parent)
    : QObject(parent), m_nam(new QNetworkAccessManager(this)), m_profiles(new ProfileStore(settings, this)),
      m_keyring(new Keyring(store, this)), m_client(new ApiClient(m_nam, this)), m_enrolments(m_profiles, m_keyring, m_nam)
{
    m_window = new MainWindow(m_client);
    m_window->setAttribute(Qt::WA_DeleteOnClose);
    m_watch = new DesktopWatch(m_window, settings, nullptr, this);
    connect(m_window, &MainWindow::profileSwitchRequested, this, [this](const QString &name) {
        m_profiles->setCurrentName(name);
        activate(name);
    });
    connect(m_window, &MainWindow::manageProfilesRequested, this, &AppController::manageProfiles);
    connect(m_profiles, &ProfileStore::profilesChanged, this, &AppController::updateSwitcher);
    connect(m_client, &ApiClient::unauthorized, this, [this] {
        // Once per activation: the key was refused (mistyped, expired or revoked).
        if (m_askedForKeyAfter401 || m_active.isEmpty())
            return;
        m_askedForKeyAfter401 = true;
        if (const std::optional<Profile> p = m_profiles->find(m_active))
            askForKey(*p, tr("The server refused the API key of \u201c%1\u201d: it may be mistyped, expired or revoked. "
                             "Enter a new key.").arg(p->name));
    });
}

MainWindow *AppController::window() const { return m_window.data(); }

AppController::~AppController()
{
    delete m_window;
}

void AppController::start(const Options &options)
{
    m_window->show();
    QString name = ProfileStore::normalizedName(options.profile);
    if (name.isEmpty())
        name = m_profiles->currentName();

    m_environmentKey = options.environmentKey;
    if (!options.environmentKey.isEmpty()) {
        // Scripted and demo runs: the key is used for this session, never stored.
        if (name.isEmpty())
            name = QStringLiteral("Default");
        if (!m_profiles->contains(name)) {
            Profile p;
            p.name = name;
            p.baseUrl = options.baseUrl.isValid() ? options.baseUrl : ProfileStore::defaultBaseUrl();
            p.keyPrefix = ApiKey::displayPrefix(options.environmentKey);
            QString error;
            if (!m_profiles->add(p, &error)) {
                m_window->showConnectionProblem(tr("Cannot use this profile"), error);
                return;
            }
        }
        m_keyring->useForSessionOnly(name, options.environmentKey);
    }
    if (options.baseUrl.isValid()) {
        m_baseUrlOverride = options.baseUrl;
        m_overrideProfile = name;
    }
    if (name.isEmpty() || !m_profiles->contains(name)) {
        if (m_profiles->isEmpty()) {
            askForProfile();
            return;
        }
        if (!name.isEmpty())
            m_window->showConnectionProblem(tr("No such profile"), tr("There is no profile named \u201c%1\u201d; opening \u201c%2\u201d instead.")
                                                                      .arg(name, m_profiles->names().constFirst()));
        name = m_profiles->names().constFirst();
    }
    m_profiles->setCurrentName(name);
    activate(name);
}

void AppController::showForAnotherLaunch(const QString &profile)
{
    m_watch->bringBackWindow();
    if (QWidget *dialog = QApplication::activeModalWidget()) {
        // A question or a form is open: it stays in front, and nothing changes under it.
        dialog->raise();
        dialog->activateWindow();
        return;
    }
    const QString name = ProfileStore::normalizedName(profile);
    if (name.isEmpty() || name == m_active)
        return;
    if (!m_profiles->contains(name)) {
        m_window->showConnectionProblem(
            tr("No such profile"),
            tr("There is no profile named \u201c%1\u201d; \u201c%2\u201d stays open.").arg(name, m_active));
        return;
    }
    m_profiles->setCurrentName(name);
    activate(name);
}

void AppController::updateSwitcher()
{
    // The key actually in use, which is not the stored one when the environment gives one.
    m_window->setProfiles(m_profiles->names(), m_active, m_keyInUsePrefix, m_keyInUseFromEnvironment);
}

void AppController::activate(const QString &name)
{
    const std::optional<Profile> profile = m_profiles->find(name);
    if (!profile)
        return;
    m_active = name;
    m_askedForKeyAfter401 = false;
    m_keyInUsePrefix.clear(); // until the keyring has answered
    m_keyInUseFromEnvironment = false;
    m_window->controller()->clear();
    m_watch->setProfile(name);
    updateSwitcher();
    m_keyring->keyFor(name, this, [this, profile = *profile](const Keyring::Result &r) {
        if (m_active != profile.name)
            return; // switched again meanwhile
        if (!r.ok()) {
            askForKey(profile, r.status == Keyring::Status::NotFound ? tr("No API key is stored for \u201c%1\u201d yet.").arg(profile.name)
                                                                      : r.message);
            return;
        }
        const QUrl base = (m_overrideProfile == profile.name && m_baseUrlOverride.isValid()) ? m_baseUrlOverride : profile.baseUrl;
        QString error;
        if (!m_client->configure(base, r.key, &error)) {
            m_window->showConnectionProblem(tr("Cannot connect with this profile"), error);
            return;
        }
        m_keyInUsePrefix = ApiKey::displayPrefix(r.key);
        m_keyInUseFromEnvironment = r.source == Keyring::Source::Session && !m_environmentKey.isEmpty()
            && r.key == m_environmentKey;
        updateSwitcher();
        m_window->refresh();
        emit profileActivated(profile.name);
    });
}

void AppController::askForProfile()
{
    auto *dialog = new ProfileDialog(ProfileDialog::Mode::FirstRun, &m_enrolments, Profile(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Profile p = dialog->profile();
        m_profiles->setCurrentName(p.name);
        activate(p.name);
    });
    connect(dialog, &QDialog::rejected, this, [this] {
        if (m_profiles->isEmpty())
            emit quitRequested();
    });
    dialog->open();
}

void AppController::askForKey(const Profile &profile, const QString &why)
{
    m_window->showConnectionProblem(tr("No key for this profile"), why);
    auto *dialog = new ProfileDialog(ProfileDialog::Mode::ReplaceKey, &m_enrolments, profile, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, name = profile.name] { activate(name); });
    dialog->open();
}

void AppController::manageProfiles()
{
    m_window->controller()->pauseAutoRefresh();
    auto *dialog = new ManageProfilesDialog(m_profiles, m_keyring, &m_enrolments, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->selectProfile(m_active);
    connect(dialog, &ManageProfilesDialog::currentProfileChanged, this, &AppController::activate);
    connect(dialog, &ManageProfilesDialog::keyReplaced, this, [this](const Profile &p) {
        if (p.name == m_active)
            activate(p.name);
    });
    connect(dialog, &ManageProfilesDialog::profileRemoved, this, [this](const QString &name) {
        if (name != m_active)
            return;
        m_active.clear();
        if (m_profiles->isEmpty()) {
            m_window->controller()->clear();
            askForProfile();
        } else {
            activate(m_profiles->current() ? m_profiles->current()->name : m_profiles->names().constFirst());
        }
    });
    connect(dialog, &QDialog::finished, this, [this] { m_window->controller()->resumeAutoRefresh(); });
    dialog->open();
}
