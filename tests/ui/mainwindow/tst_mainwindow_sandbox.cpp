// The real main window against the real sandbox: load, status at a glance, search
// and quick filters, details, edit through the dialog, and error states that keep
// the table and show the server's message.
#include "apiclient.h"
#include "apptranslations.h"
#include "detailspane.h"
#include "editendpointdialog.h"
#include "endpointfilterproxymodel.h"
#include "endpointlistcontroller.h"
#include "endpointtablemodel.h"
#include "errorbanner.h"
#include "mainwindow.h"
#include "messageboxes.h"
#include "sandboxprocess.h"
#include "shownwindow.h"
#include "signaturecheckerdialog.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

#include <algorithm>

class TestMainWindowSandbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void loadsEveryEndpointWithStatusText();
    void searchFiltersByUrlDescriptionAndId();
    void quickFiltersShowCounts();
    void detailsPaneShowsTheSelectedEndpoint();
    void selectionSurvivesRefresh();
    void placeSurvivesAReset();
    void editThroughTheDialogUpdatesTheRow();
    void whatASaveLearnsShowsInTheRowAtOnce();
    void unauthorizedShowsBannerAndKeepsTable();
    void serverDownShowsBannerWithRetry();
    void columnLayoutIsRemembered();
    void toolsMenuOpensTheSignatureChecker();

private:
    bool waitLoaded();
    QString shot(const QString &name);

    QTemporaryDir m_settingsDir;
    SandboxProcess m_sandbox;
    QNetworkAccessManager m_nam;
    ApiClient *m_client = nullptr;
    MainWindow *m_window = nullptr;
};

void TestMainWindowSandbox::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("OptimalDialTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    // As main() does: in English the English plural forms ("40 endpoints").
    AppTranslations::install(*qApp, QLocale(QLocale::English));
    QVERIFY2(m_sandbox.start({QStringLiteral("--generate"), QStringLiteral("40"), QStringLiteral("--rate-limit"),
                              QStringLiteral("1000"), QStringLiteral("--ping-delay-ms"), QStringLiteral("20")}),
             qPrintable(m_sandbox.errorString()));
}

void TestMainWindowSandbox::init()
{
    m_client = new ApiClient(&m_nam, this);
    QVERIFY(m_client->configure(m_sandbox.baseUrl(), SandboxProcess::keyA()));
    m_window = new MainWindow(m_client);
    QVERIFY(showActive(m_window, QSize(1280, 760)));
}

void TestMainWindowSandbox::cleanup()
{
    delete m_window;
    m_window = nullptr;
    delete m_client;
    m_client = nullptr;
}

bool TestMainWindowSandbox::waitLoaded()
{
    return refreshAndWait(m_window);
}

QString TestMainWindowSandbox::shot(const QString &name)
{
    const QString dir = qEnvironmentVariable("ODWH_SHOTS_DIR");
    if (dir.isEmpty())
        return {};
    const QString path = dir + QLatin1Char('/') + name + QStringLiteral(".png");
    m_window->grab().save(path);
    return path;
}

void TestMainWindowSandbox::loadsEveryEndpointWithStatusText()
{
    QVERIFY(waitLoaded());
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("endpointTable"));
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 40);
    QSet<QString> statuses;
    for (int r = 0; r < table->model()->rowCount(); ++r)
        statuses.insert(table->model()->index(r, EndpointTableModel::Status).data().toString().section(QLatin1Char(' '), 0, 0));
    QVERIFY2(statuses.contains(QStringLiteral("Healthy")), qPrintable(QStringList(statuses.values()).join(QLatin1Char(','))));
    QVERIFY(statuses.contains(QStringLiteral("Failing")));
    QVERIFY(statuses.contains(QStringLiteral("Disabled")));
    // The failing count reads against the server's limit, e.g. "Failing 7/20".
    bool sawCount = false;
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        const QString s = table->model()->index(r, EndpointTableModel::Status).data().toString();
        if (s.startsWith(QLatin1String("Failing")))
            sawCount = sawCount || s.endsWith(QLatin1String("/20"));
    }
    QVERIFY(sawCount);
    auto *summary = m_window->findChild<QLabel *>(QStringLiteral("summary"));
    QVERIFY(summary->text().contains(QLatin1String("40 endpoints")));
    QVERIFY(summary->text().contains(QLatin1String("refreshed")));
    shot(QStringLiteral("mainwindow-loaded"));
}

void TestMainWindowSandbox::searchFiltersByUrlDescriptionAndId()
{
    QVERIFY(waitLoaded());
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("endpointTable"));
    const WebhookEndpoint target = m_window->model()->endpointAt(5);
    QTest::keySequence(m_window, QKeySequence::Find);
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchField"));
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, target.id);
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 0).data(EndpointTableModel::EndpointIdRole).toString(), target.id);
    search->clear();
    QTRY_COMPARE(table->model()->rowCount(), 40);
    const QString host = QUrl(target.url).host().toUpper();
    QTest::keyClicks(search, host);
    QTRY_VERIFY(table->model()->rowCount() >= 1);
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        const WebhookEndpoint &e = m_window->model()->endpointAt(
            m_window->model()->rowOfId(table->model()->index(r, 0).data(EndpointTableModel::EndpointIdRole).toString()));
        QVERIFY(e.url.contains(host, Qt::CaseInsensitive) || e.description.contains(host, Qt::CaseInsensitive)
                || e.id.contains(host, Qt::CaseInsensitive));
    }
    // Escape clears the search, and the clear button says what it does.
    QTest::keyClick(search, Qt::Key_Escape);
    QCOMPARE(search->text(), QString());
    QTRY_COMPARE(table->model()->rowCount(), 40);
    const QList<QToolButton *> clearButtons = search->findChildren<QToolButton *>();
    QVERIFY(!clearButtons.isEmpty());
    for (QToolButton *b : clearButtons)
        QCOMPARE(b->accessibleName(), QStringLiteral("Clear search"));
}

void TestMainWindowSandbox::quickFiltersShowCounts()
{
    QVERIFY(waitLoaded());
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("endpointTable"));
    const EndpointTableModel::Counts counts = m_window->model()->counts();
    QVERIFY(counts.failing > 0 && counts.disabled > 0);
    auto *failing = m_window->findChild<QToolButton *>(QStringLiteral("filterFailing"));
    QCOMPARE(failing->text(), QStringLiteral("Failing (%1)").arg(counts.failing));
    QTest::mouseClick(failing, Qt::LeftButton);
    QTRY_COMPARE(table->model()->rowCount(), counts.failing);
    for (int r = 0; r < table->model()->rowCount(); ++r)
        QVERIFY(table->model()->index(r, EndpointTableModel::Status).data().toString().startsWith(QLatin1String("Failing")));
    shot(QStringLiteral("mainwindow-failing-filter"));
    auto *disabled = m_window->findChild<QToolButton *>(QStringLiteral("filterDisabled"));
    QTest::mouseClick(disabled, Qt::LeftButton);
    QTRY_COMPARE(table->model()->rowCount(), counts.disabled);
    QTest::mouseClick(m_window->findChild<QToolButton *>(QStringLiteral("filterAll")), Qt::LeftButton);
    QTRY_COMPARE(table->model()->rowCount(), 40);
}

void TestMainWindowSandbox::detailsPaneShowsTheSelectedEndpoint()
{
    QVERIFY(waitLoaded());
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("endpointTable"));
    table->setFocus();
    table->selectRow(2);
    const QString id = m_window->selectedId();
    QVERIFY(!id.isEmpty());
    auto *details = m_window->findChild<DetailsPane *>(QStringLiteral("detailsPane"));
    QTRY_COMPARE(details->shownId(), id);
    const WebhookEndpoint e = m_window->model()->endpointAt(m_window->model()->rowOfId(id));
    QCOMPARE(details->fieldText(QStringLiteral("url")), e.url);
    QCOMPARE(details->fieldText(QStringLiteral("id")), e.id);
    QTRY_VERIFY_WITH_TIMEOUT(details->deliveryCount() > 0, 10000);
    shot(QStringLiteral("mainwindow-details"));
}

void TestMainWindowSandbox::selectionSurvivesRefresh()
{
    QVERIFY(waitLoaded());
    QVERIFY(m_window->selectId(m_window->model()->endpointAt(7).id));
    const QString id = m_window->selectedId();
    QVERIFY(waitLoaded());
    QCOMPARE(m_window->selectedId(), id);
}

void TestMainWindowSandbox::placeSurvivesAReset()
{
    // A refresh of a large table with many rows deleted or created resets the model: the
    // endpoint at the top of the view and the selected one must stay where they were, even
    // when rows above them came or went.
    QVERIFY(waitLoaded());
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("endpointTable"));
    QVERIFY(table);
    const QSize before = m_window->size();
    m_window->resize(1000, 420);
    QTRY_VERIFY(table->verticalScrollBar()->maximum() >= 10);
    table->verticalScrollBar()->setValue(8);
    const auto idAt = [table](int y) {
        return table->indexAt(QPoint(4, y)).siblingAtColumn(0).data(EndpointTableModel::EndpointIdRole).toString();
    };
    const QString topId = idAt(1);
    const QString selectedId = idAt(table->rowHeight(0) * 3 + 2);
    QVERIFY(!topId.isEmpty() && !selectedId.isEmpty() && topId != selectedId);
    QVERIFY(m_window->selectId(selectedId));

    // The server's order reversed (no row identity to keep: a reset), and a new endpoint
    // that sorts first, above everything shown.
    QList<WebhookEndpoint> list = m_window->model()->endpoints();
    std::reverse(list.begin(), list.end());
    auto *proxy = table->model();
    WebhookEndpoint first = m_window->model()->endpointAt(m_window->model()->rowOfId(
        proxy->index(0, 0).data(EndpointTableModel::EndpointIdRole).toString()));
    first.id = QStringLiteral("00000000-0000-4000-8000-00000000f1r5");
    first.url = QStringLiteral("https://0.example.com/sorts-first");
    list.append(first);
    QSignalSpy reset(m_window->model(), &QAbstractItemModel::modelReset);
    m_window->model()->setEndpoints(list);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(proxy->index(0, 0).data(EndpointTableModel::EndpointIdRole).toString(), first.id);

    QCOMPARE(idAt(1), topId);
    QCOMPARE(m_window->selectedId(), selectedId);
    m_window->resize(before);
}

void TestMainWindowSandbox::editThroughTheDialogUpdatesTheRow()
{
    QVERIFY(waitLoaded());
    const int row = 4;
    const WebhookEndpoint before = m_window->model()->endpointAt(row);
    QVERIFY(m_window->selectId(before.id));
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("endpointTable"));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);
    EditEndpointDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<EditEndpointDialog *>()) != nullptr);
    QVERIFY(m_window->controller()->isAutoRefreshPaused());
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *description = dialog->findChild<QWidget *>(QStringLiteral("descriptionEdit"));
    QVERIFY2(description, "the dialog names its description field descriptionEdit");
    description->setFocus();
    QTest::keySequence(description, QKeySequence::SelectAll);
    QTest::keyClicks(description, QStringLiteral("Edited from the main window"));
    QVERIFY(m_sandbox.clearReceivedRequests());
    QSignalSpy saved(dialog, &EditEndpointDialog::saved);
    QVERIFY(QMetaObject::invokeMethod(dialog, "save"));
    QVERIFY(saved.wait(15000));
    const int newRow = m_window->model()->rowOfId(before.id);
    QTRY_COMPARE(m_window->model()->endpointAt(newRow).description, QStringLiteral("Edited from the main window"));
    QCOMPARE(m_window->selectedId(), before.id);
    QTRY_VERIFY(!m_window->controller()->isAutoRefreshPaused());
}

void TestMainWindowSandbox::whatASaveLearnsShowsInTheRowAtOnce()
{
    QVERIFY(waitLoaded());
    QString id;
    for (int r = 0; r < m_window->model()->rowCount() && id.isEmpty(); ++r) {
        if (m_window->model()->endpointAt(r).state() == WebhookEndpoint::State::Healthy)
            id = m_window->model()->endpointAt(r).id;
    }
    QVERIFY(!id.isEmpty());
    QVERIFY(m_window->selectId(id));
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("endpointTable"));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);
    EditEndpointDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<EditEndpointDialog *>()) != nullptr);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QSignalSpy refreshed(m_window->controller(), &EndpointListController::refreshed);
    QSignalSpy failed(dialog->editor(), &EndpointEditor::failed);
    const auto row = [&] { return m_window->model()->endpointAt(m_window->model()->rowOfId(id)); };

    // Deliveries failed while the dialog was open; the save's check sees it (no
    // conflict) and the new URL then fails its ping: the row shows the count at once.
    QVERIFY(m_sandbox.overwriteEndpoint(id, R"({"consecutive_failures":6,"last_failure_at":"2026-11-27T10:00:00Z"})"));
    auto *url = dialog->findChild<QLineEdit *>(QStringLiteral("urlEdit"));
    url->setFocus();
    url->selectAll();
    QTest::keyClicks(url, QStringLiteral("https://receiver.down.invalid/hook"));
    QVERIFY(QMetaObject::invokeMethod(dialog, "save"));
    QVERIFY(failed.wait(15000));
    QCOMPARE(row().consecutiveFailures, 6);
    const QString status =
        m_window->model()->index(m_window->model()->rowOfId(id), EndpointTableModel::Status).data().toString();
    QVERIFY2(status.contains(QLatin1String("Failing 6/20")), qPrintable(status));

    // Someone switches it off: the check's conflict shows in the row before anyone answers.
    QVERIFY(m_sandbox.overwriteEndpoint(id, R"({"is_active":false})"));
    MessageBoxes::setNextAnswers({QMessageBox::Cancel});
    QVERIFY(QMetaObject::invokeMethod(dialog, "save"));
    QTRY_VERIFY_WITH_TIMEOUT(!row().isActive, 15000);
    QTRY_COMPARE(MessageBoxes::shownTexts().size(), 1);
    QCOMPARE(refreshed.count(), 0); // all of it without a refresh
    MessageBoxes::setNextAnswers({QMessageBox::Discard});
    dialog->reject();
}

void TestMainWindowSandbox::unauthorizedShowsBannerAndKeepsTable()
{
    QVERIFY(waitLoaded());
    QVERIFY(m_client->configure(m_sandbox.baseUrl(), QStringLiteral("od_live_RevokedKeyZZZZZZZZZZZZZZZZZZZZZZ")));
    QSignalSpy error(m_window->controller(), &EndpointListController::errorOccurred);
    m_window->refresh();
    QVERIFY(error.wait(15000));
    auto *banner = m_window->findChild<ErrorBanner *>(QStringLiteral("errorBanner"));
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QLatin1String("key")), qPrintable(banner->text()));
    QCOMPARE(m_window->findChild<QTableView *>(QStringLiteral("endpointTable"))->model()->rowCount(), 40);
    shot(QStringLiteral("mainwindow-error-401"));
}

void TestMainWindowSandbox::serverDownShowsBannerWithRetry()
{
    QVERIFY(waitLoaded());
    QVERIFY(m_sandbox.setFaults(R"({"error_rate":1.0})"));
    QSignalSpy error(m_window->controller(), &EndpointListController::errorOccurred);
    m_window->refresh();
    QVERIFY(error.wait(15000));
    auto *banner = m_window->findChild<ErrorBanner *>(QStringLiteral("errorBanner"));
    QVERIFY(banner->isVisible());
    QVERIFY(m_sandbox.setFaults(R"({"error_rate":0})"));
    auto *retry = banner->findChild<QPushButton *>();
    QVERIFY(retry && retry->isVisible());
    QSignalSpy refreshed(m_window->controller(), &EndpointListController::refreshed);
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(refreshed.wait(15000));
    QTRY_VERIFY(!banner->isVisible());
}

void TestMainWindowSandbox::columnLayoutIsRemembered()
{
    QVERIFY(waitLoaded());
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("endpointTable"));
    table->setColumnWidth(EndpointTableModel::Url, 411);
    table->horizontalHeader()->moveSection(EndpointTableModel::Description, 0);
    m_window->close();
    delete m_window;
    m_window = new MainWindow(m_client);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    table = m_window->findChild<QTableView *>(QStringLiteral("endpointTable"));
    QCOMPARE(table->columnWidth(EndpointTableModel::Url), 411);
    QCOMPARE(table->horizontalHeader()->visualIndex(EndpointTableModel::Description), 0);
}

void TestMainWindowSandbox::toolsMenuOpensTheSignatureChecker()
{
    QMenu *tools = nullptr;
    for (QAction *a : m_window->menuBar()->actions()) {
        if (a->text() == QStringLiteral("&Tools"))
            tools = a->menu();
    }
    QVERIFY2(tools, "the window has a Tools menu");
    QAction *checker = m_window->findChild<QAction *>(QStringLiteral("signatureCheckerAction"));
    QVERIFY(checker);
    QVERIFY(tools->actions().contains(checker));
    checker->trigger();
    QTRY_VERIFY(m_window->findChild<SignatureCheckerDialog *>());
    QVERIFY(m_window->findChild<SignatureCheckerDialog *>()->isVisible());
}

QTEST_MAIN(TestMainWindowSandbox)
#include "tst_mainwindow_sandbox.moc"
