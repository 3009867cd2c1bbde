// The real optimaldial-webhooks process on an X display of the test's own (Xvfb, so that no
// other test's windows stack or take the focus in between), against the sandbox:
// a second launch for the same settings brings the running window forward and exits 0; a run
// killed outright (its lock and socket left behind) does not block the next; SIGTERM, SIGINT
// and SIGHUP quit normally (exit code 0) with the window's size saved. Windows are found,
// resized and their stacking read with xdotool; each run has its own HOME, runtime folder and
// --settings-dir, so nothing here meets a user's running app.
#include "sandboxprocess.h"

#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRect>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

namespace {
const QString WindowTitle = QStringLiteral("OptimalDial Webhooks");

QString xdotool(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral("xdotool"), args);
    if (!p.waitForFinished(10000))
        return QString();
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

// The visible top-level windows titled like the app, bottom of the stack first.
QStringList stackedWindows()
{
    return xdotool({QStringLiteral("search"), QStringLiteral("--maxdepth"), QStringLiteral("1"),
                    QStringLiteral("--onlyvisible"), QStringLiteral("--name"), WindowTitle})
        .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

// The main window's size in a saveGeometry() blob (format 3: magic, version, frame, normal,
// screen, maximized, full screen, screen width, client geometry).
QSize savedClientSize(const QByteArray &geometry)
{
    QDataStream in(geometry);
    in.setVersion(QDataStream::Qt_4_0);
    quint32 magic = 0;
    quint16 major = 0;
    quint16 minor = 0;
    QRect frame, normal, client;
    qint32 screen = 0, screenWidth = 0;
    quint8 maximized = 0, fullScreen = 0;
    in >> magic >> major >> minor >> frame >> normal >> screen >> maximized >> fullScreen >> screenWidth >> client;
    return (magic == 0x1D9D0CB && major >= 3 && in.status() == QDataStream::Ok) ? client.size() : QSize();
}
} // namespace

class TestAppProcessSandbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void aSecondLaunchBringsTheRunningWindowForward();
    void aRunKilledOutrightDoesNotBlockTheNext();
    void aTerminationSignalQuitsAndSavesTheWindow_data();
    void aTerminationSignalQuitsAndSavesTheWindow();

private:
    QString newSettingsDir();
    QProcess *launch(const QString &settingsDir, const QString &profile);
    void waitForWindow(QProcess *app, const QString &profile, QString *window);

    QTemporaryDir m_home;
    QProcess m_xvfb;
    SandboxProcess m_sandbox;
    QList<QProcess *> m_apps;
    int m_settingsDirs = 0;
};

void TestAppProcessSandbox::initTestCase()
{
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("xdotool")).isEmpty(),
             "needs xdotool (scripts/install-deps.sh)");
    // A display of its own: Xvfb picks a free number and writes it to its standard output.
    // -noreset: by default the server resets when its last client leaves (an app killed,
    // xdotool done), and an app connecting meanwhile is refused.
    m_xvfb.start(QStringLiteral("Xvfb"), {QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"),
                                          QStringLiteral("0"), QStringLiteral("1280x800x24"), QStringLiteral("-nolisten"),
                                          QStringLiteral("tcp"), QStringLiteral("-noreset")});
    QVERIFY2(m_xvfb.waitForStarted(), "needs Xvfb (scripts/install-deps.sh)");
    QTRY_VERIFY_WITH_TIMEOUT(m_xvfb.canReadLine(), 30000);
    const QByteArray display = m_xvfb.readLine().trimmed();
    QVERIFY(!display.isEmpty());
    qputenv("DISPLAY", ":" + display); // for the apps and xdotool
    QVERIFY(m_home.isValid());
    QVERIFY(QDir(m_home.path()).mkpath(QStringLiteral("config")));
    QVERIFY(QDir(m_home.path()).mkpath(QStringLiteral("runtime")));
    QFile::setPermissions(m_home.filePath(QStringLiteral("runtime")),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QVERIFY2(m_sandbox.start({QStringLiteral("--generate"), QStringLiteral("5")}), qPrintable(m_sandbox.errorString()));
}

void TestAppProcessSandbox::cleanupTestCase()
{
    m_xvfb.terminate();
    m_xvfb.waitForFinished(10000);
}

void TestAppProcessSandbox::cleanup()
{
    for (QProcess *app : qAsConst(m_apps)) {
        if (app->state() != QProcess::NotRunning) {
            app->kill();
            app->waitForFinished(10000);
        }
        delete app;
    }
    m_apps.clear();
}

QString TestAppProcessSandbox::newSettingsDir()
{
    const QString dir = m_home.filePath(QStringLiteral("settings-%1").arg(++m_settingsDirs));
    QDir().mkpath(dir);
    return dir;
}

QProcess *TestAppProcessSandbox::launch(const QString &settingsDir, const QString &profile)
{
    auto *app = new QProcess;
    m_apps.append(app);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home.filePath(QStringLiteral("runtime")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    env.insert(QStringLiteral("OPTIMALDIAL_API_KEY"), SandboxProcess::keyA());
    app->setProcessEnvironment(env);
    app->start(QStringLiteral(ODWH_APP_EXE),
               {QStringLiteral("--settings-dir"), settingsDir, QStringLiteral("--profile"), profile,
                QStringLiteral("--base-url"), m_sandbox.baseUrl().toString()});
    return app;
}

// The app's main window, once it is on screen (its title names the profile); empty when
// the app ended first.
void TestAppProcessSandbox::waitForWindow(QProcess *app, const QString &profile, QString *window)
{
    const QString title = profile + QStringLiteral(" \u2014 ") + WindowTitle;
    QTRY_VERIFY_WITH_TIMEOUT(
        (app->state() == QProcess::Running
         && !(*window = xdotool({QStringLiteral("search"), QStringLiteral("--onlyvisible"), QStringLiteral("--pid"),
                                 QString::number(app->processId()), QStringLiteral("--name"), title}))
                 .isEmpty())
            || app->state() == QProcess::NotRunning,
        30000);
    *window = app->state() == QProcess::Running ? window->section(QLatin1Char('\n'), 0, 0) : QString();
}

void TestAppProcessSandbox::aSecondLaunchBringsTheRunningWindowForward()
{
    const QString settings = newSettingsDir();
    QProcess *first = launch(settings, QStringLiteral("First"));
    QString firstWindow;
    waitForWindow(first, QStringLiteral("First"), &firstWindow);
    QVERIFY2(!firstWindow.isEmpty(), first->readAllStandardError().constData());
    // A run with settings of its own is its own instance: its window goes on top.
    QProcess *other = launch(newSettingsDir(), QStringLiteral("Other"));
    QString otherWindow;
    waitForWindow(other, QStringLiteral("Other"), &otherWindow);
    QVERIFY2(!otherWindow.isEmpty(), other->readAllStandardError().constData());
    QTRY_COMPARE(stackedWindows().value(stackedWindows().size() - 1), otherWindow);

    QProcess *second = launch(settings, QStringLiteral("First"));
    QVERIFY(second->waitForFinished(30000));
    QCOMPARE(second->exitStatus(), QProcess::NormalExit);
    QCOMPARE(second->exitCode(), 0);
    const QString said = QString::fromUtf8(second->readAllStandardOutput());
    QVERIFY2(said.contains(QLatin1String("already running")), qPrintable(said));

    // The first one was asked, and its window is on top with the keyboard focus.
    QTRY_COMPARE(stackedWindows().value(stackedWindows().size() - 1), firstWindow);
    QTRY_COMPARE(xdotool({QStringLiteral("getwindowfocus")}), firstWindow);
    QCOMPARE(first->state(), QProcess::Running);
    QCOMPARE(other->state(), QProcess::Running);
    first->terminate();
    other->terminate();
    QVERIFY(first->waitForFinished(30000));
    QVERIFY(other->waitForFinished(30000));
    const QString firstLog = QString::fromUtf8(first->readAllStandardError());
    QVERIFY2(firstLog.contains(QLatin1String("another launch asked for the window \"First\"")), qPrintable(firstLog));
    QCOMPARE(first->exitCode(), 0);
}

void TestAppProcessSandbox::aRunKilledOutrightDoesNotBlockTheNext()
{
    const QString settings = newSettingsDir();
    QProcess *crashed = launch(settings, QStringLiteral("Crash"));
    QString crashedWindow;
    waitForWindow(crashed, QStringLiteral("Crash"), &crashedWindow);
    QVERIFY2(!crashedWindow.isEmpty(), crashed->readAllStandardError().constData());
    const QDir runtime(m_home.filePath(QStringLiteral("runtime")));
    const QStringList left = runtime.entryList({QStringLiteral("optimaldial-webhooks-*")}, QDir::System | QDir::Files);
    crashed->kill(); // SIGKILL: nothing is cleaned up
    QVERIFY(crashed->waitForFinished(10000));
    QCOMPARE(crashed->exitStatus(), QProcess::CrashExit);
    // Its lock and its socket are still there.
    QCOMPARE(runtime.entryList({QStringLiteral("optimaldial-webhooks-*")}, QDir::System | QDir::Files), left);
    QCOMPARE(left.size(), 2);

    QProcess *next = launch(settings, QStringLiteral("Crash"));
    QString nextWindow;
    waitForWindow(next, QStringLiteral("Crash"), &nextWindow);
    QVERIFY2(!nextWindow.isEmpty(), next->readAllStandardError().constData());
    // And it is the one a later launch finds.
    QProcess *later = launch(settings, QStringLiteral("Crash"));
    QVERIFY(later->waitForFinished(30000));
    QCOMPARE(later->exitCode(), 0);
    QVERIFY(QString::fromUtf8(later->readAllStandardOutput()).contains(QLatin1String("already running")));
    QCOMPARE(next->state(), QProcess::Running);
}

void TestAppProcessSandbox::aTerminationSignalQuitsAndSavesTheWindow_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::addColumn<QSize>("size");
    QTest::newRow("SIGTERM (logout)") << int(SIGTERM) << QSize(900, 600);
    QTest::newRow("SIGINT (Ctrl+C)") << int(SIGINT) << QSize(880, 620);
    QTest::newRow("SIGHUP (terminal closed)") << int(SIGHUP) << QSize(860, 640);
}

void TestAppProcessSandbox::aTerminationSignalQuitsAndSavesTheWindow()
{
    QFETCH(int, signalNumber);
    QFETCH(QSize, size);
    const QString settings = newSettingsDir();
    QProcess *app = launch(settings, QStringLiteral("Signals"));
    QString window;
    waitForWindow(app, QStringLiteral("Signals"), &window);
    QVERIFY2(!window.isEmpty(), app->readAllStandardError().constData());
    xdotool({QStringLiteral("windowsize"), QStringLiteral("--sync"), window, QString::number(size.width()),
             QString::number(size.height())});
    QTRY_VERIFY(xdotool({QStringLiteral("getwindowgeometry"), window})
                    .contains(QStringLiteral("Geometry: %1x%2").arg(size.width()).arg(size.height())));
    // At once: the delayed save (a second after a change) has not run yet.
    QCOMPARE(::kill(pid_t(app->processId()), signalNumber), 0);
    QVERIFY(app->waitForFinished(30000));
    QCOMPARE(app->exitStatus(), QProcess::NormalExit);
    QCOMPARE(app->exitCode(), 0);

    const QString file = QDir(settings).filePath(QStringLiteral("OptimalDial/optimaldial-webhooks.conf"));
    QVERIFY2(QFile::exists(file), qPrintable(file));
    const QSettings saved(file, QSettings::IniFormat);
    QCOMPARE(savedClientSize(saved.value(QStringLiteral("mainWindow/geometry")).toByteArray()), size);
    QVERIFY(!saved.value(QStringLiteral("mainWindow/header")).toByteArray().isEmpty());
    QVERIFY(!saved.value(QStringLiteral("mainWindow/splitter")).toByteArray().isEmpty());
}

QTEST_MAIN(TestAppProcessSandbox)
#include "tst_appprocess_sandbox.moc"
