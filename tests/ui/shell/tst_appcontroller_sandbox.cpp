// How the app opens: a key from the environment for the session, a stored key, no
// key yet (asks for one), and the first run (asks for a profile). Real window, real
// sandbox; keys in a MemoryCredentialStore, settings in a temporary INI file.
#include "appcontroller.h"
#include "endpointlistcontroller.h"
#include "endpointtablemodel.h"
#include "keyring.h"
#include "mainwindow.h"
#include "memorycredentialstore.h"
#include "profiledialog.h"
#include "profilestore.h"
#include "sandboxprocess.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtTest>

class TestAppControllerSandbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void environmentKeyIsUsedForTheSessionOnly();
    void storedKeyOpensTheProfile();
    void statusBarNamesTheKeyInUse();
    void missingKeyAsksForOne();
    void firstRunAsksForAProfile();
    void switchingProfilesLoadsTheOtherOrganization();
    void anotherLaunchBringsTheWindowBackWithItsProfile();
    void aNarrowWindowsStatusBarCutsNothing();

private:
    QString settingsText() const;

    QTemporaryDir m_dir;
    SandboxProcess m_sandbox;
    QSettings *m_settings = nullptr;
    MemoryCredentialStore *m_store = nullptr;
    AppController *m_app = nullptr;
};

void TestAppControllerSandbox::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("OptimalDialTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_appcontroller"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    QVERIFY2(m_sandbox.start({QStringLiteral("--generate"), QStringLiteral("25")}), qPrintable(m_sandbox.errorString()));
}

void TestAppControllerSandbox::init()
{
    QFile::remove(m_dir.filePath(QStringLiteral("profiles.ini")));
    m_settings = new QSettings(m_dir.filePath(QStringLiteral("profiles.ini")), QSettings::IniFormat);
    m_store = new MemoryCredentialStore;
    m_app = new AppController(m_store, m_settings);
}

void TestAppControllerSandbox::cleanup()
{
    delete m_app;
    delete m_store;
    delete m_settings;
    m_app = nullptr;
}

QString TestAppControllerSandbox::settingsText() const
{
    m_settings->sync();
    QFile f(m_settings->fileName());
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

void TestAppControllerSandbox::environmentKeyIsUsedForTheSessionOnly()
{
    QSignalSpy activated(m_app, &AppController::profileActivated);
    QSignalSpy refreshed(m_app->window()->controller(), &EndpointListController::refreshed);
    m_app->start({QStringLiteral("Sandbox"), m_sandbox.baseUrl(), SandboxProcess::keyA()});
    QVERIFY(activated.wait(10000) || activated.count() == 1);
    QVERIFY(refreshed.count() > 0 || refreshed.wait(10000));
    QCOMPARE(m_app->window()->model()->rowCount(), 25);
    QVERIFY(m_app->keyring()->hasSessionKey(QStringLiteral("Sandbox")));
    // Not stored: the credential store has nothing for the profile.
    std::optional<CredentialStore::Result> stored;
    m_store->readKey(QStringLiteral("Sandbox"), this, [&](const CredentialStore::Result &r) { stored = r; });
    QTRY_VERIFY(stored.has_value());
    QCOMPARE(stored->status, CredentialStore::Status::NotFound);
    const QString text = settingsText();
    QVERIFY(text.contains(QLatin1String("Sandbox")));
    QVERIFY2(!text.contains(SandboxProcess::keyA()), qPrintable(text));
    QVERIFY(text.contains(SandboxProcess::keyA().left(12)));
    QVERIFY(m_app->window()->windowTitle().contains(QLatin1String("Sandbox")));
}

void TestAppControllerSandbox::storedKeyOpensTheProfile()
{
    QVERIFY(m_app->profiles()->add({QStringLiteral("Acme"), m_sandbox.baseUrl(), SandboxProcess::keyA().left(12)}));
    bool written = false;
    m_store->writeKey(QStringLiteral("Acme"), SandboxProcess::keyA(), this, [&](const CredentialStore::Result &) { written = true; });
    QTRY_VERIFY(written);
    QSignalSpy refreshed(m_app->window()->controller(), &EndpointListController::refreshed);
    m_app->start({});
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(m_app->activeProfile(), QStringLiteral("Acme"));
    QCOMPARE(m_app->window()->model()->rowCount(), 25);
}

// A profile with a stored key, started with another key in OPTIMALDIAL_API_KEY: the
// environment's key is used, and the status bar names that one and says where it came from.
void TestAppControllerSandbox::statusBarNamesTheKeyInUse()
{
    QVERIFY(m_app->profiles()->add({QStringLiteral("Acme"), m_sandbox.baseUrl(), SandboxProcess::keyA().left(12)}));
    bool written = false;
    m_store->writeKey(QStringLiteral("Acme"), SandboxProcess::keyA(), this, [&](const CredentialStore::Result &) { written = true; });
    QTRY_VERIFY(written);
    QSignalSpy refreshed(m_app->window()->controller(), &EndpointListController::refreshed);
    m_app->start({QStringLiteral("Acme"), m_sandbox.baseUrl(), SandboxProcess::keyB()});
    QVERIFY(refreshed.wait(10000));
    QLabel *inUse = nullptr;
    for (QLabel *label : m_app->window()->statusBar()->findChildren<QLabel *>()) {
        if (label->text().contains(QLatin1String("Acme")))
            inUse = label;
    }
    QVERIFY(inUse);
    const QString text = inUse->text();
    // (The sandbox's two keys share their display prefix: where the key came from tells them apart.)
    QVERIFY2(text.contains(SandboxProcess::keyB().left(12)), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("from OPTIMALDIAL_API_KEY")), qPrintable(text));
    QCOMPARE(m_app->window()->model()->endpointAt(0).organizationId.isEmpty(), false);
    const QString organizationB = m_app->window()->model()->endpointAt(0).organizationId;

    // Without the environment's key, the stored one, said plainly.
    delete m_app;
    m_app = new AppController(m_store, m_settings);
    QSignalSpy again(m_app->window()->controller(), &EndpointListController::refreshed);
    m_app->start({QStringLiteral("Acme"), QUrl(), QString()});
    QVERIFY(again.wait(10000));
    QString storedText;
    for (QLabel *label : m_app->window()->statusBar()->findChildren<QLabel *>()) {
        if (label->text().contains(QLatin1String("Acme")))
            storedText = label->text();
    }
    QVERIFY2(storedText.contains(SandboxProcess::keyA().left(12)), qPrintable(storedText));
    QVERIFY(m_app->window()->model()->endpointAt(0).organizationId != organizationB); // key A's data
    QVERIFY2(!storedText.contains(QLatin1String("OPTIMALDIAL_API_KEY")), qPrintable(storedText));
}

void TestAppControllerSandbox::missingKeyAsksForOne()
{
    QVERIFY(m_app->profiles()->add({QStringLiteral("NoKey"), m_sandbox.baseUrl(), QString()}));
    m_app->start({});
    ProfileDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_app->window()->findChild<ProfileDialog *>()) != nullptr);
    QCOMPARE(dialog->mode(), ProfileDialog::Mode::ReplaceKey);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(m_app->window()->model()->rowCount(), 0);
}

void TestAppControllerSandbox::firstRunAsksForAProfile()
{
    m_app->start({});
    ProfileDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_app->window()->findChild<ProfileDialog *>()) != nullptr);
    QCOMPARE(dialog->mode(), ProfileDialog::Mode::FirstRun);
    QTRY_VERIFY(dialog->isVisible());
    QSignalSpy quit(m_app, &AppController::quitRequested);
    dialog->reject();
    QTRY_COMPARE(quit.count(), 1);
}

void TestAppControllerSandbox::switchingProfilesLoadsTheOtherOrganization()
{
    QVERIFY(m_app->profiles()->add({QStringLiteral("OrgA"), m_sandbox.baseUrl(), SandboxProcess::keyA().left(12)}));
    QVERIFY(m_app->profiles()->add({QStringLiteral("OrgB"), m_sandbox.baseUrl(), SandboxProcess::keyB().left(12)}));
    m_app->keyring()->useForSessionOnly(QStringLiteral("OrgA"), SandboxProcess::keyA());
    m_app->keyring()->useForSessionOnly(QStringLiteral("OrgB"), SandboxProcess::keyB());
    QSignalSpy refreshed(m_app->window()->controller(), &EndpointListController::refreshed);
    m_app->start({QStringLiteral("OrgA"), QUrl(), QString()});
    QVERIFY(refreshed.wait(10000));
    const QString firstIdOfA = m_app->window()->model()->endpointAt(0).id;
    auto *switcher = m_app->window()->findChild<QComboBox *>(QStringLiteral("profileSwitcher"));
    QVERIFY(switcher);
    QCOMPARE(switcher->count(), 2);
    QCOMPARE(switcher->currentText(), QStringLiteral("OrgA"));
    switcher->setCurrentIndex(1);
    emit switcher->activated(1);
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(m_app->activeProfile(), QStringLiteral("OrgB"));
    QCOMPARE(m_app->profiles()->currentName(), QStringLiteral("OrgB"));
    QVERIFY(m_app->window()->model()->rowOfId(firstIdOfA) < 0);
    QCOMPARE(m_app->window()->model()->rowCount(), 25);
}

// A later launch (SingleInstance) asks for the window: it comes back from the tray (hidden),
// opens the profile that launch named, and an unknown name leaves the open one as it is.
void TestAppControllerSandbox::anotherLaunchBringsTheWindowBackWithItsProfile()
{
    QVERIFY(m_app->profiles()->add({QStringLiteral("OrgA"), m_sandbox.baseUrl(), SandboxProcess::keyA().left(12)}));
    QVERIFY(m_app->profiles()->add({QStringLiteral("OrgB"), m_sandbox.baseUrl(), SandboxProcess::keyB().left(12)}));
    m_app->keyring()->useForSessionOnly(QStringLiteral("OrgA"), SandboxProcess::keyA());
    m_app->keyring()->useForSessionOnly(QStringLiteral("OrgB"), SandboxProcess::keyB());
    QSignalSpy refreshed(m_app->window()->controller(), &EndpointListController::refreshed);
    m_app->start({QStringLiteral("OrgA"), QUrl(), QString()});
    QVERIFY(refreshed.wait(10000));

    m_app->window()->hide(); // as the tray keeps it
    m_app->showForAnotherLaunch(QString());
    QVERIFY(m_app->window()->isVisible());
    QCOMPARE(m_app->activeProfile(), QStringLiteral("OrgA"));

    m_app->window()->hide();
    m_app->showForAnotherLaunch(QStringLiteral("OrgB"));
    QVERIFY(m_app->window()->isVisible());
    QCOMPARE(m_app->activeProfile(), QStringLiteral("OrgB"));
    QVERIFY(refreshed.wait(10000));
    QVERIFY(m_app->window()->windowTitle().contains(QLatin1String("OrgB")));

    m_app->showForAnotherLaunch(QStringLiteral("Nobody"));
    QCOMPARE(m_app->activeProfile(), QStringLiteral("OrgB"));
}

// The summary and the profile's label wrap in a narrow window (as at scale 2) and the status
// bar is as tall as their lines: each is shown whole, by its rendered height, not its text.
void TestAppControllerSandbox::aNarrowWindowsStatusBarCutsNothing()
{
    QSignalSpy refreshed(m_app->window()->controller(), &EndpointListController::refreshed);
    m_app->start({QStringLiteral("A profile with a long name"), m_sandbox.baseUrl(), SandboxProcess::keyA()});
    QVERIFY(refreshed.wait(10000));
    MainWindow *window = m_app->window();
    window->resize(420, 500);
    auto *summary = window->statusBar()->findChild<QLabel *>(QStringLiteral("summary"));
    QVERIFY(summary);
    QLabel *profile = nullptr;
    for (QLabel *label : window->statusBar()->findChildren<QLabel *>()) {
        if (label->text().startsWith(QLatin1String("A profile with a long name")))
            profile = label;
    }
    QVERIFY(profile);
    const int line = summary->fontMetrics().height();
    // Wrapped onto several lines, and every line within the label and the label within the bar.
    QTRY_VERIFY2(summary->heightForWidth(summary->width()) > line,
                 qPrintable(QStringLiteral("%1 px wide").arg(summary->width())));
    QTRY_VERIFY(summary->height() >= summary->heightForWidth(summary->width()));
    QTRY_VERIFY(profile->height() >= profile->heightForWidth(profile->width()));
    for (QLabel *label : {summary, profile}) {
        const QRect inBar(label->mapTo(window->statusBar(), QPoint(0, 0)), label->size());
        QVERIFY2(window->statusBar()->rect().contains(inBar), qPrintable(label->text()));
    }
}

QTEST_MAIN(TestAppControllerSandbox)
#include "tst_appcontroller_sandbox.moc"
