// RefreshPacer: the back-off arithmetic, and against the real sandbox: an error backs
// off (the automatic refresh held, the next try known), a success ends it, and a
// network that goes down stops polling until it is back.
#include "apiclient.h"
#include "endpointlistcontroller.h"
#include "endpointtablemodel.h"
#include "refreshpacer.h"
#include "sandboxprocess.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QtTest>

class TestRefreshPacer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void backoffDoublesUpToTheCap();
    void errorBacksOffAndSuccessEndsIt();
    void networkDownStopsPolling();

private:
    SandboxProcess m_sandbox;
    QNetworkAccessManager m_nam;
    ApiClient *m_client = nullptr;
};

void TestRefreshPacer::initTestCase()
{
    QVERIFY2(m_sandbox.start({QStringLiteral("--generate"), QStringLiteral("20")}),
             qPrintable(m_sandbox.errorString()));
    m_client = new ApiClient(&m_nam, this);
    QString error;
    QVERIFY2(m_client->configure(m_sandbox.baseUrl(), SandboxProcess::keyA(), &error), qPrintable(error));
}

void TestRefreshPacer::backoffDoublesUpToTheCap()
{
    QCOMPARE(RefreshPacer::backoffSeconds(60, 1), 60);
    QCOMPARE(RefreshPacer::backoffSeconds(60, 2), 120);
    QCOMPARE(RefreshPacer::backoffSeconds(60, 4), 480);
    QCOMPARE(RefreshPacer::backoffSeconds(60, 5), RefreshPacer::CapSeconds);
    QCOMPARE(RefreshPacer::backoffSeconds(60, 1000), RefreshPacer::CapSeconds);
    // Never faster than the floor, never before the server's Retry-After.
    QCOMPARE(RefreshPacer::backoffSeconds(1, 1), RefreshPacer::MinimumBaseSeconds);
    QCOMPARE(RefreshPacer::backoffSeconds(15, 1, 45), 45);
    QCOMPARE(RefreshPacer::backoffSeconds(15, 3, 45), 60);
}

void TestRefreshPacer::errorBacksOffAndSuccessEndsIt()
{
    EndpointTableModel model;
    EndpointListController controller(m_client, &model);
    controller.setAutoRefreshInterval(30);
    RefreshPacer pacer(&controller);
    pacer.setNetworkReachable(true);
    QSignalSpy errors(&controller, &EndpointListController::errorOccurred);
    QSignalSpy refreshed(&controller, &EndpointListController::refreshed);

    QVERIFY(m_sandbox.setFaults(R"({"error_rate": 1})"));
    controller.refresh();
    QVERIFY(errors.wait(10000));
    QCOMPARE(pacer.state(), RefreshPacer::State::BackingOff);
    QCOMPARE(pacer.errorsInARow(), 1);
    QVERIFY(controller.isAutoRefreshPaused());
    const qint64 wait = QDateTime::currentDateTimeUtc().secsTo(pacer.nextTry());
    QVERIFY2(wait > 20 && wait <= 30, qPrintable(QString::number(wait)));

    controller.refresh(); // by hand, still failing: the wait doubles
    QVERIFY(errors.wait(10000));
    QCOMPARE(pacer.errorsInARow(), 2);
    QVERIFY(QDateTime::currentDateTimeUtc().secsTo(pacer.nextTry()) > 50);

    QVERIFY(m_sandbox.setFaults(R"({"error_rate": 0})"));
    controller.refresh();
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(pacer.state(), RefreshPacer::State::Regular);
    QCOMPARE(pacer.errorsInARow(), 0);
    QVERIFY(!controller.isAutoRefreshPaused());
    QVERIFY(!pacer.nextTry().isValid());
}

void TestRefreshPacer::networkDownStopsPolling()
{
    EndpointTableModel model;
    EndpointListController controller(m_client, &model);
    controller.setAutoRefreshInterval(30);
    RefreshPacer pacer(&controller);
    pacer.setNetworkReachable(true);
    QSignalSpy refreshed(&controller, &EndpointListController::refreshed);

    pacer.setNetworkReachable(false);
    QCOMPARE(pacer.state(), RefreshPacer::State::Offline);
    QVERIFY(controller.isAutoRefreshPaused());
    QVERIFY(!controller.isLoading());

    pacer.setNetworkReachable(true); // back: one try at once
    QCOMPARE(pacer.state(), RefreshPacer::State::Regular);
    QVERIFY(!controller.isAutoRefreshPaused());
    QVERIFY(controller.isLoading());
    QVERIFY(refreshed.wait(10000));
}

QTEST_GUILESS_MAIN(TestRefreshPacer)
#include "tst_refreshpacer.moc"
