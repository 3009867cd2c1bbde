// odwh-bench-sandbox: how fast the sandbox makes up and serializes 100,000 endpoints
// (what every `--generate 100000` start and every list answer costs). Prints each
// figure beside its floor; a program that prints figures, not a timed test.
#include "clock.h"
#include "endpointjson.h"
#include "generator.h"
#include "sandboxstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

void floorLine(const char *name, double value, double floor)
{
    std::printf("%s %.1f  floor<%.0f  %s\n", name, value, floor, value < floor ? "OK" : "MISSED");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times the sandbox's generator and list serialization."));
    parser.addHelpOption();
    const QCommandLineOption countOption(QStringLiteral("count"), QStringLiteral("Endpoints (default 100000)."),
                                         QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs (default 3)."), QStringLiteral("n"),
                                        QStringLiteral("3"));
    parser.addOption(countOption);
    parser.addOption(runsOption);
    parser.process(app);
    const int count = qMax(1, parser.value(countOption).toInt());
    const int runs = qMax(1, parser.value(runsOption).toInt());

    std::vector<double> generate;
    std::vector<double> serialize;
    for (int run = 0; run < runs; ++run) {
        ManualClock clock(1795000000LL * 1000000);
        SandboxStore store(&clock);
        Generator generator(Generator::DefaultSeed, clock.nowUs());
        Organization &org = store.addOrganization(QStringLiteral("od_live_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));
        QElapsedTimer timer;
        timer.start();
        generator.populate(store, org, count);
        generate.push_back(timer.nsecsElapsed() / 1e6);
        timer.restart();
        const QByteArray json = EndpointJson::endpointList(org);
        serialize.push_back(timer.nsecsElapsed() / 1e6);
        std::printf("run %d: %d endpoints generated in %.1f ms, serialized (%lld bytes) in %.1f ms\n", run + 1, count,
                    generate.back(), qint64(json.size()), serialize.back());
    }
    std::printf("\n");
    floorLine("sandbox_generate_ms", median(generate), 5000);
    floorLine("sandbox_serialize_ms", median(serialize), 1500);
    return 0;
}
