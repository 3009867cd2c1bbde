// optimaldial-sandbox: a local stand-in for the OptimalDial webhooks API.
#include "sandbox.h"
#include "sandboxoptions.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QProcessEnvironment>
#include <csignal>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <QSocketNotifier>
#include <unistd.h>

namespace {
int signalPipe[2] = {-1, -1};

// Async-signal-safe: only write(); the event loop reads the pipe and quits.
void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

void quitCleanlyOnSignals(QCoreApplication *app)
{
    if (::pipe(signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, app);
    QObject::connect(notifier, &QSocketNotifier::activated, app, [] { QCoreApplication::exit(0); });
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
}
} // namespace
#else
namespace {
void quitCleanlyOnSignals(QCoreApplication *) {}
} // namespace
#endif

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("optimaldial-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ODWH_SANDBOX_VERSION));
    // Per-delivery simulator lines and control chatter are debug output; QT_LOGGING_RULES
    // (e.g. "odwh.sandbox.*.debug=true") brings them back.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("odwh.sandbox*.debug=false"));

    SandboxOptions options;
    QString message;
    switch (SandboxCommandLine::parse(QCoreApplication::arguments(), QProcessEnvironment::systemEnvironment(), &options,
                                      &message)) {
    case SandboxCommandLine::Outcome::ShowHelp:
        std::fputs(qPrintable(SandboxCommandLine::helpText()), stdout);
        return 0;
    case SandboxCommandLine::Outcome::ShowVersion:
        std::printf("optimaldial-sandbox %s\n", ODWH_SANDBOX_VERSION);
        return 0;
    case SandboxCommandLine::Outcome::Error:
        std::fprintf(stderr, "optimaldial-sandbox: %s\n(see --help)\n", qPrintable(message));
        return 2;
    case SandboxCommandLine::Outcome::Run:
        break;
    }

    Sandbox sandbox(options);
    if (!sandbox.prepare(&message)) {
        std::fprintf(stderr, "optimaldial-sandbox: %s\n", qPrintable(message));
        return 2;
    }
    if (!sandbox.listen(&message)) {
        std::fprintf(stderr, "optimaldial-sandbox: %s\n", qPrintable(message));
        return 1;
    }
    quitCleanlyOnSignals(&app);
    std::printf("listening on http://127.0.0.1:%u\n", unsigned(sandbox.port()));
    std::fflush(stdout);

    return QCoreApplication::exec();
}
