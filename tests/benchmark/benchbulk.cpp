// odwh-bench-bulk: switches endpoints off through the real write path (BulkChange ->
// WriteQueue -> ApiClient) against the real sandbox, started here with the write limit
// the run is about, and prints how long it took beside what the limit allows, and how
// many 429 answers came (none: the queue keeps to the limit by itself).
//
//   odwh-bench-bulk [--long] [--sandbox PATH]
//
// Default: 200 endpoints at --rate-limit 600 (the limit allows 20 s). --long adds 100
// endpoints at the default 60 a minute (100 s). The endpoints come from a seed file,
// all switched on, so that every row is one PATCH. A program that prints figures, not a
// timed test.
#include "apiclient.h"
#include "bulkchange.h"
#include "sandboxprocess.h"
#include "writequeue.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QTimer>

#include <cmath>
#include <cstdio>

namespace {

const QString BenchKey = QStringLiteral("od_live_BenchBulkAAAAAAAAAAAAAAAAAAAAAAA");

struct Figures
{
    double seconds = -1;
    int rateLimited = -1;
    int changed = 0;
    int inactiveAfter = 0;
    bool ok = false;
};

QByteArray seed(int count)
{
    QJsonArray webhooks;
    for (int i = 0; i < count; ++i)
        webhooks.append(
            QJsonObject{{QStringLiteral("url"), QStringLiteral("https://receiver-%1.example.com/hooks").arg(i)},
                        {QStringLiteral("is_active"), true}});
    return QJsonDocument(QJsonObject{{QStringLiteral("webhooks"), webhooks}}).toJson(QJsonDocument::Compact);
}

template <typename T>
bool await(const std::function<void(QObject *, ApiClient::Done<T>)> &start, T *out)
{
    QEventLoop loop;
    bool ok = false;
    QObject context;
    start(&context, [&](const ApiResult<T> &result) {
        ok = result.ok();
        if (ok)
            *out = result.value;
        else
            std::fprintf(stderr, "odwh-bench-bulk: %s\n", qPrintable(result.error.message()));
        loop.quit();
    });
    loop.exec();
    return ok;
}

// Switches `count` endpoints off at `perMinute` (the sandbox's limit and the app's).
Figures run(int count, int perMinute)
{
    Figures f;
    QTemporaryFile seedFile;
    if (!seedFile.open() || seedFile.write(seed(count)) < 0 || !seedFile.flush()) {
        std::fprintf(stderr, "odwh-bench-bulk: cannot write the seed file\n");
        return f;
    }
    SandboxProcess sandbox;
    if (!sandbox.start(
            {QStringLiteral("--seed"), seedFile.fileName(), QStringLiteral("--rate-limit"), QString::number(perMinute)},
            {BenchKey})) {
        std::fprintf(stderr, "odwh-bench-bulk: %s\n", qPrintable(sandbox.errorString()));
        return f;
    }
    QNetworkAccessManager nam;
    ApiClient client(&nam);
    QString error;
    if (!client.configure(sandbox.baseUrl(), BenchKey, &error)) {
        std::fprintf(stderr, "odwh-bench-bulk: %s\n", qPrintable(error));
        return f;
    }
    QList<WebhookEndpoint> endpoints;
    if (!await<QList<WebhookEndpoint>>([&](QObject *c, auto done) { client.listWebhooks(c, done); }, &endpoints))
        return f;

    WriteQueue *queue = WriteQueue::of(&client);
    queue->setPerMinute(perMinute);
    BulkChange bulk(&client);
    QEventLoop loop;
    QObject::connect(&bulk, &BulkChange::finished, &loop, &QEventLoop::quit);
    int lastShown = 0;
    QObject::connect(&bulk, &BulkChange::progressChanged, &bulk, [&] {
        if (bulk.writesDone() - lastShown >= 25 || bulk.writesDone() == bulk.writesTotal()) {
            lastShown = bulk.writesDone();
            std::printf("  %d of %d, %.0f a minute\n", bulk.writesDone(), bulk.writesTotal(), bulk.ratePerMinute());
            std::fflush(stdout);
        }
    });
    QElapsedTimer timer;
    timer.start();
    if (!bulk.start({BulkChange::Kind::Disable, {}}, endpoints))
        return f;
    loop.exec();
    f.seconds = timer.nsecsElapsed() / 1e9;
    f.rateLimited = queue->rateLimitedCount();
    f.changed = bulk.count(BulkChange::Outcome::Changed);

    QList<WebhookEndpoint> after;
    if (!await<QList<WebhookEndpoint>>([&](QObject *c, auto done) { client.listWebhooks(c, done); }, &after))
        return f;
    for (const WebhookEndpoint &e : std::as_const(after))
        f.inactiveAfter += e.isActive ? 0 : 1;
    f.ok = f.changed == count && f.inactiveAfter == count;
    return f;
}

void printFigures(const char *secondsName, int count, int perMinute, const Figures &f)
{
    const double allowed = 60.0 * count / perMinute;
    const bool inTime = f.seconds >= allowed * 0.95 && f.seconds <= allowed * 1.05;
    std::printf("%s %.2f  floor %.2f..%.2f (%.0f s allowed by %d a minute)  %s\n", secondsName, f.seconds,
                allowed * 0.95, allowed * 1.05, allowed, perMinute, inTime ? "OK" : "MISSED");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("odwh-bench-bulk"));
    QStandardPaths::setTestModeEnabled(true); // settings of its own, not the user's
    bool longRun = false;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--long")) {
            longRun = true;
        } else if (a == QLatin1String("--sandbox") && i + 1 < args.size()) {
            qputenv("ODWH_SANDBOX_EXE", args.at(++i).toLocal8Bit());
        } else {
            std::fprintf(stderr,
                         "usage: odwh-bench-bulk [--long: also 100 endpoints at 60 a minute] [--sandbox PATH]\n");
            return a == QLatin1String("--help") ? 0 : 2;
        }
    }

    Figures slow;
    if (longRun) {
        std::printf("odwh-bench-bulk: switching 100 endpoints off at 60 writes a minute (sandbox --rate-limit 60)\n");
        std::fflush(stdout);
        slow = run(100, 60);
    }
    std::printf("odwh-bench-bulk: switching 200 endpoints off at 600 writes a minute (sandbox --rate-limit 600)\n");
    std::fflush(stdout);
    const Figures fast = run(200, 600);

    std::printf("\n");
    if (longRun) {
        printFigures("bulk_100_at_60_per_min_s", 100, 60, slow);
        std::printf("bulk_429_received_at_60 %d  floor 0  %s\n", slow.rateLimited,
                    slow.rateLimited == 0 ? "OK" : "MISSED");
        std::printf("bulk_100_rows_right %s\n", slow.ok ? "OK" : "MISSED");
    }
    std::printf("bulk_200_rows_right %s (%d changed, %d switched off on the server)\n", fast.ok ? "OK" : "MISSED",
                fast.changed, fast.inactiveAfter);
    printFigures("bulk_200_at_600_per_min_s", 200, 600, fast);
    std::printf("bulk_429_received %d  floor 0  %s\n", fast.rateLimited, fast.rateLimited == 0 ? "OK" : "MISSED");
    return 0;
}
