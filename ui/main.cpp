// optimaldial-webhooks: parse the command line, build the objects, show the window.
#include "apiclient.h"
#include "apikey.h"
#include "appcontroller.h"
#include "appinfo.h"
#include "apptranslations.h"
#include "freedmemory.h"
#include "keychaincredentialstore.h"
#include "keyring.h"
#include "singleinstance.h"
#include "terminationsignals.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QSettings>
#include <cstdio>

namespace {
// --help and --version answer on a terminal: they must not need a display.
bool wantsTextOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "--help-all" || arg == "--version" || arg == "-v" || arg == "-?")
            return true;
    }
    return false;
}

// The command line: --profile, --base-url, --settings-dir, --help, --version.
struct CommandLine
{
    QCommandLineParser parser;
    QCommandLineOption profile{QStringLiteral("profile"), QCoreApplication::translate("main", "Open the profile <name>."),
                               QStringLiteral("name")};
    QCommandLineOption baseUrl{QStringLiteral("base-url"),
                               QCoreApplication::translate("main", "Use the API at <url> for this run (https; http only to localhost)."),
                               QStringLiteral("url")};
    QCommandLineOption settingsDir{
        QStringLiteral("settings-dir"),
        QCoreApplication::translate("main", "Keep this run's settings (profiles, window) in <folder> instead of the "
                                            "user's own, e.g. for a demo."),
        QStringLiteral("folder")};

    CommandLine()
    {
        parser.setApplicationDescription(QCoreApplication::translate(
            "main", "Administer the webhook endpoints of your organization on the OptimalDial API.\n"
                    "For scripted and demo runs the API key may come from the environment variable "
                    "OPTIMALDIAL_API_KEY (used for this session, never stored); never from the command line."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOption(profile);
        parser.addOption(baseUrl);
        parser.addOption(settingsDir);
    }
};
} // namespace

int main(int argc, char *argv[])
{
    // Lists of 100,000 endpoints come and go every minute: what they leave free goes back
    // to the system. Set before any thread allocates.
    FreedMemory::limitRetention();
    if (wantsTextOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("optimaldial-webhooks"));
        QCoreApplication::setApplicationVersion(AppInfo::version());
        AppTranslations::install(app, QLocale());
        CommandLine commandLine;
        commandLine.parser.process(app); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("OptimalDial"));
    QApplication::setOrganizationDomain(AppInfo::organizationDomain());
    QApplication::setApplicationName(QStringLiteral("optimaldial-webhooks"));
    QApplication::setApplicationDisplayName(AppInfo::name());
    QApplication::setApplicationVersion(AppInfo::version());
    QGuiApplication::setDesktopFileName(AppInfo::id());
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    AppTranslations::install(app, QLocale());

    CommandLine commandLine;
    QCommandLineParser &parser = commandLine.parser;
    parser.process(app);
    const QCommandLineOption &profileOption = commandLine.profile;
    const QCommandLineOption &baseUrlOption = commandLine.baseUrl;

    if (parser.isSet(commandLine.settingsDir)) {
        const QFileInfo dir(parser.value(commandLine.settingsDir));
        if (!dir.isDir() || !dir.isWritable()) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate("main", "%1 is not a folder this program can write to.")
                                        .arg(parser.value(commandLine.settingsDir))));
            return 2;
        }
        QSettings::setPath(QSettings::defaultFormat(), QSettings::UserScope, dir.absoluteFilePath());
    }

    AppController::Options options;
    options.profile = parser.value(profileOption);
    if (parser.isSet(baseUrlOption)) {
        options.baseUrl = QUrl(parser.value(baseUrlOption), QUrl::StrictMode);
        const QString why = ApiClient::checkBaseUrl(options.baseUrl);
        if (!why.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(why));
            return 2;
        }
    }
    options.environmentKey = Keyring::keyFromEnvironment();
    if (!options.environmentKey.isEmpty()) {
        // Checked before any use: a line break in it would put a header on the wire.
        const QString why = ApiKey::check(options.environmentKey);
        if (!why.isEmpty()) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate("main", "%1 does not hold an OptimalDial API key, so it was "
                                                                        "not used: %2")
                                        .arg(Keyring::environmentVariable(), why)));
            return 2;
        }
    }

    QSettings settings;
    // One app per user and settings: a second launch brings the running one's window forward.
    // A --settings-dir run (a demo, a test) has settings of its own, so it is its own instance.
    SingleInstance instance(QDir::homePath() + QLatin1Char('\n') + settings.fileName());
    switch (instance.claim(options.profile)) {
    case SingleInstance::Role::Primary: break;
    case SingleInstance::Role::Forwarded:
        std::printf("%s\n",
                    qPrintable(QCoreApplication::translate("main",
                                                           "%1 is already running: its window was brought "
                                                           "to the front.")
                                   .arg(AppInfo::name())));
        if (parser.isSet(baseUrlOption) || !options.environmentKey.isEmpty())
            std::printf("%s\n",
                        qPrintable(QCoreApplication::translate("main",
                                                               "The base URL and the API key of this launch "
                                                               "were not used: quit the running app first to "
                                                               "start with them.")));
        return 0;
    case SingleInstance::Role::NoAnswer:
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("main",
                                                            "%1 is already running (process %2) but does not "
                                                            "answer. Quit it or end that process, then start "
                                                            "again.")
                                    .arg(AppInfo::name())
                                    .arg(instance.runningPid())));
        return 1;
    }

    KeychainCredentialStore keychain(AppInfo::id());
    AppController controller(&keychain, &settings);
    QObject::connect(&controller, &AppController::quitRequested, &app, &QCoreApplication::quit, Qt::QueuedConnection);
    QObject::connect(&instance, &SingleInstance::activationRequested, &controller,
                     &AppController::showForAnotherLaunch);
    // A logout, kill or Ctrl+C quits as File > Quit does: the window's state is saved on the way out.
    TerminationSignals termination;
    QObject::connect(&termination, &TerminationSignals::received, &app, [] {
        // What the window system reported just before the signal (a resize, a move) is
        // applied first, so that the state saved on the way out is the last one.
        QCoreApplication::processEvents();
        QCoreApplication::quit();
    });
    controller.start(options);
    return app.exec();
}
