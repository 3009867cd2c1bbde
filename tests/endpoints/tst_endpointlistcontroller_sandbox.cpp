// EndpointListController against the real sandbox over loopback HTTP: a refresh is
// decoded and its sort orders computed on worker threads, then handed to the model;
// cancelling or clearing at any moment of that leaves a consistent table.
#include "apiclient.h"
#include "endpointfilterproxymodel.h"
#include "endpointlistcontroller.h"
#include "endpointtablemodel.h"
#include "sandboxprocess.h"

#include <QNetworkAccessManager>
#include <QAtomicInt>
#include <QSemaphore>
#include <QSignalSpy>
#include <QThreadPool>
#include <QtTest>

#include <algorithm>

namespace {

// Past EndpointTableModel's thresholds for parallel ranking and background search keys.
constexpr int Generated = 25000;

QStringList idsInUrlOrder(QList<WebhookEndpoint> list)
{
    std::sort(list.begin(), list.end(), [](const WebhookEndpoint &a, const WebhookEndpoint &b) {
        return a.url != b.url ? a.url < b.url : a.id < b.id;
    });
    QStringList ids;
    for (const WebhookEndpoint &e : list)
        ids << e.id;
    return ids;
}

QStringList idsOf(const QAbstractItemModel &proxy)
{
    QStringList ids;
    for (int r = 0; r < proxy.rowCount(); ++r)
        ids << proxy.index(r, 0).data(EndpointTableModel::EndpointIdRole).toString();
    return ids;
}

} // namespace

class TestEndpointListControllerSandbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void refreshFillsTheModelSortedByUrl();
    void refreshWhileLoadingIsIgnored();
    void cancelOrClearWhileTheOrdersAreComputedDropsTheResult_data();
    void cancelOrClearWhileTheOrdersAreComputedDropsTheResult();
    void cancelOrClearAtAnyMomentLeavesAConsistentTable();

private:
    SandboxProcess m_sandbox;
    QNetworkAccessManager m_nam;
    ApiClient *m_client = nullptr;
};

void TestEndpointListControllerSandbox::initTestCase()
{
    QVERIFY2(m_sandbox.start({QStringLiteral("--generate"), QString::number(Generated)}),
             qPrintable(m_sandbox.errorString()));
    m_client = new ApiClient(&m_nam, this);
    QString error;
    QVERIFY2(m_client->configure(m_sandbox.baseUrl(), SandboxProcess::keyA(), &error), qPrintable(error));
}

void TestEndpointListControllerSandbox::cleanupTestCase() { m_sandbox.stop(); }

void TestEndpointListControllerSandbox::refreshFillsTheModelSortedByUrl()
{
    EndpointTableModel model;
    EndpointFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(EndpointTableModel::Url, Qt::AscendingOrder);
    EndpointListController controller(m_client, &model);
    controller.setAutoRefreshInterval(0);
    QSignalSpy loading(&controller, &EndpointListController::loadingChanged);
    QSignalSpy refreshed(&controller, &EndpointListController::refreshed);

    controller.refresh();
    QVERIFY(controller.isLoading());
    QVERIFY(refreshed.wait(60000));
    QVERIFY(!controller.isLoading());
    QCOMPARE(loading.size(), 2);
    QCOMPARE(loading.at(0).at(0).toBool(), true);
    QCOMPARE(loading.at(1).at(0).toBool(), false);
    QCOMPARE(model.rowCount(), Generated);
    QCOMPARE(model.counts().total, Generated);
    QVERIFY(controller.hasLoaded());
    // The orders the worker computed are the model's, and the proxy sorted by them.
    QCOMPARE(model.endpointIndex().urlOrder(), EndpointTableModel::prepare(model.endpoints()).urlOrder);
    QCOMPARE(idsOf(proxy), idsInUrlOrder(model.endpoints()));

    // A second refresh (nothing changed on the server) keeps every row and the order.
    controller.refresh();
    QVERIFY(refreshed.wait(60000));
    QCOMPARE(model.rowCount(), Generated);
    QCOMPARE(idsOf(proxy), idsInUrlOrder(model.endpoints()));
}

void TestEndpointListControllerSandbox::refreshWhileLoadingIsIgnored()
{
    EndpointTableModel model;
    EndpointListController controller(m_client, &model);
    controller.setAutoRefreshInterval(0);
    QSignalSpy loading(&controller, &EndpointListController::loadingChanged);
    QSignalSpy refreshed(&controller, &EndpointListController::refreshed);
    controller.refresh();
    controller.refresh();
    QVERIFY(refreshed.wait(60000));
    QTest::qWait(200);
    QCOMPARE(refreshed.size(), 1);
    QCOMPARE(loading.size(), 2);
    QVERIFY(m_sandbox.clearReceivedRequests());
}

void TestEndpointListControllerSandbox::cancelOrClearWhileTheOrdersAreComputedDropsTheResult_data()
{
    QTest::addColumn<bool>("clearing");
    QTest::newRow("cancel") << false;
    QTest::newRow("clear") << true;
}

void TestEndpointListControllerSandbox::cancelOrClearWhileTheOrdersAreComputedDropsTheResult()
{
    // Held at the step between the decode and the rows reaching the model: once the reply
    // is in (its decode is then queued on the global pool), every pool thread is taken by
    // a task that waits for the test, so the sort orders cannot be computed until then.
    QFETCH(bool, clearing);
    QThreadPool *pool = QThreadPool::globalInstance();
    EndpointTableModel model;
    EndpointListController controller(m_client, &model);
    controller.setAutoRefreshInterval(0);
    QSignalSpy loading(&controller, &EndpointListController::loadingChanged);
    QSignalSpy refreshed(&controller, &EndpointListController::refreshed);
    QSemaphore release;
    QAtomicInt holding = 0;
    // Queued: runs after every direct handler of the finished reply, ApiClient's (which
    // queues the decode) included, and long before a 25,000-row decode is done.
    const QMetaObject::Connection hold = connect(
        &m_nam, &QNetworkAccessManager::finished, this,
        [&] {
            for (int i = 0; i < pool->maxThreadCount(); ++i) {
                pool->start([&] {
                    ++holding;
                    release.acquire();
                });
            }
        },
        Qt::QueuedConnection);
    controller.refresh();
    // The decode ran on the first free thread (queued before the holders); then the
    // holders took every thread. The controller is left waiting for its orders.
    QTRY_COMPARE_WITH_TIMEOUT(holding.loadRelaxed(), pool->maxThreadCount(), 60000);
    QTest::qWait(300);
    disconnect(hold);
    QVERIFY(controller.isLoading());
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(refreshed.size(), 0);

    if (clearing)
        controller.clear();
    else
        controller.cancel();
    QVERIFY(!controller.isLoading());
    QCOMPARE(loading.size(), 2);
    QCOMPARE(loading.at(1).at(0).toBool(), false);

    release.release(pool->maxThreadCount());
    QVERIFY(pool->waitForDone(60000));
    QTest::qWait(200); // the dropped result arrives and must change nothing
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(refreshed.size(), 0);
    QCOMPARE(loading.size(), 2);
    QVERIFY(!controller.hasLoaded());

    // And the next refresh works as usual.
    controller.refresh();
    QVERIFY(refreshed.wait(60000));
    QCOMPARE(model.rowCount(), Generated);
}

void TestEndpointListControllerSandbox::cancelOrClearAtAnyMomentLeavesAConsistentTable()
{
    // Cancel (or clear) after 0 to ~280 ms: while the request is in flight, while the list is
    // decoded, while its sort orders are computed, or after it was shown. Whichever it was,
    // loading ends exactly once, and the table is either untouched or the full list.
    int shown = 0, dropped = 0;
    for (int i = 0; i < 24; ++i) {
        const bool clearing = i % 2 == 1;
        EndpointTableModel model;
        EndpointListController controller(m_client, &model);
        controller.setAutoRefreshInterval(0);
        QSignalSpy loading(&controller, &EndpointListController::loadingChanged);
        QSignalSpy refreshed(&controller, &EndpointListController::refreshed);
        controller.refresh();
        QTest::qWait(i * 12);
        if (clearing)
            controller.clear();
        else
            controller.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!controller.isLoading(), 60000);
        QTest::qWait(150); // a dropped worker result would arrive meanwhile
        QCOMPARE(loading.size(), 2);
        QCOMPARE(loading.at(1).at(0).toBool(), false);
        QVERIFY(refreshed.size() <= 1);
        if (clearing) {
            QCOMPARE(model.rowCount(), 0);
            QVERIFY(!controller.hasLoaded());
        } else if (refreshed.isEmpty()) {
            QCOMPARE(model.rowCount(), 0);
        } else {
            QCOMPARE(model.rowCount(), Generated);
        }
        QCOMPARE(model.counts().total, model.rowCount());
        if (refreshed.isEmpty())
            ++dropped;
        else
            ++shown;
    }
    qInfo("cancelled or cleared before the rows were shown %d times, after %d times", dropped, shown);
    QVERIFY(dropped > 0); // at least the cancel right after refresh()
}

QTEST_GUILESS_MAIN(TestEndpointListControllerSandbox)
#include "tst_endpointlistcontroller_sandbox.moc"
