// odwh-bench-watch: what EndpointWatch costs the GUI thread per refresh at 100,000
// endpoints (the hand-over of the list and the handling of the worker's result), and
// what its worker takes (building the health-by-id hash and comparing). Prints figures;
// asserts nothing.
#include "endpointwatch.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>

#include <cstdio>
#include <ctime>

namespace {
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

QList<WebhookEndpoint> fleet(int count)
{
    QList<WebhookEndpoint> list;
    list.reserve(count);
    for (int i = 0; i < count; ++i) {
        WebhookEndpoint e;
        e.id = QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
        e.url = QStringLiteral("https://receiver-%1.example.com/hooks/optimaldial").arg(i);
        e.isActive = true;
        e.consecutiveFailures = i % 5 == 0 ? i % 19 + 1 : 0;
        list << e;
    }
    return list;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int count = 100000;
    const QStringList args = app.arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--count")); i >= 0 && i + 1 < args.size())
        count = args.at(i + 1).toInt();

    EndpointWatch watch;
    QSignalSpy observed(&watch, &EndpointWatch::observed);
    QList<WebhookEndpoint> list = fleet(count);
    double guiMax = 0;
    double wallMax = 0;
    for (int round = 0; round < 6; ++round) {
        // Each round a few endpoints change, as between two refreshes of a busy minute.
        for (int k = 0; k < 50; ++k) {
            WebhookEndpoint &e = list[(round * 997 + k * 131) % count];
            e.consecutiveFailures = e.consecutiveFailures > 0 ? 0 : 3;
        }
        QElapsedTimer wall;
        wall.start();
        const double before = threadCpuMs();
        watch.observe(list);
        observed.wait(60000);
        const double gui = threadCpuMs() - before;
        const double ms = wall.nsecsElapsed() / 1e6;
        std::printf("round %d: gui_thread_cpu_ms %.3f  wall_ms %.1f%s\n", round, gui, ms,
                    round == 0 ? "  (baseline)" : "");
        if (round > 0) {
            guiMax = qMax(guiMax, gui);
            wallMax = qMax(wallMax, ms);
        }
    }
    std::printf("endpoints %d\n", count);
    std::printf("watch_gui_thread_cpu_max_ms %.3f (floor 1.0) %s\n", guiMax, guiMax <= 1.0 ? "OK" : "MISSED");
    std::printf("watch_compare_wall_max_ms %.1f\n", wallMax);
    return 0;
}
