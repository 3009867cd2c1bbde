// DeliveryTableModel and DeliveryFilterProxyModel under QAbstractItemModelTester: what
// each column says (status in words and an icon, "n of 6", the response, the error on one
// safe line, the next retry only while one is due, exact UTC times in tooltips), the
// filters by status and event type, and sorting by typed keys.
#include "deliveryfilterproxymodel.h"
#include "deliverytablemodel.h"
#include "deliverytestsupport.h"
#include "relativetime.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QtTest>

using namespace DeliverySupport;

namespace {

QList<WebhookDelivery> sample()
{
    return {
        failed(1, 2, 3, 502, QStringLiteral("HTTP 502 Bad Gateway")),
        inFlight(2, 5),
        failed(3, 30, 6, 0, QStringLiteral("timeout\n\u202eevil\u202c line")),
        delivered(4, 60),
        delivered(5, 90, QStringLiteral("upload.created")),
        failed(6, 120, 1, 404, QStringLiteral("HTTP 404 Not Found"), QStringLiteral("upload.completed")),
    };
}

} // namespace

class TestDeliveryTableModel : public QObject
{
    Q_OBJECT

private slots:
    void columnsSayItInWords();
    void nextRetryOnlyWhileDue();
    void filterByStatus();
    void filterByEventType();
    void filtersCombine();
    void sortsByTypedKeys();
    void resetAndClearUnderTester();
    void eventTypesListed();
};

void TestDeliveryTableModel::columnsSayItInWords()
{
    DeliveryTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDeliveries(sample());
    model.setNow(baseNow());
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.columnCount(), int(DeliveryTableModel::ColumnCount));
    auto cell = [&](int r, int c, int role = Qt::DisplayRole) { return model.index(r, c).data(role); };
    QCOMPARE(cell(0, DeliveryTableModel::Status).toString(), QStringLiteral("Retrying"));
    QCOMPARE(cell(1, DeliveryTableModel::Status).toString(), QStringLiteral("In flight"));
    QCOMPARE(cell(2, DeliveryTableModel::Status).toString(), QStringLiteral("Gave up"));
    QCOMPARE(cell(3, DeliveryTableModel::Status).toString(), QStringLiteral("Delivered"));
    for (int r = 0; r < model.rowCount(); ++r) {
        QVERIFY(!cell(r, DeliveryTableModel::Status, Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(!cell(r, DeliveryTableModel::Status, Qt::ToolTipRole).toString().isEmpty());
    }
    QCOMPARE(cell(0, DeliveryTableModel::EventType).toString(), QStringLiteral("upload.failed"));
    QCOMPARE(cell(0, DeliveryTableModel::Attempts).toString(), QStringLiteral("3 of 6"));
    QCOMPARE(cell(2, DeliveryTableModel::Attempts).toString(), QStringLiteral("6 of 6"));
    QCOMPARE(cell(0, DeliveryTableModel::Response).toString(), QStringLiteral("HTTP 502"));
    QCOMPARE(cell(2, DeliveryTableModel::Response).toString(), QStringLiteral("\u2014")); // no answer
    QCOMPARE(cell(0, DeliveryTableModel::Error).toString(), QStringLiteral("HTTP 502 Bad Gateway"));
    // Server text on one line, its bidi override gone.
    const QString error = cell(2, DeliveryTableModel::Error).toString();
    QCOMPARE(error, QStringLiteral("timeout evil line"));
    QCOMPARE(cell(3, DeliveryTableModel::Error).toString(), QStringLiteral("\u2014"));
    QCOMPARE(cell(0, DeliveryTableModel::Created).toString(), QStringLiteral("2 min ago"));
    QCOMPARE(cell(3, DeliveryTableModel::Delivered).toString(), QStringLiteral("59 min ago"));
    QCOMPARE(cell(0, DeliveryTableModel::Delivered).toString(), QStringLiteral("\u2014"));
    // The exact time by the app's one rule (RelativeTime::exactText: local, the locale's format).
    QCOMPARE(cell(3, DeliveryTableModel::Created, Qt::ToolTipRole).toString(),
             RelativeTime::exactText(QDateTime(QDate(2026, 1, 15), QTime(9, 0), Qt::UTC)));
    QCOMPARE(cell(0, DeliveryTableModel::Status, DeliveryTableModel::DeliveryIdRole).toString(), idOf(1));
    QCOMPARE(model.headerData(DeliveryTableModel::Attempts, Qt::Horizontal).toString(), QStringLiteral("Attempts"));
}

void TestDeliveryTableModel::nextRetryOnlyWhileDue()
{
    DeliveryTableModel model;
    model.setDeliveries(sample());
    model.setNow(baseNow());
    const QModelIndex retrying = model.index(0, DeliveryTableModel::NextRetry);
    // Created 2 min ago, attempted 2 s later, retry 5 min after that: in about 3 min,
    // shown as the exact time (it is in the future), as is the tooltip.
    const QDateTime due = sample().at(0).nextRetryAt;
    QCOMPARE(retrying.data(Qt::ToolTipRole).toString(), RelativeTime::exactText(due));
    QCOMPARE(retrying.data().toString(), RelativeTime::exactText(due));
    QVERIFY(retrying.data().toString() != QStringLiteral("\u2014"));
    // Finished deliveries have no next retry, whatever next_retry_at holds.
    QCOMPARE(model.index(2, DeliveryTableModel::NextRetry).data().toString(), QStringLiteral("\u2014"));
    QCOMPARE(model.index(3, DeliveryTableModel::NextRetry).data().toString(), QStringLiteral("\u2014"));
    // A later "now": the relative text moves, with dataChanged.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setNow(baseNow().addSecs(3600));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(0, DeliveryTableModel::Created).data().toString(), QStringLiteral("1 h ago"));
    // The retry was due about 57 min before that "now" and nothing happened: it is
    // overdue, said so, not shown as if it were an ordinary time in the past.
    const QString overdue = retrying.data().toString();
    QVERIFY2(overdue.startsWith(QLatin1String("Overdue (due ")) && overdue.endsWith(QLatin1String(" ago)")),
             qPrintable(overdue));
}

void TestDeliveryTableModel::filterByStatus()
{
    DeliveryTableModel model;
    DeliveryFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDeliveries(sample());
    QCOMPARE(proxy.rowCount(), 6);
    proxy.setStatusFilter(WebhookDelivery::Status::Delivered);
    QCOMPARE(proxy.idsInViewOrder(), QStringList({idOf(4), idOf(5)}));
    proxy.setStatusFilter(WebhookDelivery::Status::Pending);
    QCOMPARE(proxy.idsInViewOrder(), QStringList({idOf(1), idOf(6)}));
    proxy.setStatusFilter(WebhookDelivery::Status::Exhausted);
    QCOMPARE(proxy.idsInViewOrder(), QStringList({idOf(3)}));
    proxy.setStatusFilter(std::nullopt);
    QCOMPARE(proxy.rowCount(), 6);
}

void TestDeliveryTableModel::filterByEventType()
{
    DeliveryTableModel model;
    DeliveryFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDeliveries(sample());
    proxy.setEventTypeFilter(QStringLiteral("upload.failed"));
    QCOMPARE(proxy.idsInViewOrder(), QStringList({idOf(1), idOf(3)}));
    proxy.setEventTypeFilter(QStringLiteral("upload.created"));
    QCOMPARE(proxy.idsInViewOrder(), QStringList({idOf(2), idOf(5)}));
    proxy.setEventTypeFilter(QStringLiteral("no.such"));
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setEventTypeFilter(QString());
    QCOMPARE(proxy.rowCount(), 6);
}

void TestDeliveryTableModel::filtersCombine()
{
    DeliveryTableModel model;
    DeliveryFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setStatusFilter(WebhookDelivery::Status::Delivered);
    proxy.setEventTypeFilter(QStringLiteral("upload.completed"));
    model.setDeliveries(sample()); // filters set before the rows come
    QCOMPARE(proxy.idsInViewOrder(), QStringList({idOf(4)}));
}

void TestDeliveryTableModel::sortsByTypedKeys()
{
    DeliveryTableModel model;
    DeliveryFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDeliveries(sample());
    proxy.sort(DeliveryTableModel::Attempts, Qt::DescendingOrder);
    // 6, 3, then the 1s in the server's order.
    QCOMPARE(proxy.idsInViewOrder(), QStringList({idOf(3), idOf(1), idOf(2), idOf(4), idOf(5), idOf(6)}));
    proxy.sort(DeliveryTableModel::Attempts, Qt::AscendingOrder);
    QCOMPARE(proxy.idsInViewOrder(), QStringList({idOf(2), idOf(4), idOf(5), idOf(6), idOf(1), idOf(3)}));
    proxy.sort(DeliveryTableModel::Created, Qt::AscendingOrder);
    QCOMPARE(proxy.idsInViewOrder(), QStringList({idOf(6), idOf(5), idOf(4), idOf(3), idOf(2), idOf(1)}));
    // Response: numerically (404 < 502), no answer lowest.
    proxy.sort(DeliveryTableModel::Response, Qt::DescendingOrder);
    QCOMPARE(proxy.idsInViewOrder().mid(0, 2), QStringList({idOf(1), idOf(6)}));
    proxy.sort(DeliveryTableModel::Delivered, Qt::DescendingOrder);
    QCOMPARE(proxy.idsInViewOrder().mid(0, 2), QStringList({idOf(4), idOf(5)}));
    // Sorted and filtered together.
    proxy.setStatusFilter(WebhookDelivery::Status::Pending);
    proxy.sort(DeliveryTableModel::Created, Qt::AscendingOrder);
    QCOMPARE(proxy.idsInViewOrder(), QStringList({idOf(6), idOf(1)}));
}

void TestDeliveryTableModel::resetAndClearUnderTester()
{
    DeliveryTableModel model;
    DeliveryFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester sourceTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setDeliveries(sample());
    model.setDeliveries(sample().mid(2));
    QCOMPARE(proxy.rowCount(), 4);
    model.clear();
    QCOMPARE(proxy.rowCount(), 0);
    QCOMPARE(reset.count(), 3);
    model.setNow(baseNow()); // empty: nothing to change
    QCOMPARE(model.index(0, 0).isValid(), false);
}

void TestDeliveryTableModel::eventTypesListed()
{
    DeliveryTableModel model;
    model.setDeliveries(sample());
    QCOMPARE(model.eventTypes(),
             QStringList({QStringLiteral("upload.completed"), QStringLiteral("upload.created"),
                          QStringLiteral("upload.failed")}));
}

QTEST_MAIN(TestDeliveryTableModel)
#include "tst_deliverytablemodel.moc"
