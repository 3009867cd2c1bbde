// odwh-bench-load: how 100,000 endpoints load into the real table, measured.
//
// Starts the real sandbox (--generate N), fetches GET /api/v1/webhooks into memory with
// QNetworkAccessManager, then measures, each beside its floor:
//   F        QJsonDocument::fromJson alone on that body (median of 3)
//   load     last byte in memory -> JsonCodec::decodeEndpointList on a worker thread
//            (QtConcurrent, as ApiClient does) -> EndpointTableModel::prepare on a worker (as
//            EndpointListController does) -> EndpointTableModel::setEndpoints under an
//            EndpointFilterProxyModel sorted by Status, descending (as MainWindow does) ->
//            first paint of a 1200x800 QTableView showing the rows.        floor <= 2 x F
//   gap      the largest gap between the ticks of a 2 ms timer on the GUI thread during
//            the load (until 300 ms after the first paint).                  floor < 50 ms
//            Also during two refreshes of the loaded table: one where nothing changed,
//            one after a busy minute (rows changed, added, removed).         floor < 50 ms
//   search   "acme", clear, "hooks.n" typed letter by letter into setSearchText, each
//            keystroke timed until the proxy has filtered and sorted.        floor: median < 16 ms
//   memory   VmRSS once loaded and the body released (floor < 150 MB); VmHWM during the
//            load (floor < 400 MB).
// Prints figures, not a verdict: exits 0 whether the floors are met or not.
//
//   QT_QPA_PLATFORM=offscreen odwh-bench-load [--count N] [--runs N] [--sandbox PATH]

#include "endpointfilterproxymodel.h"
#include "endpointtablemodel.h"
#include "jsoncodec.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPaintEvent>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTableView>
#include <QTemporaryFile>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

namespace {

const QString SandboxKey = QStringLiteral("od_live_BenchKeyAAAAAAAAAAAAAAAAAAAAAAAA");
constexpr double SettleMs = 300.0;

double ms(qint64 ns) { return double(ns) / 1e6; }

double median(std::vector<double> v)
{
    if (v.empty())
        return 0.0;
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

// A field of /proc/self/status in kB (VmRSS, VmHWM), -1 when unreadable.
qint64 procStatusKb(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Resets VmHWM to the current RSS (Linux >= 4.0).
bool resetPeakRss()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    return f.open(QIODevice::WriteOnly) && f.write("5") == 1;
}

double mb(qint64 kb) { return double(kb) / 1024.0; }

long minorFaults()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_minflt;
}

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

// The table as MainWindow sets it up; tells when a paint with rows has finished.
class BenchTableView : public QTableView
{
public:
    std::function<void()> onPaintedWithRows;

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QTableView::paintEvent(event);
        if (onPaintedWithRows && model() && model()->rowCount() > 0) {
            auto f = std::move(onPaintedWithRows);
            onPaintedWithRows = nullptr;
            f();
        }
    }
};

// A 2 ms timer on the GUI thread: the largest gap between its ticks.
class GapMeter : public QObject
{
public:
    explicit GapMeter(const QElapsedTimer &clock) : m_clock(clock)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(2);
        connect(&m_timer, &QTimer::timeout, this, [this] { tick(); });
    }
    void start()
    {
        m_last = m_clock.nsecsElapsed();
        m_max = 0;
        m_maxEnd = 0;
        m_ticks = 0;
        m_timer.start();
    }
    void stop()
    {
        tick();
        m_timer.stop();
    }
    double maxGapMs() const { return ms(m_max); }
    double maxGapEndMs() const { return ms(m_maxEnd); }
    int ticks() const { return m_ticks; }

private:
    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        if (now - m_last > m_max) {
            m_max = now - m_last;
            m_maxEnd = now;
        }
        m_last = now;
        ++m_ticks;
    }

    const QElapsedTimer &m_clock;
    QTimer m_timer;
    qint64 m_last = 0;
    qint64 m_max = 0;
    qint64 m_maxEnd = 0;
    int m_ticks = 0;
};

struct Decoded
{
    bool ok = false;
    QList<WebhookEndpoint> value;
    QString error;
};

struct Table
{
    std::unique_ptr<EndpointTableModel> model;
    std::unique_ptr<EndpointFilterProxyModel> proxy;
    std::unique_ptr<BenchTableView> view;

    Table()
        : model(std::make_unique<EndpointTableModel>()), proxy(std::make_unique<EndpointFilterProxyModel>()),
          view(std::make_unique<BenchTableView>())
    {
        proxy->setSourceModel(model.get());
        BenchTableView *t = view.get();
        t->setModel(proxy.get());
        t->setSortingEnabled(true);
        t->sortByColumn(EndpointTableModel::Status, Qt::DescendingOrder);
        t->setSelectionBehavior(QAbstractItemView::SelectRows);
        t->setSelectionMode(QAbstractItemView::SingleSelection);
        t->setWordWrap(false);
        t->setTextElideMode(Qt::ElideMiddle);
        t->verticalHeader()->hide();
        t->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 10);
        t->horizontalHeader()->setSectionsMovable(true);
        t->horizontalHeader()->setHighlightSections(false);
        t->horizontalHeader()->setStretchLastSection(false);
        const int widths[] = {130, 320, 220, 170, 60, 80, 110, 110, 110, 110};
        for (int c = 0; c < EndpointTableModel::ColumnCount; ++c)
            t->setColumnWidth(c, widths[c]);
        t->resize(1200, 800);
        t->show();
    }
    ~Table()
    {
        // Tear down in the order the window does: view, proxy, model.
        view.reset();
        proxy.reset();
        model.reset();
    }
};

struct LoadResult
{
    bool ok = false;
    QString error;
    double decodeMs = 0;  // worker finished (as seen by the GUI thread)
    double prepareMs = 0; // sort orders computed on a worker (as seen by the GUI thread)
    double setMs = 0;     // setEndpoints returned
    double paintMs = 0;   // first paint with rows finished = the load figure
    double maxGapMs = 0;
    double maxGapEndMs = 0;
    long setFaults = 0; // page faults (first touches of new memory) during setEndpoints
    int rows = 0;
};

// What changed on the server between two refreshes, applied to the decoded list on the
// worker (as if the server had sent it so).
using ServerChanges = std::function<void(QList<WebhookEndpoint> &)>;

// One load of `body` into a shown table: a first load into an empty table (the figure
// ends with the first paint with rows), or, with `changes`, a refresh of a loaded one
// (it ends when setEndpoints returns: a refresh may change nothing on screen).
LoadResult measureLoad(Table &table, const QByteArray &body, const ServerChanges &changes = {})
{
    const bool refresh = bool(changes);
    LoadResult r;
    QElapsedTimer clock;
    GapMeter gap(clock);
    QFutureWatcher<Decoded> watcher;
    QFutureWatcher<PreparedEndpoints> preparing;
    bool painted = false;
    bool failed = false;

    // As EndpointListController does it: the decoded list goes back to a worker for its
    // sort orders, then the GUI thread hands it to the model.
    QObject::connect(&watcher, &QFutureWatcherBase::finished, [&] {
        Decoded d = watcher.result();
        r.decodeMs = ms(clock.nsecsElapsed());
        if (!d.ok) {
            r.error = d.error;
            failed = true;
            return;
        }
        preparing.setFuture(
            QtConcurrent::run(&EndpointTableModel::prepare, std::move(d.value), table.model->endpoints()));
    });
    QObject::connect(&preparing, &QFutureWatcherBase::finished, [&] {
        r.prepareMs = ms(clock.nsecsElapsed());
        const long faultsBefore = minorFaults();
        table.model->setEndpoints(preparing.future().takeResult());
        r.setMs = ms(clock.nsecsElapsed());
        r.setFaults = minorFaults() - faultsBefore;
        if (refresh) {
            r.paintMs = r.setMs;
            painted = true;
            return;
        }
        table.view->onPaintedWithRows = [&] {
            r.paintMs = ms(clock.nsecsElapsed());
            painted = true;
        };
        table.view->viewport()->update();
    });

    clock.start();
    gap.start();
    watcher.setFuture(QtConcurrent::run([body, changes] {
        Decoded d;
        d.ok = JsonCodec::decodeEndpointList(body, &d.value, &d.error);
        if (d.ok && changes)
            changes(d.value);
        return d;
    }));
    if (!waitFor([&] { return painted || failed; }, 120000)) {
        gap.stop();
        r.error = QStringLiteral("the table was not painted within 120 s");
        return r;
    }
    if (failed) {
        gap.stop();
        return r;
    }
    const double settleUntil = r.paintMs + SettleMs;
    waitFor([&] { return ms(clock.nsecsElapsed()) >= settleUntil; }, 10000);
    gap.stop();
    watcher.waitForFinished();
    r.maxGapMs = gap.maxGapMs();
    r.maxGapEndMs = gap.maxGapEndMs();
    r.rows = table.proxy->rowCount();
    r.ok = true;
    return r;
}

QByteArray fetchBody(const QString &sandboxExe, int count, QString *error, double *fetchMs)
{
    QProcess sandbox;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("OPTIMALDIAL_SANDBOX_KEYS"), SandboxKey);
    sandbox.setProcessEnvironment(env);
    sandbox.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    sandbox.start(sandboxExe, {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--generate"),
                               QString::number(count), QStringLiteral("--rate-limit"), QStringLiteral("0")});
    if (!sandbox.waitForStarted(10000)) {
        *error = QStringLiteral("sandbox %1 did not start: %2").arg(sandboxExe, sandbox.errorString());
        return {};
    }
    QElapsedTimer wait;
    wait.start();
    while (!sandbox.canReadLine() && wait.elapsed() < 120000) {
        if (!sandbox.waitForReadyRead(1000) && sandbox.state() == QProcess::NotRunning)
            break;
    }
    const QByteArray line = sandbox.readLine().trimmed();
    const QByteArray prefix("listening on ");
    if (!line.startsWith(prefix)) {
        *error = QStringLiteral("sandbox printed no address; first line: %1").arg(QString::fromUtf8(line));
        sandbox.kill();
        sandbox.waitForFinished(5000);
        return {};
    }
    QUrl url(QString::fromUtf8(line.mid(prefix.size())));
    url.setPath(QStringLiteral("/api/v1/webhooks"));

    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + SandboxKey.toLatin1());
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(300000);
    QElapsedTimer t;
    t.start();
    QNetworkReply *reply = nam.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    QByteArray body = reply->readAll();
    *fetchMs = double(t.nsecsElapsed()) / 1e6;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError || status != 200) {
        *error = QStringLiteral("GET %1: HTTP %2, %3").arg(url.toString()).arg(status).arg(reply->errorString());
        body.clear();
    }
    delete reply;
    sandbox.terminate();
    if (!sandbox.waitForFinished(10000)) {
        sandbox.kill();
        sandbox.waitForFinished(5000);
    }
    return body;
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

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);

    QString sandboxExe = QStringLiteral(ODWH_SANDBOX_EXE);
    int count = 100000;
    int runs = 3;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        const bool hasValue = i + 1 < args.size();
        if (a == QLatin1String("--sandbox") && hasValue) {
            sandboxExe = args.at(++i);
        } else if (a == QLatin1String("--count") && hasValue) {
            count = args.at(++i).toInt();
        } else if (a == QLatin1String("--runs") && hasValue) {
            runs = std::max(1, args.at(++i).toInt());
        } else {
            std::fprintf(stderr,
                         "usage: odwh-bench-load [--count N (100000)] [--runs N (3)] [--sandbox PATH]\n"
                         "Run with QT_QPA_PLATFORM=offscreen, or under Xvfb with QT_QPA_PLATFORM=xcb.\n");
            return a == QLatin1String("--help") ? 0 : 2;
        }
    }

    std::printf("odwh-bench-load: %d endpoints, platform %s, Qt %s, %d threads in the pool\n", count,
                qPrintable(QGuiApplication::platformName()), qVersion(), QThreadPool::globalInstance()->maxThreadCount());

    // ---- the body, from the real sandbox ------------------------------------------------
    QString error;
    double fetchMs = 0;
    QByteArray body = fetchBody(sandboxExe, count, &error, &fetchMs);
    if (body.isEmpty()) {
        std::fprintf(stderr, "odwh-bench-load: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("fetched %.1f MB in %.0f ms (GET /api/v1/webhooks, sandbox --generate %d)\n",
                double(body.size()) / 1048576.0, fetchMs, count);
    // Kept aside so that the body can be released for the memory figure and read back for later runs.
    QTemporaryFile bodyFile;
    if (!bodyFile.open() || bodyFile.write(body) != body.size() || !bodyFile.flush()) {
        std::fprintf(stderr, "odwh-bench-load: cannot keep the body in a temporary file\n");
        return 1;
    }

    // ---- run 1: a first load in a fresh process; memory measured on it -------------------
    std::vector<LoadResult> loads;
    std::vector<double> keystrokes;
    std::vector<LoadResult> refreshes;
    double rssMb = -1, peakMb = -1, rssBeforeMb = -1;
    {
        Table table;
        waitFor([&] { return table.view->isVisible(); }, 5000);
        idle(300); // shown and painted empty, as the window is before the first answer
        rssBeforeMb = mb(procStatusKb("VmRSS"));
        const bool peakReset = resetPeakRss();
        LoadResult r = measureLoad(table, body);
        peakMb = peakReset ? mb(procStatusKb("VmHWM")) : -1;
        if (!r.ok) {
            std::fprintf(stderr, "odwh-bench-load: load failed: %s\n", qPrintable(r.error));
            return 1;
        }
        loads.push_back(r);
        const qsizetype bodyBytes = body.size();
        body = QByteArray(); // released: the model holds the endpoints now
        idle(300);
        rssMb = mb(procStatusKb("VmRSS"));
        std::printf("memory: VmRSS %.1f MB before the load (body of %.1f MB included), %.1f MB after, body released\n",
                    rssBeforeMb, double(bodyBytes) / 1048576.0, rssMb);

        // ---- keystrokes into the search field ---------------------------------------------
        QStringList typed;
        const QString acme = QStringLiteral("acme");
        const QString hooks = QStringLiteral("hooks.n");
        for (int i = 1; i <= acme.size(); ++i)
            typed << acme.left(i);
        typed << QString();
        for (int i = 1; i <= hooks.size(); ++i)
            typed << hooks.left(i);
        std::printf("search keystrokes (ms until filtered and sorted; rows shown; then ms to repaint):\n");
        for (const QString &text : typed) {
            QElapsedTimer t;
            t.start();
            table.proxy->setSearchText(text);
            const int shown = table.proxy->rowCount(); // a lazily re-built mapping is part of the keystroke
            const double keyMs = double(t.nsecsElapsed()) / 1e6;
            t.restart();
            QCoreApplication::sendPostedEvents();
            table.view->viewport()->repaint();
            const double paintMs = double(t.nsecsElapsed()) / 1e6;
            keystrokes.push_back(keyMs);
            std::printf("  %-10s %8.2f ms  %6d rows  paint %6.2f ms\n",
                        qPrintable(QLatin1Char('"') + text + QLatin1Char('"')), keyMs, shown, paintMs);
            idle(40); // the next key a little later, as a person types
        }
        table.proxy->setSearchText(QString());
        idle(300);

        // ---- refreshes of the loaded table (automatic refresh every 60 s) ------------------
        if (!bodyFile.seek(0)) {
            std::fprintf(stderr, "odwh-bench-load: cannot read the body back\n");
            return 1;
        }
        const QByteArray again = bodyFile.readAll();
        const ServerChanges nothing = [](QList<WebhookEndpoint> &) {};
        // A busy minute: deliveries failed or recovered on 200 endpoints, 10 URLs were
        // edited, 30 endpoints were deleted and 30 created, spread over the list.
        const ServerChanges busyMinute = [](QList<WebhookEndpoint> &list) {
            const qsizetype n = list.size();
            if (n < 1000)
                return;
            const QDateTime now = QDateTime::currentDateTimeUtc();
            for (int k = 0; k < 200; ++k) {
                WebhookEndpoint &e = list[(k * 7919) % n];
                e.consecutiveFailures = (e.consecutiveFailures + 1) % WebhookEndpoint::AutoDisableThreshold;
                e.lastFailureAt = now;
                e.updatedAt = now;
            }
            for (int k = 0; k < 10; ++k)
                list[(k * 104729 + 13) % n].url = QStringLiteral("https://edited%1.example.com/hook").arg(k);
            for (int k = 0; k < 30; ++k)
                list.removeAt((k * 3331 + 17) % list.size());
            for (int k = 0; k < 30; ++k) {
                WebhookEndpoint e = list.at((k * 2003 + 5) % list.size());
                e.id = QStringLiteral("00000000-0000-4000-8000-%1").arg(k, 12, 10, QLatin1Char('0'));
                e.url = QStringLiteral("https://new%1.example.com/hook").arg(k);
                list.insert((k * 3001 + 11) % list.size(), e);
            }
        };
        const LoadResult same = measureLoad(table, again, nothing);
        const LoadResult busy = measureLoad(table, again, busyMinute);
        if (!same.ok || !busy.ok) {
            std::fprintf(stderr, "odwh-bench-load: refresh failed: %s\n", qPrintable(same.error + busy.error));
            return 1;
        }
        refreshes = {same, busy};
    }

    // ---- F: QJsonDocument::fromJson alone ------------------------------------------------
    if (!bodyFile.seek(0)) {
        std::fprintf(stderr, "odwh-bench-load: cannot read the body back\n");
        return 1;
    }
    body = bodyFile.readAll();
    std::vector<double> parses;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer t;
        t.start();
        QJsonDocument doc = QJsonDocument::fromJson(body);
        parses.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!doc.isArray()) {
            std::fprintf(stderr, "odwh-bench-load: the body is not a JSON array\n");
            return 1;
        }
    }
    const double F = median(parses);

    // ---- further runs, for a steadier load figure ---------------------------------------
    for (int run = 2; run <= runs; ++run) {
        Table table;
        waitFor([&] { return table.view->isVisible(); }, 5000);
        idle(300);
        LoadResult r = measureLoad(table, body);
        if (!r.ok) {
            std::fprintf(stderr, "odwh-bench-load: load failed: %s\n", qPrintable(r.error));
            return 1;
        }
        loads.push_back(r);
    }

    // ---- figures -------------------------------------------------------------------------
    std::printf("\nloads (ms from the last byte): decoded / sort orders / setEndpoints returned / painted, worst GUI gap (ending at),\n"
                "page faults during setEndpoints\n");
    std::vector<double> loadMs, gapMs;
    for (size_t i = 0; i < loads.size(); ++i) {
        const LoadResult &r = loads[i];
        std::printf("  run %zu: %7.1f / %7.1f / %7.1f / %7.1f   gap %6.1f ms (at %.1f)   %ld faults   %d rows\n", i + 1,
                    r.decodeMs, r.prepareMs, r.setMs, r.paintMs, r.maxGapMs, r.maxGapEndMs, r.setFaults, r.rows);
        loadMs.push_back(r.paintMs);
        gapMs.push_back(r.maxGapMs);
    }
    std::printf("refreshes of the loaded table, sorted by status (ms from the last byte): decoded / sort orders /\n"
                "setEndpoints returned, worst GUI gap\n");
    const char *refreshNames[] = {"nothing changed", "a busy minute (200 changed, 10 URLs edited, 30 deleted, 30 created)"};
    double worstRefreshGap = 0;
    for (size_t i = 0; i < refreshes.size(); ++i) {
        const LoadResult &r = refreshes[i];
        std::printf("  %-70s %6.1f / %6.1f / %6.1f   gap %5.1f ms   %d rows\n", refreshNames[i], r.decodeMs, r.prepareMs,
                    r.setMs, r.maxGapMs, r.rows);
        worstRefreshGap = std::max(worstRefreshGap, r.maxGapMs);
    }
    std::printf("fromJson runs: %.1f %.1f %.1f ms\n\n", parses[0], parses[1], parses[2]);

    Verdicts v;
    const double load = median(loadMs);
    const double worstGap = *std::max_element(gapMs.begin(), gapMs.end());
    const double keyMedian = median(keystrokes);
    const double keyMax = *std::max_element(keystrokes.begin(), keystrokes.end());
    std::printf("F_fromjson_ms %.1f  (median of 3)\n", F);
    std::printf("load_ms %.1f  floor<=2xF %.1f  %s  (ratio %.2fxF, median of %zu)\n", load, 2 * F,
                v.check(load <= 2 * F, "load"), load / F, loadMs.size());
    std::printf("gui_blocked_max_ms %.1f  floor<50  %s  (worst of %zu loads; median %.1f; the first load of the\n"
                "  process pays Qt's first text rendering and fresh memory)\n",
                worstGap, v.check(worstGap < 50, "gui_blocked"), gapMs.size(), median(gapMs));
    std::printf("gui_blocked_refresh_max_ms %.1f  floor<50  %s  (worst of the %zu refreshes above)\n", worstRefreshGap,
                v.check(worstRefreshGap < 50, "gui_blocked_refresh"), refreshes.size());
    std::printf("search_keystroke_median_ms %.2f  floor<16  %s  (max %.2f ms over %zu keystrokes)\n", keyMedian,
                v.check(keyMedian < 16, "search"), keyMax, keystrokes.size());
    std::printf("rss_loaded_mb %.1f  floor<150  %s\n", rssMb, v.check(rssMb >= 0 && rssMb < 150, "rss"));
    std::printf("peak_rss_during_load_mb %.1f  floor<400  %s\n", peakMb, v.check(peakMb >= 0 && peakMb < 400, "peak_rss"));
    std::printf("\nsummary: %d of %d floors met%s%s\n", v.met, v.total, v.missed.isEmpty() ? "" : "; missed: ",
                qPrintable(v.missed.join(QStringLiteral(", "))));
    return 0;
}
