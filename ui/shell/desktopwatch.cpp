#include "desktopwatch.h"

#include "appinfo.h"
#include "endpointlistcontroller.h"
#include "endpointtablemodel.h"
#include "endpointwatch.h"
#include "mainwindow.h"
#include "notifier.h"
#include "preferencesdialog.h"
#include "trayicon.h"
#include "traywindowkeeper.h"
#include "watchalerts.h"
#include "writelimit.h"
#include "writequeue.h"

#include <QApplication>
#include <QSettings>
#include <QStatusBar>

DesktopWatch::DesktopWatch(MainWindow *window, QSettings *settings, Notifier *notifier, QObject *parent)
    : QObject(parent), m_window(window), m_settings(settings), m_watch(new EndpointWatch(this)),
      m_tray(new TrayIcon(QApplication::windowIcon(), this)), m_keeper(new TrayWindowKeeper(window, m_tray, this)),
      m_alerts(
          new WatchAlerts(m_watch, notifier ? notifier : WatchAlerts::createNotifier(m_tray->systemTrayIcon()), this))
{
    // The hook: the list the table now shows, as a shared copy; compared on a worker.
    connect(window->controller(), &EndpointListController::refreshed, m_watch,
            [this] { m_watch->observe(m_window->model()->endpoints()); });
    connect(window->model(), &EndpointTableModel::countsChanged, this, &DesktopWatch::updateTray);
    connect(window, &MainWindow::preferencesRequested, this, &DesktopWatch::openPreferences);
    connect(m_alerts, &WatchAlerts::endpointRequested, this, &DesktopWatch::showEndpoint);
    connect(m_tray, &TrayIcon::showRequested, m_keeper, &TrayWindowKeeper::bringBack);
    connect(m_tray, &TrayIcon::refreshRequested, window, &MainWindow::refresh);
    connect(m_tray, &TrayIcon::quitRequested, this, [this] {
        // Closed by the app (not the window manager): the window's own questions apply.
        if (!m_window || m_window->close())
            QCoreApplication::quit();
    });
    applyPreferences(WatchPreferences::load(*m_settings, QString()));
}

void DesktopWatch::setProfile(const QString &name)
{
    m_profile = name;
    m_watch->reset();
    applyPreferences(WatchPreferences::load(*m_settings, name));
}

void DesktopWatch::applyPreferences(const WatchPreferences &preferences)
{
    m_preferences = preferences;
    m_watch->setThreshold(preferences.threshold);
    m_alerts->setEnabled(preferences.notifications);
    m_keeper->setKeepRunningWhenClosed(preferences.keepRunningInTray);
    m_keeper->setMinimizeToTray(preferences.minimizeToTray);
    // The tray's messages need the icon shown.
    m_tray->setVisible(preferences.showInTray || (preferences.notifications && m_alerts->needsTrayIcon()));
    updateTray();
}

void DesktopWatch::openPreferences()
{
    if (!m_window)
        return;
    auto *dialog
        = new PreferencesDialog(m_preferences, m_window->controller()->autoRefreshInterval(), WriteLimit::perMinute(),
                                m_profile, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const WatchPreferences chosen = dialog->preferences();
        chosen.save(*m_settings, m_profile);
        applyPreferences(chosen);
        WriteLimit::setPerMinute(dialog->writesPerMinute());
        if (m_window) {
            m_window->setAutoRefresh(dialog->intervalSeconds());
            WriteQueue::of(m_window->client())->setPerMinute(dialog->writesPerMinute());
        }
    });
    dialog->open();
}

void DesktopWatch::bringBackWindow() { m_keeper->bringBack(); }

void DesktopWatch::showEndpoint(const QString &endpointId, bool open)
{
    if (!m_window)
        return;
    m_keeper->bringBack();
    if (!m_window->selectId(endpointId)) {
        m_window->statusBar()->showMessage(
            tr("That endpoint is not in the table now (deleted, or hidden by the search or a filter)."), 8000);
        return;
    }
    if (open)
        m_window->editSelected();
}

void DesktopWatch::updateTray()
{
    if (!m_window)
        return;
    const EndpointTableModel::Counts c = m_window->model()->counts();
    m_tray->setCounts(c.failing, c.disabled);
    m_tray->setTitle(m_profile.isEmpty() ? AppInfo::name() : tr("%1 \u2014 %2").arg(AppInfo::name(), m_profile));
}
