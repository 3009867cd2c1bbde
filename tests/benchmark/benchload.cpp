// odwh-bench-load: how 100,000 endpoints load into the real window, measured on the path
// the app takes.
//
// Starts the real sandbox (--generate N) and the real MainWindow over an ApiClient: each
// load and refresh is EndpointListController::refresh(): the request, the body read as it
// arrives (ApiCall), decoded on a worker (ApiClient), its sort orders and refresh plan on a
// worker, setEndpoints, the sorted proxy and the painted table. Measured, each beside its floor:
//   F        QJsonDocument::fromJson alone on the same body (median of 3)
//   load     last byte received -> the table painted with rows.          floor <= 2 x F
//   gap      the largest gap between the ticks of a 2 ms timer on the GUI thread (wall
//            clock), from the request to 300 ms after the first paint.   floor < 50 ms
//            Also during the refreshes of the loaded table.             floor < 50 ms
//   cpu      the GUI thread's own CPU time per event-loop turn, in the turn's events
//            (TurnMeter, told each event by MeteredApplication::notify), after the first
//            load: over every refresh and every keystroke.              floor <= 16 ms
//            The worst turn of each refresh is named, event by event.
//   search   "acme", clear, "hooks.n" typed letter by letter into the search field, each
//            keystroke until the proxy has filtered and sorted: CPU time (floor: median
//            < 16 ms) and wall clock (floor: median < 16 ms).
//   memory   RSS once loaded (floor < 150 MB); VmHWM during the load (floor < 400 MB);
//            RSS after 10 refreshes, alternately nothing changed and a busy minute
//            (floor: within 10% of the first, and < 150 MB); both RSS (counted from
//            the page tables, MemoryFigures) once the
//            background work of the load or refresh is done (settledMemory()). Beside
//            each, what malloc has handed out and what it holds freed (mallinfo2).
// Prints figures, not a verdict: exits 0 whether the floors are met or not.
//
//   QT_QPA_PLATFORM=offscreen odwh-bench-load [--count N] [--runs N] [--refreshes N] [--busy N] [--sandbox PATH]

#include "apicall.h"
#include "apiclient.h"
#include "backgroundpool.h"
#include "busyloops.h"
#include "disposal.h"
#include "endpointfilterproxymodel.h"
#include "endpointlistcontroller.h"
#include "endpointtablemodel.h"
#include "freedmemory.h"
#include "mainwindow.h"
#include "memoryfigures.h"
#include "sandboxprocess.h"
#include "turnmeter.h"

#include <QAbstractEventDispatcher>
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QStandardPaths>
#include <QTableView>
#include <QThread>
#include <QThreadPool>
#include <QTimer>

#include <algorithm>
#include <ctime>
#include <fcntl.h>
#include <unistd.h>
#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

namespace {

const QString BenchKey = QStringLiteral("od_live_BenchKeyAAAAAAAAAAAAAAAAAAAAAAAA");
constexpr double SettleMs = 300.0;

double ms(qint64 ns) { return double(ns) / 1e6; }

qint64 processCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0.0;
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

double maxOf(const std::vector<double> &v) { return v.empty() ? 0.0 : *std::max_element(v.begin(), v.end()); }

// Runs the event loop until `done` holds or `timeoutMs` pass. Benchmark scaffolding only.
bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(1, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

void idle(int msecs)
{
    QEventLoop loop;
    QTimer::singleShot(msecs, &loop, &QEventLoop::quit);
    loop.exec();
}

// A 2 ms timer on the GUI thread: the largest gap between its ticks (wall clock), and of
// that gap, how long the thread ran (its CPU time) and how long it was ready to run but
// waited for a CPU (the kernel's run-queue wait, /proc/thread-self/schedstat): a gap made
// of waiting is the machine's load, one made of running is the app's work.
class GapMeter : public QObject
{
public:
    explicit GapMeter(const QElapsedTimer &clock) : m_clock(clock)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(2);
        connect(&m_timer, &QTimer::timeout, this, [this] { tick(); });
        m_schedstat = ::open("/proc/thread-self/schedstat", O_RDONLY | O_CLOEXEC);
    }
    ~GapMeter() override
    {
        if (m_schedstat >= 0)
            ::close(m_schedstat);
    }
    void start()
    {
        m_last = m_clock.nsecsElapsed();
        m_lastCpu = TurnMeter::threadCpuNs();
        m_lastWait = runQueueWaitNs();
        m_max = 0;
        m_maxEnd = 0;
        m_maxCpu = 0;
        m_maxWait = -1;
        m_timer.start();
    }
    void stop()
    {
        tick();
        m_timer.stop();
    }
    double maxGapMs() const { return ms(m_max); }
    double maxGapEndMs() const { return ms(m_maxEnd); }
    double maxGapCpuMs() const { return ms(m_maxCpu); }
    double maxGapWaitMs() const { return m_maxWait < 0 ? -1 : ms(m_maxWait); } // -1: not known

private:
    qint64 runQueueWaitNs() const
    {
        char text[96];
        const ssize_t n = m_schedstat >= 0 ? ::pread(m_schedstat, text, sizeof text - 1, 0) : -1;
        if (n <= 0)
            return -1;
        text[n] = 0;
        unsigned long long running = 0, waiting = 0;
        return std::sscanf(text, "%llu %llu", &running, &waiting) == 2 ? qint64(waiting) : -1;
    }
    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        const qint64 cpu = TurnMeter::threadCpuNs();
        const qint64 wait = runQueueWaitNs();
        if (now - m_last > m_max) {
            m_max = now - m_last;
            m_maxEnd = now;
            m_maxCpu = cpu - m_lastCpu;
            m_maxWait = wait >= 0 && m_lastWait >= 0 ? wait - m_lastWait : -1;
        }
        m_last = now;
        m_lastCpu = cpu;
        m_lastWait = wait;
    }

    const QElapsedTimer &m_clock;
    QTimer m_timer;
    int m_schedstat = -1;
    qint64 m_last = 0;
    qint64 m_lastCpu = 0;
    qint64 m_lastWait = -1;
    qint64 m_max = 0;
    qint64 m_maxEnd = 0;
    qint64 m_maxCpu = 0;
    qint64 m_maxWait = -1;
};

// Tells when the table's viewport has painted rows: set at the paint, reported once the
// paint is over (a zero timer runs after the event that painted).
class PaintWatch : public QObject
{
public:
    PaintWatch(QTableView *table, std::function<void()> onPainted) : m_table(table), m_onPainted(std::move(onPainted))
    {
        table->viewport()->installEventFilter(this);
    }
    bool armed = false;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (armed && event->type() == QEvent::Paint && m_table->model()->rowCount() > 0
            && m_table->viewport()->isVisible()) {
            armed = false;
            QTimer::singleShot(0, this, [this] { m_onPainted(); });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QTableView *m_table;
    std::function<void()> m_onPainted;
};

struct LoadResult
{
    bool ok = false;
    QString error;
    double requestToLastByteMs = 0;
    double refreshedMs = 0; // from the last byte: the rows are in the model
    double paintMs = 0;     // from the last byte: painted with rows (first loads only)
    double decodedMs = 0;   // from the last byte: the decoded list handed to the controller
    double processCpuMs = 0; // the process's CPU from the last byte until painted/refreshed
    double guiCpuMs = 0;     // the GUI thread's share of it
    double maxGapMs = 0;
    double maxGapEndMs = 0; // from the request
    double maxGapCpuMs = 0;  // of the worst gap: the GUI thread running
    double maxGapWaitMs = 0; // of the worst gap: the GUI thread waiting for a CPU (-1: not known)
    int rows = 0;
};

// One EndpointListController::refresh() of `window`, as the app does it: a first load
// (until the table is painted with rows) or a refresh of a loaded table (until the rows
// are in the model), then 300 ms more for what follows (the search text, painting).
LoadResult measureRefresh(MainWindow &window, QNetworkAccessManager &nam, ApiClient &client, bool firstLoad)
{
    LoadResult r;
    QElapsedTimer clock;
    GapMeter gap(clock);
    EndpointListController *controller = window.controller();
    auto *table = window.findChild<QTableView *>(QStringLiteral("endpointTable"));
    qint64 lastByte = -1;
    bool refreshed = false;
    bool painted = !firstLoad;
    bool failed = false;
    QObject context;
    qint64 processCpu0 = 0, guiCpu0 = 0;
    QObject::connect(&nam, &QNetworkAccessManager::finished, &context, [&](QNetworkReply *reply) {
        if (reply->url().path().endsWith(QLatin1String("/api/v1/webhooks"))) {
            lastByte = clock.nsecsElapsed();
            processCpu0 = processCpuNs();
            guiCpu0 = TurnMeter::threadCpuNs();
        }
    });
    auto cpuSinceLastByte = [&] {
        r.processCpuMs = ms(processCpuNs() - processCpu0);
        r.guiCpuMs = ms(TurnMeter::threadCpuNs() - guiCpu0);
    };
    PaintWatch watch(table, [&] {
        r.paintMs = ms(clock.nsecsElapsed() - lastByte);
        cpuSinceLastByte();
        painted = true;
    });
    QObject::connect(controller, &EndpointListController::refreshed, &context, [&] {
        r.refreshedMs = ms(clock.nsecsElapsed() - lastByte);
        if (!firstLoad)
            cpuSinceLastByte();
        refreshed = true;
        watch.armed = firstLoad;
        table->viewport()->update();
    });
    QObject::connect(controller, &EndpointListController::errorOccurred, &context, [&](const ApiError &e) {
        r.error = e.title() + QStringLiteral(": ") + e.technical;
        failed = true;
    });

    clock.start();
    gap.start();
    controller->refresh();
    for (ApiCall *call : client.findChildren<ApiCall *>()) {
        QObject::connect(call, &ApiCall::finished, &context, [&] { r.decodedMs = ms(clock.nsecsElapsed() - lastByte); });
    }
    if (!waitFor([&] { return (refreshed && painted) || failed; }, 300000)) {
        gap.stop();
        r.error = QStringLiteral("not loaded within 300 s");
        return r;
    }
    if (failed) {
        gap.stop();
        return r;
    }
    const qint64 settleUntil = clock.nsecsElapsed() + qint64(SettleMs * 1e6);
    waitFor([&] { return clock.nsecsElapsed() >= settleUntil; }, 10000);
    gap.stop();
    r.requestToLastByteMs = ms(lastByte);
    r.maxGapMs = gap.maxGapMs();
    r.maxGapEndMs = gap.maxGapEndMs();
    r.maxGapCpuMs = gap.maxGapCpuMs();
    r.maxGapWaitMs = gap.maxGapWaitMs();
    r.rows = window.proxy()->rowCount();
    r.ok = true;
    return r;
}

// A blocking call through the client, for the benchmark's own changes on the server.
template <typename T>
bool awaitCall(const std::function<ApiCall *(QObject *, ApiClient::Done<T>)> &start)
{
    bool done = false, ok = false;
    QObject context;
    start(&context, [&](const ApiResult<T> &result) {
        ok = result.ok();
        done = true;
    });
    waitFor([&] { return done; }, 30000);
    return ok;
}

// A busy minute on the server: deliveries failed or recovered on 200 endpoints, 10 URLs
// were edited, 30 endpoints were deleted and 30 created, spread over the list.
bool makeBusyMinute(const SandboxProcess &sandbox, ApiClient &client, const EndpointTableModel &model, int round)
{
    const int n = model.rowCount();
    if (n < 1000)
        return true;
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    bool ok = true;
    for (int k = 0; k < 200 && ok; ++k) {
        const WebhookEndpoint &e = model.endpointAt((k * 7919 + round * 101) % n);
        const QByteArray json = QStringLiteral("{\"consecutive_failures\":%1,\"last_failure_at\":\"%2\",\"updated_at\":\"%2\"}")
                                    .arg((e.consecutiveFailures + 1) % WebhookEndpoint::AutoDisableThreshold)
                                    .arg(now)
                                    .toUtf8();
        ok = sandbox.overwriteEndpoint(e.id, json);
    }
    for (int k = 0; k < 10 && ok; ++k) {
        const WebhookEndpoint &e = model.endpointAt((k * 104729 + 13 + round * 7) % n);
        ok = sandbox.overwriteEndpoint(
            e.id, QStringLiteral("{\"url\":\"https://edited%1-%2.example.com/hook\"}").arg(round).arg(k).toUtf8());
    }
    QStringList doomed;
    for (int k = 0; k < 30; ++k)
        doomed << model.endpointAt((k * 3331 + 17 + round * 13) % n).id;
    doomed.removeDuplicates();
    for (const QString &id : doomed) {
        if (!ok)
            break;
        ok = awaitCall<NoContent>([&](QObject *c, ApiClient::Done<NoContent> d) { return client.deleteWebhook(id, c, d); });
    }
    for (int k = 0; k < 30 && ok; ++k) {
        WebhookDraft draft;
        draft.url = QStringLiteral("https://new%1-%2.example.com/hook").arg(round).arg(k);
        draft.description = QStringLiteral("Created in busy minute %1").arg(round);
        ok = awaitCall<CreatedWebhook>(
            [&](QObject *c, ApiClient::Done<CreatedWebhook> d) { return client.createWebhook(draft, c, d); });
    }
    return ok;
}

QByteArray fetchBody(const QUrl &baseUrl, double *fetchMs)
{
    QNetworkAccessManager nam;
    QUrl url = baseUrl;
    url.setPath(QStringLiteral("/api/v1/webhooks"));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + BenchKey.toLatin1());
    request.setTransferTimeout(300000);
    QElapsedTimer t;
    t.start();
    QNetworkReply *reply = nam.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    QByteArray body = reply->readAll();
    *fetchMs = ms(t.nsecsElapsed());
    if (reply->error() != QNetworkReply::NoError)
        body.clear();
    delete reply;
    return body;
}

// Memory once the background work a load or refresh started is done: the list it replaced
// freed and the free pages given back (Disposal), the search text built (BackgroundPool). Measured
// before that, the figure said how soon a worker got a core (on 2 cores at load 13, a
// list freed 600 ms after the refresh was often not freed yet), not what is held.
MemoryFigures settledMemory()
{
    BackgroundPool::instance()->waitForDone();
    QThreadPool::globalInstance()->waitForDone();
    Disposal::pool()->waitForDone();
    return MemoryFigures::now();
}

struct Verdicts
{
    int met = 0;
    int total = 0;
    QStringList missed;

    const char *check(bool ok, const char *name)
    {
        ++total;
        if (ok)
            ++met;
        else
            missed << QString::fromLatin1(name);
        return ok ? "OK" : "MISSED";
    }
};

std::unique_ptr<MainWindow> newWindow(ApiClient *client)
{
    auto window = std::make_unique<MainWindow>(client);
    window->controller()->setAutoRefreshInterval(0); // the benchmark refreshes
    window->resize(1400, 900);
    window->show();
    waitFor([&] { return window->isVisible(); }, 5000);
    idle(300); // shown and painted empty, as before the first answer
    return window;
}

// The application, telling which event took the most GUI-thread CPU (receiver class,
// event type): where the longest turn went.
class MeteredApplication : public QApplication
{
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override
    {
        if (QThread::currentThread() != thread()) // events of other threads (the network's, workers')
            return QApplication::notify(receiver, event);
        if (m_depth++ > 0) {
            const bool r = QApplication::notify(receiver, event);
            --m_depth;
            return r;
        }
        const qint64 cpu0 = TurnMeter::threadCpuNs();
        // Read before: the event may delete the receiver.
        const QMetaObject *cls = receiver->metaObject();
        const QMetaObject *parentCls = receiver->parent() ? receiver->parent()->metaObject() : nullptr;
        const int type = int(event->type());
        const bool r = QApplication::notify(receiver, event);
        --m_depth;
        const qint64 tookNs = TurnMeter::threadCpuNs() - cpu0;
        if (meter)
            meter->noteEvent(cls, parentCls, type, tookNs);
        if (recording && ms(tookNs) > longestMs) {
            longestMs = ms(tookNs);
            const char *typeName = QMetaEnum::fromType<QEvent::Type>().valueToKey(type);
            longest = QStringLiteral("%1%2, %3")
                          .arg(QString::fromLatin1(cls->className()),
                               parentCls ? QStringLiteral(" in ") + QString::fromLatin1(parentCls->className()) : QString(),
                               typeName ? QString::fromLatin1(typeName) : QString::number(type));
        }
        return r;
    }
    TurnMeter *meter = nullptr; // told every event handled outside another
    bool recording = false;
    double longestMs = 0;
    QString longest;

private:
    int m_depth = 0;
};

} // namespace

int main(int argc, char **argv)
{
    FreedMemory::limitRetention(); // as the app does at start-up
    // No display and no platform asked for: the offscreen one, not an abort.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    MeteredApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("odwh-bench-load"));
    QStandardPaths::setTestModeEnabled(true); // settings of its own, not the user's

    int count = 100000;
    int runs = 3;
    int refreshCount = 10;
    int busy = 0;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        const bool hasValue = i + 1 < args.size();
        if (a == QLatin1String("--sandbox") && hasValue) {
            qputenv("ODWH_SANDBOX_EXE", args.at(++i).toLocal8Bit());
        } else if (a == QLatin1String("--count") && hasValue) {
            count = args.at(++i).toInt();
        } else if (a == QLatin1String("--runs") && hasValue) {
            runs = std::max(1, args.at(++i).toInt());
        } else if (a == QLatin1String("--refreshes") && hasValue) {
            refreshCount = std::max(1, args.at(++i).toInt());
        } else if (a == QLatin1String("--busy") && hasValue) {
            busy = std::max(0, args.at(++i).toInt());
        } else {
            std::fprintf(stderr, "usage: odwh-bench-load [--count N (100000)] [--runs N (3)] [--refreshes N (10)]\n"
                                 "                      [--busy N (0): N threads spin beside it] [--sandbox PATH]\n"
                                 "Offscreen without a display; under Xvfb with QT_QPA_PLATFORM=xcb.\n");
            return a == QLatin1String("--help") ? 0 : 2;
        }
    }
    const BusyLoops busyLoops(busy);
    QElapsedTimer total;
    total.start();

    std::printf("odwh-bench-load: %d endpoints, platform %s, Qt %s, %d threads in the pool, %d busy-looping threads\n",
                count, qPrintable(QGuiApplication::platformName()), qVersion(),
                QThreadPool::globalInstance()->maxThreadCount(), busy);
    std::fflush(stdout);

    SandboxProcess sandbox;
    if (!sandbox.start({QStringLiteral("--generate"), QString::number(count), QStringLiteral("--rate-limit"),
                        QStringLiteral("0"), QStringLiteral("--ping-delay-ms"), QStringLiteral("0")},
                       {BenchKey})) {
        std::fprintf(stderr, "odwh-bench-load: %s\n", qPrintable(sandbox.errorString()));
        return 1;
    }
    QNetworkAccessManager nam;
    ApiClient client(&nam);
    ApiClient::Timeouts timeouts;
    timeouts.listMs = 300000;
    client.setTimeouts(timeouts);
    QString error;
    if (!client.configure(sandbox.baseUrl(), BenchKey, &error)) {
        std::fprintf(stderr, "odwh-bench-load: %s\n", qPrintable(error));
        return 1;
    }
    TurnMeter turns(QAbstractEventDispatcher::instance());
    app.meter = &turns;

    // ---- run 1: a first load in a fresh process; memory measured on it -------------------
    std::vector<LoadResult> loads;
    std::vector<double> keyCpu, keyWall;
    std::vector<LoadResult> refreshes;
    std::vector<QString> refreshNames;
    MemoryFigures before, loaded, afterRefreshes;
    double peakMb = -1;
    {
        std::unique_ptr<MainWindow> window = newWindow(&client);
        before = MemoryFigures::now();
        const bool peakReset = MemoryFigures::resetPeak();
        turns.start(QStringLiteral("first load 1"));
        LoadResult r = measureRefresh(*window, nam, client, true);
        turns.stop();
        peakMb = peakReset ? MemoryFigures::now().peakMb : -1;
        if (!r.ok) {
            std::fprintf(stderr, "odwh-bench-load: load failed: %s\n", qPrintable(r.error));
            return 1;
        }
        loads.push_back(r);
        idle(300);
        loaded = settledMemory();
        std::printf("memory before the load: %s\nmemory once loaded:     %s\n", qPrintable(before.text()),
                    qPrintable(loaded.text()));

        // ---- keystrokes into the search field ---------------------------------------------
        auto *search = window->findChild<QLineEdit *>(QStringLiteral("searchField"));
        QStringList typed;
        const QString acme = QStringLiteral("acme");
        const QString hooks = QStringLiteral("hooks.n");
        for (int i = 1; i <= acme.size(); ++i)
            typed << acme.left(i);
        typed << QString();
        for (int i = 1; i <= hooks.size(); ++i)
            typed << hooks.left(i);
        std::printf("search keystrokes (until filtered and sorted: GUI-thread CPU ms, wall ms; rows shown):\n");
        for (const QString &text : typed) {
            turns.start(QStringLiteral("keystroke \"%1\"").arg(text));
            QElapsedTimer t;
            t.start();
            const qint64 cpu0 = TurnMeter::threadCpuNs();
            search->setText(text);
            const int shown = window->proxy()->rowCount(); // a lazily re-built mapping is part of the keystroke
            const double cpuMs = ms(TurnMeter::threadCpuNs() - cpu0);
            const double wallMs = ms(t.nsecsElapsed());
            idle(40); // painted meanwhile; the next key a little later, as a person types
            turns.stop();
            keyCpu.push_back(cpuMs);
            keyWall.push_back(wallMs);
            std::printf("  %-10s cpu %7.2f ms  wall %7.2f ms  %6d rows\n",
                        qPrintable(QLatin1Char('"') + text + QLatin1Char('"')), cpuMs, wallMs, shown);
        }
        turns.start(QStringLiteral("keystroke clear"));
        search->clear();
        idle(300);
        turns.stop();

        // ---- refreshes of the loaded table (automatic refresh every 60 s) ------------------
        std::printf("refreshes (ms from the last byte until the rows are in the model; worst GUI gap; worst GUI-thread\n"
                    "CPU turn; memory 300 ms later):\n");
        for (int i = 0; i < refreshCount; ++i) {
            const bool busyMinute = i % 2 == 1;
            if (busyMinute && !makeBusyMinute(sandbox, client, *window->model(), i)) {
                std::fprintf(stderr, "odwh-bench-load: the busy minute could not be made on the sandbox\n");
                return 1;
            }
            // The last two with a search typed, as an operator watching a few endpoints
            // leaves it: each refresh then filters the new rows by their search text.
            const bool searching = i >= refreshCount - 2;
            if (searching && search->text().isEmpty()) {
                search->setText(acme);
                idle(300);
            }
            QString name = busyMinute ? QStringLiteral("refresh %1, a busy minute").arg(i + 1)
                                      : QStringLiteral("refresh %1, nothing changed").arg(i + 1);
            if (searching)
                name += QStringLiteral(", searching");
            turns.start(name);
            app.recording = true;
            app.longestMs = 0;
            app.longest.clear();
            const LoadResult rr = measureRefresh(*window, nam, client, false);
            idle(300);
            app.recording = false;
            turns.stop();
            if (!rr.ok) {
                std::fprintf(stderr, "odwh-bench-load: refresh failed: %s\n", qPrintable(rr.error));
                return 1;
            }
            refreshes.push_back(rr);
            std::printf("    longest event: %.1f ms CPU, %s\n", app.longestMs, qPrintable(app.longest));
            std::printf("    worst turn: %s\n", qPrintable(turns.phases().back().worstTurn));
            refreshNames.push_back(name);
            const MemoryFigures m = settledMemory();
            std::printf("  %-30s %7.1f ms  gap %5.1f ms  cpu %5.1f ms  %6d rows  %s\n", qPrintable(name), rr.refreshedMs,
                        rr.maxGapMs, turns.phases().back().maxMs, rr.rows, qPrintable(m.text()));
            std::printf("    worst gap: %.1f ms running, %.1f ms waiting for a CPU\n", rr.maxGapCpuMs, rr.maxGapWaitMs);
            std::fflush(stdout);
            afterRefreshes = m;
        }
    }

    // ---- further runs, for a steadier load figure ---------------------------------------
    for (int run = 2; run <= runs; ++run) {
        std::unique_ptr<MainWindow> window = newWindow(&client);
        turns.start(QStringLiteral("first load %1").arg(run));
        LoadResult r = measureRefresh(*window, nam, client, true);
        turns.stop();
        if (!r.ok) {
            std::fprintf(stderr, "odwh-bench-load: load failed: %s\n", qPrintable(r.error));
            return 1;
        }
        loads.push_back(r);
    }

    // ---- F: QJsonDocument::fromJson alone, on the same body --------------------------------
    double fetchMs = 0;
    const QByteArray body = fetchBody(sandbox.baseUrl(), &fetchMs);
    if (body.isEmpty()) {
        std::fprintf(stderr, "odwh-bench-load: could not fetch the body again\n");
        return 1;
    }
    std::vector<double> parses;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer t;
        t.start();
        QJsonDocument doc = QJsonDocument::fromJson(body);
        parses.push_back(ms(t.nsecsElapsed()));
        if (!doc.isArray()) {
            std::fprintf(stderr, "odwh-bench-load: the body is not a JSON array\n");
            return 1;
        }
    }
    const double F = median(parses);

    // ---- figures -------------------------------------------------------------------------
    std::printf("\nfirst loads (the body: %.1f MB; ms from the last byte): rows in the model / painted; request to last\n"
                "byte; worst GUI gap (ending at, ms from the request); worst GUI-thread CPU turn\n",
                double(body.size()) / 1048576.0);
    std::vector<double> loadMs, gapMs;
    for (size_t i = 0; i < loads.size(); ++i) {
        const LoadResult &r = loads[i];
        const double cpu = turns.maxMs(QStringLiteral("first load %1").arg(i + 1));
        std::printf("  run %zu: %7.1f / %7.1f   request %7.1f   gap %6.1f ms (at %.1f)   cpu %6.1f ms   %d rows\n", i + 1,
                    r.refreshedMs, r.paintMs, r.requestToLastByteMs, r.maxGapMs, r.maxGapEndMs, cpu, r.rows);
        std::printf("         decoded at %7.1f; CPU from the last byte until painted: process %7.1f ms, GUI thread %6.1f ms\n",
                    r.decodedMs, r.processCpuMs, r.guiCpuMs);
        std::printf("         worst gap: %.1f ms running, %.1f ms waiting for a CPU\n", r.maxGapCpuMs, r.maxGapWaitMs);
        for (const TurnMeter::Phase &p : turns.phases()) {
            if (p.name == QStringLiteral("first load %1").arg(i + 1))
                std::printf("         worst turn: %s\n", qPrintable(p.worstTurn));
        }
        loadMs.push_back(r.paintMs);
        gapMs.push_back(r.maxGapMs);
    }
    std::vector<double> refreshGaps;
    for (const LoadResult &r : refreshes)
        refreshGaps.push_back(r.maxGapMs);
    std::printf("fromJson runs: %.1f %.1f %.1f ms\n\n", parses[0], parses[1], parses[2]);

    Verdicts v;
    const double load = median(loadMs);
    const double worstGap = maxOf(gapMs);
    const double worstRefreshGap = maxOf(refreshGaps);
    // Of the worst gap: the GUI thread running, and waiting for a CPU.
    auto worstGapParts = [](const std::vector<LoadResult> &results) {
        const auto worst = std::max_element(results.begin(), results.end(),
                                            [](const LoadResult &a, const LoadResult &b) { return a.maxGapMs < b.maxGapMs; });
        return worst == results.end() ? QString()
                                      : QStringLiteral("; of it %1 ms running, %2 ms waiting for a CPU")
                                            .arg(worst->maxGapCpuMs, 0, 'f', 1)
                                            .arg(worst->maxGapWaitMs, 0, 'f', 1);
    };
    QString cpuWhere;
    const double cpuMax = std::max(turns.maxMs(QStringLiteral("keystroke"), &cpuWhere),
                                   turns.maxMs(QStringLiteral("refresh")));
    if (turns.maxMs(QStringLiteral("refresh")) > turns.maxMs(QStringLiteral("keystroke")))
        turns.maxMs(QStringLiteral("refresh"), &cpuWhere);
    const double keyCpuMedian = median(keyCpu);
    const double keyWallMedian = median(keyWall);
    const double loadedMb = loaded.rssMb;
    const double refreshedMb = afterRefreshes.rssMb;
    std::printf("F_fromjson_ms %.1f  (median of 3)\n", F);
    std::printf("load_ms %.1f  floor<=2xF %.1f  %s  (ratio %.2fxF, median of %zu)\n", load, 2 * F,
                v.check(load <= 2 * F, "load"), load / F, loadMs.size());
    std::printf("gui_blocked_max_ms %.1f  floor<50  %s  (wall clock, worst of %zu first loads from the request; median %.1f%s)\n",
                worstGap, v.check(worstGap < 50, "gui_blocked"), gapMs.size(), median(gapMs),
                qPrintable(worstGapParts(loads)));
    std::printf("gui_blocked_refresh_max_ms %.1f  floor<50  %s  (wall clock, worst of %zu refreshes%s)\n", worstRefreshGap,
                v.check(worstRefreshGap < 50, "gui_blocked_refresh"), refreshes.size(), qPrintable(worstGapParts(refreshes)));
    std::printf("search_keystroke_median_ms %.2f  floor<16  %s  (wall clock; max %.2f ms over %zu keystrokes)\n",
                keyWallMedian, v.check(keyWallMedian < 16, "search"), maxOf(keyWall), keyWall.size());
    std::printf("search_keystroke_cpu_median_ms %.2f  floor<16  %s  (GUI-thread CPU; max %.2f ms; wall median %.2f ms)\n",
                keyCpuMedian, v.check(keyCpuMedian < 16, "search_cpu"), maxOf(keyCpu), keyWallMedian);
    std::printf("gui_cpu_max_ms %.1f  floor<=16  %s  (largest GUI-thread CPU of the events of one event-loop turn\n"
                "  after the first load, over %zu refreshes and %zu keystrokes: %s; whole turns, event loop included:\n"
                "  %.1f; first loads, not floored: %.1f)\n",
                cpuMax, v.check(cpuMax <= 16, "gui_cpu"), refreshes.size(), keyCpu.size(), qPrintable(cpuWhere),
                std::max(turns.wholeTurnMaxMs(QStringLiteral("refresh")), turns.wholeTurnMaxMs(QStringLiteral("keystroke"))),
                turns.maxMs(QStringLiteral("first load")));
    for (const TurnMeter::Phase &p : turns.phases()) {
        if (p.name == cpuWhere)
            std::printf("  that turn: %s\n", qPrintable(p.worstTurn));
    }
    std::printf("rss_loaded_mb %.1f  floor<150  %s\n", loadedMb, v.check(loadedMb >= 0 && loadedMb < 150, "rss"));
    std::printf("rss_after_10_refreshes_mb %.1f  floor<=%.1f (loaded +10%%) and <150  %s  (after %zu refreshes; malloc in use\n"
                "  %.1f MB, freed but held %.1f MB; once loaded: %.1f and %.1f)\n",
                refreshedMb, loadedMb * 1.10,
                v.check(refreshedMb >= 0 && refreshedMb <= loadedMb * 1.10 && refreshedMb < 150, "rss_refreshes"),
                refreshes.size(), afterRefreshes.inUseMb, afterRefreshes.heldFreeMb, loaded.inUseMb, loaded.heldFreeMb);
    std::printf("peak_rss_during_load_mb %.1f  floor<400  %s\n", peakMb, v.check(peakMb >= 0 && peakMb < 400, "peak_rss"));
    std::printf("\nsummary: %d of %d floors met%s%s  (%d busy-looping threads; %.0f s)\n", v.met, v.total,
                v.missed.isEmpty() ? "" : "; missed: ", qPrintable(v.missed.join(QStringLiteral(", "))), busy,
                double(total.elapsed()) / 1000.0);
    return 0;
}
