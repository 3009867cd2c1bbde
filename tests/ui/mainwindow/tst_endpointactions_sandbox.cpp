// New and Delete in the real main window against the real sandbox: Ctrl+N creates an
// endpoint whose row appears selected and whose secret is shown once; Delete asks once
// (the real box first: Cancel is its default), deletes one or several rows one after
// another with a result per row, and treats an endpoint already gone as deleted.
#include "apiclient.h"
#include "awaitresult.h"
#include "editdialogtesthelpers.h"
#include "editendpointdialog.h"
#include "endpointactions.h"
#include "endpointlistcontroller.h"
#include "endpointtablemodel.h"
#include "mainwindow.h"
#include "messageboxes.h"
#include "sandboxprocess.h"
#include "shownwindow.h"
#include "signingsecretdialog.h"
#include "urldisplay.h"

#include <QAction>
#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolBar>
#include <QtTest>

namespace {
const int Slow = 15000;
} // namespace

class TestEndpointActionsSandbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    // First: the real confirmation box (later tests pre-answer boxes for good).
    void deleteConfirmationNamesTheUrlAndCancelIsTheDefault();
    void actionsAreInTheMenusToolbarAndContextMenu();
    void newEndpointAppearsSelectedAndShowsItsSecretOnce();
    void declinedConfirmationSendsNothing();
    void deleteOneRemovesTheRow();
    void deleteSeveralAsksOnceAndReportsEachRow();
    void alreadyDeletedIsRemovedWithANote();

private:
    bool waitLoaded();
    QTableView *table() const { return m_window->findChild<QTableView *>(QStringLiteral("endpointTable")); }
    EndpointActions *actions() const
    {
        return m_window->findChild<EndpointActions *>(QStringLiteral("endpointActions"));
    }
    QString createDirectly(const QString &tag);
    void selectIds(const QStringList &ids);
    QList<QJsonObject> received(const char *method) const;

    QTemporaryDir m_settingsDir;
    SandboxProcess m_sandbox;
    QNetworkAccessManager m_nam;
    ApiClient *m_client = nullptr;
    MainWindow *m_window = nullptr;
    int m_counter = 0;
};

void TestEndpointActionsSandbox::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("OptimalDialTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_endpointactions"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QVERIFY2(m_sandbox.start({QStringLiteral("--generate"), QStringLiteral("6"), QStringLiteral("--rate-limit"),
                              QStringLiteral("1000"), QStringLiteral("--ping-delay-ms"), QStringLiteral("20")}),
             qPrintable(m_sandbox.errorString()));
}

void TestEndpointActionsSandbox::init()
{
    MessageBoxes::clearShownTexts();
    m_client = new ApiClient(&m_nam, this);
    QVERIFY(m_client->configure(m_sandbox.baseUrl(), SandboxProcess::keyA()));
    m_window = new MainWindow(m_client);
    QVERIFY(showActive(m_window, QSize(1280, 760)));
    QVERIFY(actions());
    QVERIFY(waitLoaded());
    QVERIFY(m_sandbox.clearReceivedRequests());
}

void TestEndpointActionsSandbox::cleanup()
{
    delete m_window;
    m_window = nullptr;
    delete m_client;
    m_client = nullptr;
}

bool TestEndpointActionsSandbox::waitLoaded()
{
    return refreshAndWait(m_window, Slow);
}

QString TestEndpointActionsSandbox::createDirectly(const QString &tag)
{
    WebhookDraft draft;
    draft.url = QStringLiteral("https://%1-%2.delete-me.example.com/od").arg(tag).arg(++m_counter);
    const auto r = await<CreatedWebhook>([&](auto done) { m_client->createWebhook(draft, this, done); });
    if (!r.ok())
        qWarning() << "create failed:" << r.error.message();
    return r.value.webhook.id;
}

void TestEndpointActionsSandbox::selectIds(const QStringList &ids)
{
    QItemSelectionModel *selection = table()->selectionModel();
    selection->clearSelection();
    auto *proxy = table()->model();
    for (int r = 0; r < proxy->rowCount(); ++r) {
        const QModelIndex index = proxy->index(r, 0);
        if (ids.contains(index.data(EndpointTableModel::EndpointIdRole).toString()))
            selection->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

QList<QJsonObject> TestEndpointActionsSandbox::received(const char *method) const
{
    QList<QJsonObject> out;
    const QJsonArray all = QJsonDocument::fromJson(m_sandbox.receivedRequests()).array();
    for (const QJsonValue &v : all) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("method")).toString() == QLatin1String(method))
            out.append(o);
    }
    return out;
}

void TestEndpointActionsSandbox::deleteConfirmationNamesTheUrlAndCancelIsTheDefault()
{
    const EndpointTableModel *model = m_window->model();
    const WebhookEndpoint target = model->endpointAt(0);
    selectIds({target.id});
    QString text, defaultText;
    QStringList buttons;
    QTimer poll;
    poll.setInterval(50);
    connect(&poll, &QTimer::timeout, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        poll.stop();
        text = box->text();
        defaultText = box->defaultButton() ? box->defaultButton()->text() : QString();
        for (QAbstractButton *b : box->buttons())
            buttons << b->text();
        takeShot(box, QStringLiteral("delete-confirmation"));
        box->escapeButton()->click();
    });
    poll.start();
    actions()->deleteAction()->trigger();
    poll.stop();
    QVERIFY2(text.contains(UrlDisplay::forDisplay(target.url)), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("signing secret")));
    QVERIFY(text.contains(QLatin1String("delivery history")));
    QVERIFY2(QString(defaultText).remove(QLatin1Char('&')) == QLatin1String("Cancel"), qPrintable(defaultText));
    QVERIFY2(buttons.contains(QStringLiteral("Delete")), qPrintable(buttons.join(QLatin1Char(','))));
    for (const QString &b : std::as_const(buttons))
        QVERIFY2(!b.contains(QLatin1String("Yes")) && !b.contains(QLatin1String("No")), qPrintable(b));
    // Esc is Cancel: nothing sent, the row stays.
    QTest::qWait(300);
    QVERIFY(received("DELETE").isEmpty());
    QVERIFY(m_window->model()->rowOfId(target.id) >= 0);
}

void TestEndpointActionsSandbox::actionsAreInTheMenusToolbarAndContextMenu()
{
    QAction *newAction = actions()->newAction();
    QAction *deleteAction = actions()->deleteAction();
    QCOMPARE(newAction->shortcut(), QKeySequence(QKeySequence::New));
    QCOMPARE(deleteAction->shortcut(), QKeySequence(QKeySequence::Delete));
    QVERIFY(table()->actions().contains(deleteAction)); // the table's context menu
    bool inFileMenu = false, deleteInEndpointMenu = false, newInToolbar = false, deleteInToolbar = false;
    for (QObject *o : newAction->associatedObjects()) {
        if (auto *menu = qobject_cast<QMenu *>(o))
            inFileMenu = inFileMenu || menu->title() == QLatin1String("&File");
        newInToolbar = newInToolbar || qobject_cast<QToolBar *>(o);
    }
    for (QObject *o : deleteAction->associatedObjects()) {
        if (auto *menu = qobject_cast<QMenu *>(o))
            deleteInEndpointMenu = deleteInEndpointMenu || menu->title() == QLatin1String("E&ndpoint");
        deleteInToolbar = deleteInToolbar || qobject_cast<QToolBar *>(o);
    }
    QVERIFY(inFileMenu);
    QVERIFY(deleteInEndpointMenu);
    QVERIFY(newInToolbar);
    QVERIFY(deleteInToolbar);
    // Nothing selected: nothing to delete.
    table()->selectionModel()->clearSelection();
    QVERIFY(!deleteAction->isEnabled());
    selectIds({m_window->model()->endpointAt(0).id});
    QVERIFY(deleteAction->isEnabled());
}

void TestEndpointActionsSandbox::newEndpointAppearsSelectedAndShowsItsSecretOnce()
{
    MessageBoxes::setNextAnswers({});
    QSignalSpy created(actions(), &EndpointActions::endpointCreated);
    const int before = m_window->model()->rowCount();
    table()->setFocus();
    QTest::keyClick(m_window, Qt::Key_N, Qt::ControlModifier);
    EditEndpointDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<EditEndpointDialog *>()) && dialog->isVisible());
    QVERIFY(dialog->editor()->isNew());
    EditDialogParts ui(dialog);
    ui.typeUrl(QStringLiteral("https://created-from-window.example-hooks.com/od"));
    ui.saveButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, Slow);
    const QString id = created.at(0).at(0).toString();
    QCOMPARE(m_window->model()->rowCount(), before + 1);
    QVERIFY(m_window->model()->rowOfId(id) >= 0);
    QCOMPARE(m_window->selectedId(), id);
    QCOMPARE(received("POST").size(), 1);

    SigningSecretDialog *secretDialog = nullptr;
    QTRY_VERIFY((secretDialog = m_window->findChild<SigningSecretDialog *>()) && secretDialog->isVisible());
    const QString secret = secretDialog->findChild<QLineEdit *>(QStringLiteral("secretEdit"))->text();
    QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(secret).hasMatch(), "64 hex");
    takeShot(secretDialog, QStringLiteral("secret-dialog-after-create"));
    secretDialog->findChild<QCheckBox *>(QStringLiteral("storedCheck"))->click();
    secretDialog->findChild<QPushButton *>(QStringLiteral("closeButton"))->click();
    QTRY_VERIFY(!m_window->findChild<SigningSecretDialog *>());
    QTRY_VERIFY(!m_window->findChild<EditEndpointDialog *>());
    QVERIFY(!m_window->controller()->isAutoRefreshPaused());
}

void TestEndpointActionsSandbox::declinedConfirmationSendsNothing()
{
    const QString id = m_window->model()->endpointAt(1).id;
    selectIds({id});
    MessageBoxes::setNextAnswers({QMessageBox::Cancel});
    QTest::keyClick(table(), Qt::Key_Delete);
    QCOMPARE(MessageBoxes::shownTexts().size(), 1);
    QTest::qWait(300);
    QVERIFY(received("DELETE").isEmpty());
    QVERIFY(m_window->model()->rowOfId(id) >= 0);
}

void TestEndpointActionsSandbox::deleteOneRemovesTheRow()
{
    const QString id = createDirectly(QStringLiteral("one"));
    QVERIFY(!id.isEmpty());
    QVERIFY(waitLoaded());
    QVERIFY(m_sandbox.clearReceivedRequests());
    selectIds({id});
    QSignalSpy finished(actions(), &EndpointActions::deletionFinished);
    MessageBoxes::setNextAnswers({QMessageBox::Yes});
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_Delete);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, Slow);
    QCOMPARE(m_window->model()->rowOfId(id), -1);
    const QList<QJsonObject> deletes = received("DELETE");
    QCOMPARE(deletes.size(), 1);
    QVERIFY(deletes.at(0).value(QLatin1String("path")).toString().endsWith(id));
    QCOMPARE(deletes.at(0).value(QLatin1String("status")).toInt(), 204);
    // One plain deletion: the confirmation only, the result in the status bar.
    QCOMPARE(MessageBoxes::shownTexts().size(), 1);
    const auto gone = await<WebhookEndpoint>([&](auto done) { m_client->getWebhook(id, this, done); });
    QCOMPARE(gone.error.kind, ApiError::Kind::NotFound);
}

void TestEndpointActionsSandbox::deleteSeveralAsksOnceAndReportsEachRow()
{
    QStringList ids;
    for (int i = 0; i < 3; ++i)
        ids << createDirectly(QStringLiteral("several"));
    QVERIFY(waitLoaded());
    QVERIFY(m_sandbox.clearReceivedRequests());
    QStringList urls;
    for (const QString &id : std::as_const(ids))
        urls << m_window->model()->endpointAt(m_window->model()->rowOfId(id)).url;
    selectIds(ids);
    QCOMPARE(table()->selectionModel()->selectedRows().size(), 3);
    const int before = m_window->model()->rowCount();
    QSignalSpy finished(actions(), &EndpointActions::deletionFinished);
    MessageBoxes::setNextAnswers({QMessageBox::Yes, QMessageBox::Ok});
    actions()->deleteAction()->trigger();
    QVERIFY(actions()->deleter()->isRunning());
    QVERIFY(!actions()->deleteAction()->isEnabled());
    auto *progress = m_window->findChild<QDialog *>(QStringLiteral("deletionProgress"));
    QVERIFY(progress && progress->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, Slow);

    const QStringList shown = MessageBoxes::shownTexts();
    QCOMPARE(shown.size(), 2); // one confirmation, one result
    QVERIFY2(shown.at(0).contains(QLatin1String("these 3 webhook endpoints")), qPrintable(shown.at(0)));
    for (const QString &url : std::as_const(urls)) {
        QVERIFY2(shown.at(0).contains(UrlDisplay::forDisplay(url)), qPrintable(url));
        QVERIFY2(shown.at(1).contains(QStringLiteral("Deleted: ") + UrlDisplay::forDisplay(url)),
                 qPrintable(shown.at(1)));
    }
    QVERIFY(shown.at(1).contains(QLatin1String("3 endpoint(s) deleted.")));
    QCOMPARE(m_window->model()->rowCount(), before - 3);
    for (const QString &id : std::as_const(ids))
        QCOMPARE(m_window->model()->rowOfId(id), -1);
    // One after another, each once.
    const QList<QJsonObject> deletes = received("DELETE");
    QCOMPARE(deletes.size(), 3);
    QSet<QString> paths;
    for (const QJsonObject &d : deletes) {
        paths.insert(d.value(QLatin1String("path")).toString().section(QLatin1Char('/'), -1));
        QCOMPARE(d.value(QLatin1String("status")).toInt(), 204);
    }
    QCOMPARE(paths, QSet<QString>(ids.begin(), ids.end()));
    QTRY_VERIFY(!m_window->findChild<QDialog *>(QStringLiteral("deletionProgress")));
    QVERIFY(actions()->deleteAction()->isEnabled() == table()->selectionModel()->hasSelection());
}

void TestEndpointActionsSandbox::alreadyDeletedIsRemovedWithANote()
{
    const QString id = createDirectly(QStringLiteral("gone"));
    QVERIFY(waitLoaded());
    const QString url = m_window->model()->endpointAt(m_window->model()->rowOfId(id)).url;
    // Someone else deletes it first.
    const auto first = await<NoContent>([&](auto done) { m_client->deleteWebhook(id, this, done); });
    QVERIFY(first.ok());
    QVERIFY(m_window->model()->rowOfId(id) >= 0); // the table does not know yet
    QVERIFY(m_sandbox.clearReceivedRequests());
    selectIds({id});
    QSignalSpy finished(actions(), &EndpointActions::deletionFinished);
    MessageBoxes::setNextAnswers({QMessageBox::Yes, QMessageBox::Ok});
    actions()->deleteAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, Slow);
    QCOMPARE(m_window->model()->rowOfId(id), -1);
    const auto results = finished.at(0).at(0).value<QList<EndpointDeleter::RowResult>>();
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.at(0).outcome, EndpointDeleter::Outcome::AlreadyGone);
    const QStringList shown = MessageBoxes::shownTexts();
    QCOMPARE(shown.size(), 2);
    QVERIFY2(shown.at(1).contains(QStringLiteral("Already deleted")), qPrintable(shown.at(1)));
    QVERIFY(shown.at(1).contains(UrlDisplay::forDisplay(url)));
    QVERIFY(!shown.at(1).contains(QLatin1String("Not deleted")));
    QCOMPARE(received("DELETE").size(), 1);
    QCOMPARE(received("DELETE").at(0).value(QLatin1String("status")).toInt(), 404);
}

QTEST_MAIN(TestEndpointActionsSandbox)
#include "tst_endpointactions_sandbox.moc"
