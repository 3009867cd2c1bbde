// Notifications of the watch, end to end: the real sandbox (its control API pushes
// endpoints to failure and to auto-disable, or --simulate does it by itself), the real
// main window refreshing, DesktopWatch, and FreedesktopNotifier talking D-Bus to a
// notification service of the test's own (RecordingNotifications) on a private bus
// daemon, so that no other test's notifications can reach it.
#include "apiclient.h"
#include "appinfo.h"
#include "desktopwatch.h"
#include "editendpointdialog.h"
#include "endpointlistcontroller.h"
#include "endpointtablemodel.h"
#include "endpointwatch.h"
#include "freedesktopnotifier.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "recordingnotifications.h"
#include "sandboxprocess.h"
#include "trayicon.h"
#include "watchalerts.h"
#include "writelimit.h"
#include "writequeue.h"

#include <QCheckBox>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

namespace {
const QByteArray Disabled = R"({"consecutive_failures":20,"is_active":false,"disabled_at":"2026-11-20T08:00:00Z"})";
QByteArray failing(int n) { return QStringLiteral(R"({"consecutive_failures":%1,"broken":true})").arg(n).toUtf8(); }
} // namespace

class TestWatchNotificationsSandbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void firstLoadNotifiesNothing();
    void newlyDisabledEndpointIsNotified();
    void severalChangesAreOneNotification();
    void nothingWhenSwitchedOffForTheProfile();
    void actionOpensTheEndpoint();
    void simulatorDisablesAnEndpointAndItIsNotified();
    void preferencesSetTheWriteLimit();

private:
    // A refresh, and the watch done comparing it.
    bool refreshAndCompare();
    // A call to the service from the app's connection, answered: whatever the app sent
    // before it has been handled (messages between two connections keep their order).
    bool roundTripToService();
    QStringList healthyIds(int count) const;

    QTemporaryDir m_dir;
    QProcess m_busDaemon;
    QString m_busAddress;
    SandboxProcess m_sandbox;
    QNetworkAccessManager m_nam;
    ApiClient *m_client = nullptr;
    RecordingNotifications *m_service = nullptr;
    QSettings *m_settings = nullptr;
    MainWindow *m_window = nullptr;
    DesktopWatch *m_watch = nullptr;
};

void TestWatchNotificationsSandbox::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("OptimalDialTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_watchnotifications"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());

    m_busDaemon.start(QStringLiteral("dbus-daemon"),
                      {QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address=1")});
    QVERIFY2(m_busDaemon.waitForStarted(10000), qPrintable(m_busDaemon.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(m_busDaemon.canReadLine(), 10000);
    m_busAddress = QString::fromUtf8(m_busDaemon.readLine()).trimmed();
    QVERIFY(!m_busAddress.isEmpty());

    const QDBusConnection serviceBus
        = QDBusConnection::connectToBus(m_busAddress, QStringLiteral("notification-service"));
    QVERIFY2(serviceBus.isConnected(), qPrintable(serviceBus.lastError().message()));
    m_service = new RecordingNotifications(serviceBus, this);
    QVERIFY(m_service->registerOnBus());

    QVERIFY2(m_sandbox.start({QStringLiteral("--generate"), QStringLiteral("20")}),
             qPrintable(m_sandbox.errorString()));
    m_client = new ApiClient(&m_nam, this);
    QString error;
    QVERIFY2(m_client->configure(m_sandbox.baseUrl(), SandboxProcess::keyA(), &error), qPrintable(error));
}

void TestWatchNotificationsSandbox::cleanupTestCase()
{
    QDBusConnection::disconnectFromBus(QStringLiteral("notification-service"));
    QDBusConnection::disconnectFromBus(QStringLiteral("app"));
    m_busDaemon.terminate();
    m_busDaemon.waitForFinished(5000);
}

void TestWatchNotificationsSandbox::init()
{
    QFile::remove(m_dir.filePath(QStringLiteral("watch.ini")));
    m_settings = new QSettings(m_dir.filePath(QStringLiteral("watch.ini")), QSettings::IniFormat);
    m_window = new MainWindow(m_client);
    m_window->setAutoRefresh(0); // the test refreshes
    const QDBusConnection appBus = QDBusConnection::connectToBus(m_busAddress, QStringLiteral("app"));
    QVERIFY(FreedesktopNotifier::isAvailable(appBus));
    m_watch = new DesktopWatch(m_window, m_settings, new FreedesktopNotifier(appBus), m_window);
    m_watch->setProfile(QStringLiteral("Acme"));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QVERIFY(refreshAndCompare()); // the baseline
    m_service->clear();
}

void TestWatchNotificationsSandbox::cleanup()
{
    delete m_window;
    m_window = nullptr;
    delete m_settings;
    m_service->clear();
}

bool TestWatchNotificationsSandbox::refreshAndCompare()
{
    QSignalSpy observed(m_watch->watch(), &EndpointWatch::observed);
    m_window->refresh();
    return observed.wait(15000);
}

bool TestWatchNotificationsSandbox::roundTripToService()
{
    const QDBusConnection bus = QDBusConnection::connectToBus(m_busAddress, QStringLiteral("app"));
    QDBusPendingCallWatcher call(bus.asyncCall(
        QDBusMessage::createMethodCall(FreedesktopNotifier::Service, FreedesktopNotifier::Path,
                                       FreedesktopNotifier::Interface, QStringLiteral("GetCapabilities"))));
    QSignalSpy answered(&call, &QDBusPendingCallWatcher::finished);
    return call.isFinished() || answered.wait(5000);
}

QStringList TestWatchNotificationsSandbox::healthyIds(int count) const
{
    QStringList ids;
    for (const WebhookEndpoint &e : m_window->model()->endpoints()) {
        if (e.state() == WebhookEndpoint::State::Healthy && ids.size() < count)
            ids << e.id;
    }
    return ids;
}

void TestWatchNotificationsSandbox::firstLoadNotifiesNothing()
{
    // init() loaded a list with failing and disabled endpoints (generated): no notification.
    const EndpointTableModel::Counts c = m_window->model()->counts();
    QVERIFY(c.failing > 0 && c.disabled > 0);
    QVERIFY(m_watch->watch()->hasBaseline());
    QVERIFY(refreshAndCompare()); // nothing changed
    QCOMPARE(m_service->calls().size(), 0);
    QCOMPARE(m_watch->tray()->badgeCount(), c.failing + c.disabled);
}

void TestWatchNotificationsSandbox::newlyDisabledEndpointIsNotified()
{
    const QString id = healthyIds(1).value(0);
    QVERIFY(!id.isEmpty());
    const QString url = m_window->model()->endpointAt(m_window->model()->rowOfId(id)).url;
    QVERIFY(m_sandbox.overwriteEndpoint(id, Disabled));
    QVERIFY(refreshAndCompare());
    QTRY_COMPARE(m_service->calls().size(), 1);
    const RecordingNotifications::Call call = m_service->calls().constFirst();
    QCOMPARE(call.appName, AppInfo::name());
    QCOMPARE(call.appIcon, AppInfo::id());
    QCOMPARE(call.summary, QStringLiteral("Endpoint disabled by the server"));
    QVERIFY2(call.body.contains(url.toHtmlEscaped()), qPrintable(call.body));
    QCOMPARE(call.actions,
             (QStringList{QStringLiteral("default"), QStringLiteral("Show"), QStringLiteral("open"),
                          QStringLiteral("Open endpoint")}));
    QCOMPARE(call.hints.value(QStringLiteral("urgency")).toInt(), 2);
    QCOMPARE(call.hints.value(QStringLiteral("desktop-entry")).toString(), AppInfo::id());
    QCOMPARE(call.expireTimeout, -1);

    // Still disabled at the next refresh: nothing new.
    QVERIFY(refreshAndCompare());
    QCOMPARE(m_service->calls().size(), 1);
}

void TestWatchNotificationsSandbox::severalChangesAreOneNotification()
{
    const QStringList ids = healthyIds(3);
    QCOMPARE(ids.size(), 3);
    QVERIFY(m_sandbox.overwriteEndpoint(ids.at(0), Disabled));
    QVERIFY(m_sandbox.overwriteEndpoint(ids.at(1), failing(12)));
    QVERIFY(m_sandbox.overwriteEndpoint(ids.at(2), failing(1)));
    QVERIFY(refreshAndCompare());
    QTRY_COMPARE(m_service->calls().size(), 1);
    const RecordingNotifications::Call call = m_service->calls().constFirst();
    QCOMPARE(call.summary, QStringLiteral("3 endpoint(s) changed state"));
    QVERIFY2(call.body.startsWith(
                 QStringLiteral("Disabled by the server: 1\nAt 10 or more failures in a row: 1\nStarted failing: 1\n")),
             qPrintable(call.body));
    // Several endpoints: no single one to open.
    QCOMPARE(call.actions, (QStringList{QStringLiteral("default"), QStringLiteral("Show")}));
}

void TestWatchNotificationsSandbox::nothingWhenSwitchedOffForTheProfile()
{
    // Through Edit > Preferences, as the user does it.
    QAction *preferences = m_window->findChild<QAction *>(QStringLiteral("preferencesAction"));
    QVERIFY(preferences);
    preferences->trigger();
    PreferencesDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<PreferencesDialog *>()) != nullptr);
    auto *check = dialog->findChild<QCheckBox *>(QStringLiteral("notificationsCheck"));
    QVERIFY(check->isChecked());
    QVERIFY(check->text().contains(QLatin1String("Acme")));
    check->setChecked(false);
    dialog->accept();
    QVERIFY(!WatchPreferences::load(*m_settings, QStringLiteral("Acme")).notifications);
    QVERIFY(WatchPreferences::load(*m_settings, QStringLiteral("Other")).notifications);

    const QString id = healthyIds(1).value(0);
    QVERIFY(m_sandbox.overwriteEndpoint(id, Disabled));
    QSignalSpy changes(m_watch->watch(), &EndpointWatch::changesFound);
    QVERIFY(refreshAndCompare());
    QCOMPARE(changes.size(), 1); // the watch saw it...
    // ...and said nothing (a Notify would have gone out before the compare was done).
    QVERIFY(roundTripToService());
    QCOMPARE(m_service->calls().size(), 0);

    // Another profile has its own switch (on).
    m_watch->setProfile(QStringLiteral("Other"));
    QVERIFY(refreshAndCompare()); // its baseline
    QVERIFY(m_sandbox.overwriteEndpoint(healthyIds(1).value(0), Disabled));
    QVERIFY(refreshAndCompare());
    QTRY_COMPARE(m_service->calls().size(), 1);
}

void TestWatchNotificationsSandbox::actionOpensTheEndpoint()
{
    const QStringList ids = healthyIds(2);
    QVERIFY(m_sandbox.overwriteEndpoint(ids.at(0), failing(3)));
    QVERIFY(refreshAndCompare());
    QTRY_COMPARE(m_service->calls().size(), 1);
    const uint first = m_service->calls().at(0).id;
    QCOMPARE(m_service->calls().at(0).summary, QStringLiteral("Endpoint failing"));

    m_window->showMinimized();
    QVERIFY(m_window->selectedId() != ids.at(0));
    // "default": the window comes back with the endpoint selected.
    m_service->invokeAction(first, QStringLiteral("default"));
    QTRY_COMPARE(m_window->selectedId(), ids.at(0));
    QTRY_VERIFY(!m_window->isMinimized());
    QVERIFY(m_window->findChild<EditEndpointDialog *>() == nullptr);

    QVERIFY(m_sandbox.overwriteEndpoint(ids.at(1), Disabled));
    QVERIFY(refreshAndCompare());
    QTRY_COMPARE(m_service->calls().size(), 2);
    const uint second = m_service->calls().at(1).id;
    // "open": selected and opened in the edit dialog.
    m_service->invokeAction(second, QStringLiteral("open"));
    EditEndpointDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<EditEndpointDialog *>()) != nullptr);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(m_window->selectedId(), ids.at(1));
    dialog->reject();

    // A closed notification is forgotten: its action does nothing any more.
    QSignalSpy requested(m_watch->alerts(), &WatchAlerts::endpointRequested);
    m_service->closeNotification(first, 2);
    m_service->invokeAction(first, QStringLiteral("default"));
    m_service->invokeAction(second, QStringLiteral("default")); // delivered after the first
    QTRY_COMPARE(requested.size(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), ids.at(1));
    // Another application's notification is not ours.
    m_service->invokeAction(9999, QStringLiteral("default"));
    m_service->invokeAction(second, QStringLiteral("default"));
    QTRY_COMPARE(requested.size(), 2);
}

void TestWatchNotificationsSandbox::simulatorDisablesAnEndpointAndItIsNotified()
{
    // A sandbox of its own whose simulator fails deliveries: every healthy endpoint is
    // made broken at 19 failures, so the server's own rule switches some off.
    SandboxProcess simulated;
    QVERIFY2(simulated.start({QStringLiteral("--generate"), QStringLiteral("20"), QStringLiteral("--simulate"),
                              QStringLiteral("--tick-ms"), QStringLiteral("100")}),
             qPrintable(simulated.errorString()));
    QString error;
    QVERIFY2(m_client->configure(simulated.baseUrl(), SandboxProcess::keyA(), &error), qPrintable(error));
    m_watch->setProfile(QStringLiteral("Acme"));
    m_window->controller()->clear();
    QVERIFY(refreshAndCompare());
    for (const QString &id : healthyIds(20))
        QVERIFY(simulated.overwriteEndpoint(id, failing(19)));
    m_window->setAutoRefresh(1);
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(
                                 m_service->calls().cbegin(), m_service->calls().cend(),
                                 [](const RecordingNotifications::Call &c) {
        return c.summary == QLatin1String("Endpoint disabled by the server")
            || c.body.contains(QLatin1String("Disabled by the server: "));
                                 }),
                             60000);
    m_window->setAutoRefresh(0);
    QVERIFY2(m_client->configure(m_sandbox.baseUrl(), SandboxProcess::keyA(), &error), qPrintable(error));
}

void TestWatchNotificationsSandbox::preferencesSetTheWriteLimit()
{
    // An organization with another write limit sets it once, in Edit > Preferences: it is
    // kept, and the running queue paces to it at once.
    QCOMPARE(WriteLimit::perMinute(), WriteLimit::Default);
    m_window->findChild<QAction *>(QStringLiteral("preferencesAction"))->trigger();
    PreferencesDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<PreferencesDialog *>()) != nullptr);
    auto *limit = dialog->findChild<QSpinBox *>(QStringLiteral("writeLimitSpin"));
    QVERIFY(limit);
    QCOMPARE(limit->value(), WriteLimit::Default);
    QCOMPARE(limit->minimum(), WriteLimit::Min);
    QCOMPARE(limit->maximum(), WriteLimit::Max);
    limit->setValue(240);
    dialog->accept();
    QCOMPARE(WriteLimit::perMinute(), 240);
    QCOMPARE(WriteQueue::of(m_window->client())->perMinute(), 240);
    WriteLimit::setPerMinute(WriteLimit::Default);
    WriteQueue::of(m_window->client())->setPerMinute(WriteLimit::Default);
}

QTEST_MAIN(TestWatchNotificationsSandbox)
#include "tst_watchnotifications_sandbox.moc"
