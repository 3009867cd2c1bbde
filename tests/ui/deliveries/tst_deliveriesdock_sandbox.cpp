// The Deliveries dock in the real main window against the real sandbox: it follows the
// selected endpoint, asks for 50 when told, filters narrow its rows, a failing endpoint
// shows its pattern, ids are copied, and the endpoints and the deliveries export to
// files that read back as shown (CSV through Python's csv module, JSON through
// QJsonDocument); an unwritable path is an error said plainly.
#include "apiclient.h"
#include "deliveriesdock.h"
#include "deliveryfilterproxymodel.h"
#include "deliverytablemodel.h"
#include "endpointexport.h"
#include "endpointfilterproxymodel.h"
#include "endpointlistcontroller.h"
#include "endpointtablemodel.h"
#include "exportflow.h"
#include "failuresummaryview.h"
#include "mainwindow.h"
#include "messageboxes.h"
#include "pythoncsv.h"
#include "relativetime.h"
#include "sandboxprocess.h"
#include "shownwindow.h"
#include "servertext.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeWidget>
#include <QtTest>

class TestDeliveriesDockSandbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void followsTheSelectedEndpoint();
    void limitAsksForFifty();
    void filtersNarrowTheRows();
    void failingEndpointShowsItsPattern();
    void healthyEndpointShowsNoPattern();
    void copiesSelectedIds();
    void detailsPaneLeadsToTheDock();
    void exportsEndpointsAsShown();
    void exportsDeliveriesAsShown();
    void unwritablePathIsShownPlainly();

private:
    bool waitLoaded();
    // The first endpoint in `state` (with at least `failures` consecutive failures).
    QString endpointIn(WebhookEndpoint::State state, int failures = 0) const;
    // Selects `id` and waits until the dock holds its deliveries.
    bool showDeliveriesOf(const QString &id);
    QString shot(const QString &name);

    QTemporaryDir m_settingsDir;
    SandboxProcess m_sandbox;
    QNetworkAccessManager m_nam;
    ApiClient *m_client = nullptr;
    MainWindow *m_window = nullptr;
    DeliveriesDock *m_dock = nullptr;
};

void TestDeliveriesDockSandbox::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("OptimalDialTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_deliveriesdock"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QVERIFY2(m_sandbox.start({QStringLiteral("--generate"), QStringLiteral("60")}),
             qPrintable(m_sandbox.errorString()));
}

void TestDeliveriesDockSandbox::init()
{
    QSettings().clear();
    m_client = new ApiClient(&m_nam, this);
    QVERIFY(m_client->configure(m_sandbox.baseUrl(), SandboxProcess::keyA()));
    m_window = new MainWindow(m_client);
    m_window->setProfiles({QStringLiteral("acme")}, QStringLiteral("acme"), QStringLiteral("od_live_AAAA"));
    QVERIFY(showActive(m_window, QSize(1360, 880)));
    m_dock = m_window->deliveriesDock();
    QVERIFY(m_dock);
    QCOMPARE(m_dock->objectName(), QStringLiteral("deliveriesDock")); // its state is saved by name
    // Hidden until asked for, through View > Deliveries.
    QVERIFY(!m_dock->isVisible());
    QAction *toggle = m_dock->toggleViewAction();
    QMenu *view = nullptr;
    for (QAction *menu : m_window->menuBar()->actions()) {
        if (menu->text() == QLatin1String("&View"))
            view = menu->menu();
    }
    QVERIFY(view && view->actions().contains(toggle));
    toggle->trigger();
    QVERIFY(m_dock->isVisible());
    QVERIFY(waitLoaded());
}

void TestDeliveriesDockSandbox::cleanup()
{
    delete m_window;
    m_window = nullptr;
    m_dock = nullptr;
    delete m_client;
    m_client = nullptr;
}

bool TestDeliveriesDockSandbox::waitLoaded()
{
    return refreshAndWait(m_window);
}

QString TestDeliveriesDockSandbox::endpointIn(WebhookEndpoint::State state, int failures) const
{
    for (const WebhookEndpoint &e : m_window->model()->endpoints()) {
        if (e.state() == state && e.consecutiveFailures >= failures)
            return e.id;
    }
    return {};
}

bool TestDeliveriesDockSandbox::showDeliveriesOf(const QString &id)
{
    if (!m_window->selectId(id))
        return false;
    auto holdsIt = [&] {
        const DeliveryTableModel *m = m_dock->model();
        return m->rowCount() > 0 && m->deliveryAt(0).webhookEndpointId == id;
    };
    return QTest::qWaitFor(holdsIt, 10000);
}

QString TestDeliveriesDockSandbox::shot(const QString &name)
{
    const QString dir = qEnvironmentVariable("ODWH_SHOTS_DIR");
    if (dir.isEmpty())
        return {};
    const QString path = dir + QLatin1Char('/') + name + QStringLiteral(".png");
    m_window->grab().save(path);
    return path;
}

void TestDeliveriesDockSandbox::followsTheSelectedEndpoint()
{
    QCOMPARE(m_dock->stateText(), QStringLiteral("Select an endpoint to see its deliveries."));
    const QString healthy = endpointIn(WebhookEndpoint::State::Healthy);
    const QString failing = endpointIn(WebhookEndpoint::State::Failing, 3);
    QVERIFY(!healthy.isEmpty() && !failing.isEmpty());

    QVERIFY(showDeliveriesOf(healthy));
    for (const WebhookDelivery &d : m_dock->model()->deliveries())
        QCOMPARE(d.webhookEndpointId, healthy);
    const int healthyRow = m_window->model()->rowOfId(healthy);
    auto *heading = m_dock->findChild<QLabel *>(QStringLiteral("deliveriesHeading"));
    QVERIFY(heading->text().contains(QUrl(m_window->model()->endpointAt(healthyRow).url).host()));
    QVERIFY2(
        m_dock->stateText().startsWith(QStringLiteral("Most recent deliveries: %1").arg(m_dock->model()->rowCount())),
        qPrintable(m_dock->stateText()));

    // Another endpoint: its deliveries replace the first one's, none of which stays.
    QVERIFY(showDeliveriesOf(failing));
    for (const WebhookDelivery &d : m_dock->model()->deliveries())
        QCOMPARE(d.webhookEndpointId, failing);
    // The status column says it in words and with an icon.
    auto *table = m_dock->findChild<QTableView *>(QStringLiteral("deliveriesTable"));
    QVERIFY(table);
    const QModelIndex status = table->model()->index(0, DeliveryTableModel::Status);
    QVERIFY(!status.data().toString().isEmpty());
    QVERIFY(!status.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(table->model()->index(0, DeliveryTableModel::Attempts).data().toString().endsWith(QStringLiteral(" of 6")));

    // No selection: the dock says so and holds nothing.
    m_window->findChild<QTableView *>(QStringLiteral("endpointTable"))->clearSelection();
    QTRY_COMPARE(m_dock->model()->rowCount(), 0);
    QCOMPARE(m_dock->stateText(), QStringLiteral("Select an endpoint to see its deliveries."));
}

void TestDeliveriesDockSandbox::limitAsksForFifty()
{
    const QString healthy = endpointIn(WebhookEndpoint::State::Healthy);
    QVERIFY(showDeliveriesOf(healthy));
    QVERIFY(m_sandbox.clearReceivedRequests());
    auto *limit = m_dock->findChild<QComboBox *>(QStringLiteral("deliveriesLimit"));
    QVERIFY(limit);
    QCOMPARE(limit->currentData().toInt(), 20);
    limit->setFocus();
    QTest::keyClick(limit, Qt::Key_Down); // the keyboard's way: activated()
    QCOMPARE(limit->currentData().toInt(), 50);
    const QString path = QStringLiteral("/api/v1/webhooks/%1/deliveries").arg(healthy);
    auto askedFor50 = [&] {
        const QJsonArray requests = QJsonDocument::fromJson(m_sandbox.receivedRequests()).array();
        for (const QJsonValue &r : requests) {
            const QJsonObject o = r.toObject();
            if (o.value(QLatin1String("path")).toString() == path
                && o.value(QLatin1String("query")).toString() == QLatin1String("limit=50"))
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(askedFor50(), 10000);
    // Remembered for the next window.
    QCOMPARE(QSettings().value(QStringLiteral("deliveries/limit")).toInt(), 50);
}

void TestDeliveriesDockSandbox::filtersNarrowTheRows()
{
    // A failing endpoint has delivered and undelivered rows.
    QString id;
    for (const WebhookEndpoint &e : m_window->model()->endpoints()) {
        if (e.state() != WebhookEndpoint::State::Failing || !showDeliveriesOf(e.id))
            continue;
        bool delivered = false, other = false;
        for (const WebhookDelivery &d : m_dock->model()->deliveries())
            (d.status == WebhookDelivery::Status::Delivered ? delivered : other) = true;
        if (delivered && other) {
            id = e.id;
            break;
        }
    }
    QVERIFY2(!id.isEmpty(), "no failing endpoint with both delivered and failed deliveries");
    const int total = m_dock->model()->rowCount();
    auto *status = m_dock->findChild<QComboBox *>(QStringLiteral("deliveriesStatusFilter"));
    status->setCurrentIndex(status->findData(int(WebhookDelivery::Status::Delivered)));
    const DeliveryFilterProxyModel *proxy = m_dock->proxy();
    QVERIFY(proxy->rowCount() > 0 && proxy->rowCount() < total);
    for (int r = 0; r < proxy->rowCount(); ++r)
        QCOMPARE(proxy->index(r, 0).data(DeliveryTableModel::StatusRole).toInt(),
                 int(WebhookDelivery::Status::Delivered));
    QVERIFY2(m_dock->stateText().startsWith(
                 QStringLiteral("Matching the filters: %1 of the %2 most recent.").arg(proxy->rowCount()).arg(total)),
             qPrintable(m_dock->stateText()));

    // Event type on top of it.
    status->setCurrentIndex(0);
    QCOMPARE(proxy->rowCount(), total);
    auto *event = m_dock->findChild<QComboBox *>(QStringLiteral("deliveriesEventFilter"));
    const QString type = m_dock->model()->deliveryAt(0).eventType;
    event->setCurrentIndex(event->findData(type));
    QVERIFY(proxy->rowCount() > 0 && proxy->rowCount() <= total);
    for (int r = 0; r < proxy->rowCount(); ++r)
        QCOMPARE(proxy->index(r, 0).data(DeliveryTableModel::EventTypeRole).toString(), type);
    // An event type with none: nothing shown, and the state says why.
    const QStringList types = m_dock->model()->eventTypes();
    for (int i = 1; i < event->count(); ++i) {
        if (!types.contains(event->itemData(i).toString())) {
            event->setCurrentIndex(i);
            QCOMPARE(proxy->rowCount(), 0);
            QVERIFY2(m_dock->stateText().startsWith(QStringLiteral("Matching the filters: 0 of")),
                     qPrintable(m_dock->stateText()));
            break;
        }
    }
}

void TestDeliveriesDockSandbox::failingEndpointShowsItsPattern()
{
    const QString failing = endpointIn(WebhookEndpoint::State::Failing, 8);
    QVERIFY(!failing.isEmpty());
    QVERIFY(showDeliveriesOf(failing));
    FailureSummaryView *summary = m_dock->summary();
    QTRY_VERIFY(summary->isVisible());
    QCOMPARE(summary->text(QStringLiteral("title")), QStringLiteral("This endpoint is failing."));

    // Worked out here by hand from the rows: the failed deliveries after the last success.
    const WebhookEndpoint e = m_window->model()->endpointAt(m_window->model()->rowOfId(failing));
    QDateTime lastSuccess = e.lastSuccessAt;
    for (const WebhookDelivery &d : m_dock->model()->deliveries()) {
        if (d.status == WebhookDelivery::Status::Delivered && d.deliveredAt > lastSuccess)
            lastSuccess = d.deliveredAt;
    }
    QHash<QString, int> errors;
    int failed = 0;
    for (const WebhookDelivery &d : m_dock->model()->deliveries()) {
        if (d.status == WebhookDelivery::Status::Delivered || d.lastError.isEmpty())
            continue;
        if (lastSuccess.isValid() && d.lastAttemptAt <= lastSuccess)
            continue;
        ++failed;
        ++errors[d.lastError];
    }
    QVERIFY(failed > 0);
    int best = 0;
    for (int n : errors)
        best = qMax(best, n);
    QCOMPARE(summary->text(QStringLiteral("failedSince")), QString::number(failed));
    const QString commonError = summary->text(QStringLiteral("commonError"));
    QVERIFY2(commonError.endsWith(QStringLiteral("(%1 of %2)").arg(best).arg(failed)), qPrintable(commonError));
    QVERIFY2(errors.value(commonError.section(QStringLiteral(" ("), 0, 0)) == best, qPrintable(commonError));
    if (lastSuccess.isValid())
        QVERIFY2(summary->text(QStringLiteral("lastSuccess")).contains(RelativeTime::exactText(lastSuccess)),
                 qPrintable(summary->text(QStringLiteral("lastSuccess"))));
    const QString response = summary->text(QStringLiteral("commonResponse"));
    QVERIFY2(response.startsWith(QStringLiteral("HTTP ")) || response.startsWith(QStringLiteral("No HTTP answer")),
             qPrintable(response));

    // The plain line about what the API does not keep.
    auto *note = m_dock->findChild<QLabel *>(QStringLiteral("deliveriesNote"));
    QVERIFY(note->isVisible());
    QVERIFY(note->text().contains(QStringLiteral("no request or response bodies or headers")));
    QVERIFY(note->text().contains(QStringLiteral("redelivery")));
    shot(QStringLiteral("deliveries-dock-failing"));
}

void TestDeliveriesDockSandbox::healthyEndpointShowsNoPattern()
{
    QVERIFY(showDeliveriesOf(endpointIn(WebhookEndpoint::State::Healthy)));
    QVERIFY(!m_dock->summary()->isVisible());
}

void TestDeliveriesDockSandbox::copiesSelectedIds()
{
    QVERIFY(showDeliveriesOf(endpointIn(WebhookEndpoint::State::Failing, 3)));
    auto *table = m_dock->findChild<QTableView *>(QStringLiteral("deliveriesTable"));
    table->setFocus();
    table->selectRow(0);
    QApplication::clipboard()->clear();
    QTest::keySequence(table, QKeySequence::Copy);
    QCOMPARE(QApplication::clipboard()->text(),
             m_dock->proxy()->index(0, 0).data(DeliveryTableModel::DeliveryIdRole).toString());

    // Several rows, through the context menu's action.
    table->selectAll();
    auto *copy = table->findChild<QAction *>(QStringLiteral("copyDeliveryIdAction"));
    QVERIFY(copy && copy->isEnabled());
    QApplication::clipboard()->clear();
    copy->trigger();
    QCOMPARE(QApplication::clipboard()->text().split(QLatin1Char('\n')), m_dock->proxy()->idsInViewOrder());
}

void TestDeliveriesDockSandbox::detailsPaneLeadsToTheDock()
{
    QVERIFY(showDeliveriesOf(endpointIn(WebhookEndpoint::State::Healthy)));
    auto *paneList = m_window->findChild<QTreeWidget *>(QStringLiteral("deliveries"));
    QVERIFY(paneList);
    QVERIFY(!paneList->isVisible()); // the dock shows them: the pane does not list them twice
    m_dock->toggleViewAction()->trigger();
    QVERIFY(!m_dock->isVisible());
    QTRY_VERIFY(paneList->isVisible());
    auto *open = m_window->findChild<QToolButton *>(QStringLiteral("showDeliveriesPanel"));
    QVERIFY(open && open->isVisible());
    QTest::mouseClick(open, Qt::LeftButton);
    QVERIFY(m_dock->isVisible());
    QTRY_VERIFY(!paneList->isVisible());
}

void TestDeliveriesDockSandbox::exportsEndpointsAsShown()
{
    // Search and a quick filter narrow the table; the export holds exactly what is shown.
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchField"));
    QTest::keyClicks(search, QStringLiteral("https"));
    m_window->proxy()->setQuickFilter(EndpointFilterProxyModel::QuickFilter::Failing);
    const EndpointFilterProxyModel *proxy = m_window->proxy();
    QTRY_VERIFY(proxy->rowCount() > 0);
    QVERIFY(proxy->rowCount() < m_window->model()->rowCount());
    QStringList shownIds;
    for (int r = 0; r < proxy->rowCount(); ++r)
        shownIds.append(proxy->index(r, 0).data(EndpointTableModel::EndpointIdRole).toString());

    QTemporaryDir dir;
    auto *action = m_window->findChild<QAction *>(QStringLiteral("exportEndpointsAction"));
    QVERIFY(action);
    ExportFlow::setNextPath(dir.filePath(QStringLiteral("endpoints.csv")));
    action->trigger();
    QCOMPARE(ExportFlow::lastSuggestedName(),
             QStringLiteral("optimaldial-webhooks-acme-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)));
    QString error;
    const QList<QStringList> rows = PythonCsv::read(dir.filePath(QStringLiteral("endpoints.csv")), &error);
    QVERIFY2(!rows.isEmpty(), qPrintable(error));
    QCOMPARE(rows.first(), EndpointExport::fields());
    QCOMPARE(rows.size(), shownIds.size() + 1);
    for (int r = 0; r < shownIds.size(); ++r) {
        const QStringList &row = rows.at(r + 1);
        QCOMPARE(row.at(0), shownIds.at(r));
        const WebhookEndpoint &e = m_window->model()->endpointAt(m_window->model()->rowOfId(shownIds.at(r)));
        QCOMPARE(row.at(1), e.url);
        QCOMPARE(row.at(2), e.description);
        QCOMPARE(row.at(5).toInt(), e.consecutiveFailures);
        QCOMPARE(row.at(4), e.isActive ? QStringLiteral("true") : QStringLiteral("false"));
    }

    // The same as JSON (by the extension).
    ExportFlow::setNextPath(dir.filePath(QStringLiteral("endpoints.json")));
    action->trigger();
    QFile json(dir.filePath(QStringLiteral("endpoints.json")));
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonArray array = QJsonDocument::fromJson(json.readAll()).array();
    QCOMPARE(array.size(), shownIds.size());
    for (int r = 0; r < shownIds.size(); ++r) {
        const QJsonObject o = array.at(r).toObject();
        QCOMPARE(o.value(QLatin1String("id")).toString(), shownIds.at(r));
        QVERIFY(!o.contains(QLatin1String("secret")));
        const QString created = o.value(QLatin1String("created_at")).toString();
        QVERIFY2(created.endsWith(QLatin1Char('Z')) && created.contains(QLatin1Char('T')), qPrintable(created));
    }
}

void TestDeliveriesDockSandbox::exportsDeliveriesAsShown()
{
    const QString failing = endpointIn(WebhookEndpoint::State::Failing, 3);
    QVERIFY(showDeliveriesOf(failing));
    auto *table = m_dock->findChild<QTableView *>(QStringLiteral("deliveriesTable"));
    table->sortByColumn(DeliveryTableModel::Attempts, Qt::DescendingOrder);
    const QStringList shown = m_dock->proxy()->idsInViewOrder();
    QVERIFY(!shown.isEmpty());

    QTemporaryDir dir;
    auto *button = m_dock->findChild<QPushButton *>(QStringLiteral("deliveriesExport"));
    QVERIFY(button->isEnabled());
    ExportFlow::setNextPath(dir.filePath(QStringLiteral("deliveries.csv")));
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(ExportFlow::lastSuggestedName().startsWith(QStringLiteral("optimaldial-deliveries-") + failing.left(8)
                                                       + QStringLiteral("-acme-")));
    QString error;
    const QList<QStringList> rows = PythonCsv::read(dir.filePath(QStringLiteral("deliveries.csv")), &error);
    QVERIFY2(!rows.isEmpty(), qPrintable(error));
    QCOMPARE(rows.size(), shown.size() + 1);
    QCOMPARE(rows.first().at(0), QStringLiteral("id"));
    const int errorColumn = int(rows.first().indexOf(QStringLiteral("last_error")));
    QVERIFY(errorColumn > 0);
    for (int r = 0; r < shown.size(); ++r) {
        QCOMPARE(rows.at(r + 1).at(0), shown.at(r));
        const WebhookDelivery &d
            = m_dock->model()->deliveryAt(m_dock->proxy()->mapToSource(m_dock->proxy()->index(r, 0)).row());
        QCOMPARE(rows.at(r + 1).at(1), failing);
        QCOMPARE(rows.at(r + 1).at(errorColumn), d.lastError);
    }

    ExportFlow::setNextPath(dir.filePath(QStringLiteral("deliveries.json")));
    QTest::mouseClick(button, Qt::LeftButton);
    QFile json(dir.filePath(QStringLiteral("deliveries.json")));
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonArray array = QJsonDocument::fromJson(json.readAll()).array();
    QCOMPARE(array.size(), shown.size());
    for (int r = 0; r < shown.size(); ++r)
        QCOMPARE(array.at(r).toObject().value(QLatin1String("id")).toString(), shown.at(r));
}

void TestDeliveriesDockSandbox::unwritablePathIsShownPlainly()
{
    QVERIFY(showDeliveriesOf(endpointIn(WebhookEndpoint::State::Healthy)));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing-folder/deliveries.csv"));
    MessageBoxes::clearShownTexts();
    MessageBoxes::setNextAnswers({QMessageBox::Ok});
    ExportFlow::setNextPath(path);
    QSignalSpy exported(m_dock, &DeliveriesDock::exported);
    m_dock->exportShown();
    QCOMPARE(exported.count(), 0);
    QVERIFY(!QFile::exists(path));
    const QStringList texts = MessageBoxes::shownTexts();
    QCOMPARE(texts.size(), 1);
    QVERIFY2(texts.first().contains(QStringLiteral("Cannot write"))
                 && texts.first().contains(QStringLiteral("deliveries.csv")),
             qPrintable(texts.first()));
}

QTEST_MAIN(TestDeliveriesDockSandbox)
#include "tst_deliveriesdock_sandbox.moc"
