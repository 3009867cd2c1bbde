// Bulk changes in the real main window against the real sandbox: the actions are in the
// toolbar, the Endpoint menu, the context menu and on keys that clash with no other;
// switching off skips the rows already off and puts each server answer into the table;
// adding and removing an event sends only the events; Cancel stops before the next
// write and the result says what was written; a failed row is retried in one click;
// closing the window while it runs asks first.
#include "awaitresult.h"
#include "bulkwindow.h"
#include "messageboxes.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolBar>
#include <QtTest>

class TestBulkActionsSandbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void actionsAreEverywhereOnKeysThatClashWithNoOther();
    void switchingOffSkipsRowsAlreadyOffAndUpdatesEachRow();
    void addingAndRemovingAnEventSendsOnlyTheEvents();
    void cancelStopsBeforeTheNextWrite();
    void failedRowsAreRetriedInOneClick();
    void closingDuringABulkChangeAsksFirst();

private:
    // Waits for the run to end; false when it does not.
    bool waitFinished(int timeoutMs = BulkWindow::Slow);

    QTemporaryDir m_settingsDir;
    SandboxProcess m_sandbox;
    BulkWindow m_w;
};

void TestBulkActionsSandbox::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("OptimalDialTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_bulkactions"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    // No limit on the server: these tests are about the app's own pace and results.
    QVERIFY2(m_sandbox.start({QStringLiteral("--generate"), QStringLiteral("60"), QStringLiteral("--rate-limit"),
                              QStringLiteral("0"), QStringLiteral("--ping-delay-ms"), QStringLiteral("0")}),
             qPrintable(m_sandbox.errorString()));
}

void TestBulkActionsSandbox::cleanup()
{
    MessageBoxes::setNextAnswers({});
    MessageBoxes::clearShownTexts();
    m_sandbox.setFaults(R"({"drop_rate":0})");
    m_w.close();
}

bool TestBulkActionsSandbox::waitFinished(int timeoutMs)
{
    return QTest::qWaitFor([this] { return !m_w.bulk()->isRunning() && m_w.result(); }, timeoutMs);
}

void TestBulkActionsSandbox::actionsAreEverywhereOnKeysThatClashWithNoOther()
{
    QVERIFY(m_w.open(m_sandbox, WriteLimit::Max));
    BulkActions *bulk = m_w.actions();
    QVERIFY(bulk);
    for (QAction *a : bulk->actions()) {
        QVERIFY2(m_w.table()->actions().contains(a), qPrintable(a->text())); // context menu
        bool inEndpointMenu = false, inToolbar = false;
        for (QObject *o : a->associatedObjects()) {
            if (auto *menu = qobject_cast<QMenu *>(o))
                inEndpointMenu = inEndpointMenu || menu->title() == QLatin1String("E&ndpoint");
            inToolbar = inToolbar || qobject_cast<QToolBar *>(o);
        }
        QVERIFY2(inEndpointMenu && inToolbar, qPrintable(a->text()));
        QVERIFY(!a->isEnabled()); // nothing selected
    }
    QCOMPARE(bulk->addEventAction()->menu()->actions().size(), 3);
    QCOMPARE(bulk->removeEventAction()->menu()->actions().size(), 3);

    // Every key of the window's actions does one thing.
    QHash<QString, QString> owner;
    for (QAction *a : m_w.window()->findChildren<QAction *>()) {
        for (const QKeySequence &key : a->shortcuts()) {
            const QString k = key.toString(QKeySequence::PortableText);
            QVERIFY2(!owner.contains(k) || owner.value(k) == a->objectName(),
                     qPrintable(k + QLatin1String(": ") + owner.value(k) + QLatin1String(" and ") + a->text()));
            owner.insert(k, a->objectName());
        }
    }
    for (const char *key : {"Ctrl+Shift+E", "Ctrl+Shift+D", "Ctrl+Shift+A", "Ctrl+Shift+R"})
        QVERIFY2(owner.contains(QLatin1String(key)), key);
}

void TestBulkActionsSandbox::switchingOffSkipsRowsAlreadyOffAndUpdatesEachRow()
{
    QVERIFY(m_w.open(m_sandbox, WriteLimit::Max));
    const QStringList on = m_w.ids(true, 4);
    const QStringList off = m_w.ids(false, 2);
    QCOMPARE(on.size(), 4);
    QCOMPARE(off.size(), 2);
    m_w.select(on + off);
    QVERIFY(m_w.actions()->disableAction()->isEnabled());
    QSignalSpy changed(m_w.bulk(), &BulkChange::rowChanged);
    connect(m_w.bulk(), &BulkChange::rowChanged, this, [this](const WebhookEndpoint &fromServer) {
        // The table has the server's answer as soon as it comes.
        QVERIFY(!m_w.endpoint(fromServer.id).isActive);
    });
    m_w.table()->setFocus();
    QTest::keyClick(m_w.table(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(m_w.bulk()->isRunning());
    QCOMPARE(m_w.bulk()->count(BulkChange::Outcome::AlreadySo), 2); // counted before anything is sent
    QVERIFY(waitFinished());
    QCOMPARE(changed.count(), 4);
    for (const QString &id : on + off)
        QVERIFY(!m_w.endpoint(id).isActive);
    const QList<QJsonObject> patches = m_w.received("PATCH");
    QCOMPARE(patches.size(), 4); // the two already off were not written
    for (const QJsonObject &p : patches) {
        QVERIFY(on.contains(p.value(QLatin1String("path")).toString().section(QLatin1Char('/'), -1)));
        QCOMPARE(p.value(QLatin1String("body")).toString(), QStringLiteral(R"({"is_active":false})"));
        QCOMPARE(p.value(QLatin1String("status")).toInt(), 200);
    }
    BulkResultDialog *result = m_w.result();
    QVERIFY(result->isVisible());
    QCOMPARE(result->table()->rowCount(), 6);
    const QString summary = result->findChild<QLabel *>(QStringLiteral("summary"))->text();
    QVERIFY2(summary.contains(QLatin1String("4 changed")) && summary.contains(QLatin1String("2 skipped (already so)")),
             qPrintable(summary));
    QVERIFY(!result->retryButton()->isEnabled());
}

void TestBulkActionsSandbox::addingAndRemovingAnEventSendsOnlyTheEvents()
{
    QVERIFY(m_w.open(m_sandbox, WriteLimit::Max));
    // Rows that keep an event of their own when upload.created goes again.
    QStringList rows;
    for (const QString &id : m_w.ids(true, 60)) {
        if (rows.size() < 3 && (m_w.endpoint(id).events & (EventType::UploadCompleted | EventType::UploadFailed)))
            rows << id;
    }
    QCOMPARE(rows.size(), 3);
    m_w.select(rows);
    auto eventAction = [this](const char *menu, const char *event) {
        return m_w.window()->findChild<QAction *>(QLatin1String(menu) + QLatin1Char(':') + QLatin1String(event));
    };
    QAction *addCreated = eventAction("addEventMenu", "upload.created");
    QVERIFY(addCreated);
    addCreated->trigger();
    QVERIFY(waitFinished());
    for (const QString &id : rows)
        QVERIFY(m_w.endpoint(id).events.testFlag(EventType::UploadCreated));
    const int added = m_w.bulk()->count(BulkChange::Outcome::Changed);
    for (const QJsonObject &p : m_w.received("PATCH")) {
        const QJsonObject body = QJsonDocument::fromJson(p.value(QLatin1String("body")).toString().toUtf8()).object();
        QCOMPARE(body.keys(), QStringList{QStringLiteral("events")});
        QVERIFY(body.value(QLatin1String("events")).toArray().contains(QStringLiteral("upload.created")));
    }
    QCOMPARE(int(m_w.received("PATCH").size()), added);

    m_w.result()->close();
    eventAction("removeEventMenu", "upload.created")->trigger();
    QTRY_VERIFY(!m_w.result());
    QVERIFY(waitFinished());
    QCOMPARE(m_w.bulk()->count(BulkChange::Outcome::Changed), 3);
    for (const QString &id : rows)
        QVERIFY(!m_w.endpoint(id).events.testFlag(EventType::UploadCreated));
}

void TestBulkActionsSandbox::cancelStopsBeforeTheNextWrite()
{
    QVERIFY(m_w.open(m_sandbox, 60)); // one a second: time to cancel
    const QStringList rows = m_w.ids(true, 6);
    QCOMPARE(rows.size(), 6);
    m_w.select(rows);
    m_w.actions()->disableAction()->trigger();
    QTRY_VERIFY(m_w.progress() && m_w.progress()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(m_w.bulk()->writesDone() >= 2, BulkWindow::Slow);
    m_w.progress()->reject(); // Cancel, or Esc
    QVERIFY(waitFinished());
    const int changed = m_w.bulk()->count(BulkChange::Outcome::Changed);
    const int notSent = m_w.bulk()->count(BulkChange::Outcome::NotSent);
    QVERIFY2(changed >= 2 && notSent >= 1 && changed + notSent == 6,
             qPrintable(QStringLiteral("%1 changed, %2 not sent").arg(changed).arg(notSent)));
    // What was written stays written, and nothing else was sent.
    QCOMPARE(int(m_w.received("PATCH").size()), changed);
    int offInTable = 0;
    for (const QString &id : rows)
        offInTable += m_w.endpoint(id).isActive ? 0 : 1;
    QCOMPARE(offInTable, changed);
    const QString summary = m_w.result()->findChild<QLabel *>(QStringLiteral("summary"))->text();
    QVERIFY2(summary.contains(QLatin1String("not sent (cancelled)")) && summary.contains(QLatin1String("stay made")),
             qPrintable(summary));
}

void TestBulkActionsSandbox::failedRowsAreRetriedInOneClick()
{
    QVERIFY(m_w.open(m_sandbox, 30)); // one every two seconds: time to switch the fault off
    const QStringList rows = m_w.ids(true, 4);
    QCOMPARE(rows.size(), 4);
    // The second row is deleted behind the app's back: its PATCH meets a 404.
    const auto gone = await<NoContent>([&](auto done) { m_w.client()->deleteWebhook(rows.at(1), nullptr, done); });
    QVERIFY(gone.ok());
    // The first PATCH's connection is dropped unanswered.
    QVERIFY(m_sandbox.setFaults(R"({"drop_rate":1})"));
    QVERIFY(m_sandbox.clearReceivedRequests());
    m_w.select(rows);
    m_w.actions()->disableAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(m_w.bulk()->writesDone() >= 1, BulkWindow::Slow);
    QVERIFY(m_sandbox.setFaults(R"({"drop_rate":0})"));
    QVERIFY(waitFinished());
    // In table order: the first row sent is the one whose connection was dropped.
    auto rowOf = [this](const QString &id) {
        const QList<BulkChange::Row> all = m_w.bulk()->rows();
        for (int i = 0; i < all.size(); ++i) {
            if (all.at(i).before.id == id)
                return i;
        }
        return -1;
    };
    const QList<BulkChange::Row> first = m_w.bulk()->rows();
    const QString dropped = first.at(0).before.id;
    QVERIFY(dropped != rows.at(1));
    QCOMPARE(first.at(0).outcome, BulkChange::Outcome::Failed);
    QCOMPARE(first.at(rowOf(rows.at(1))).outcome, BulkChange::Outcome::Failed);
    QCOMPARE(first.at(rowOf(rows.at(1))).error.kind, ApiError::Kind::NotFound);
    QCOMPARE(m_w.bulk()->count(BulkChange::Outcome::Changed), 2);
    // The failed rows come first and say why, in the server's words where it gave some.
    QTableWidget *table = m_w.result()->table();
    QHash<QString, QString> shown;
    for (int r = 0; r < table->rowCount(); ++r)
        shown.insert(table->item(r, 0)->data(BulkResultDialog::EndpointIdRole).toString(), table->item(r, 1)->text());
    QCOMPARE(shown.size(), 4);
    QVERIFY2(shown.value(rows.at(1)).startsWith(QLatin1String("Failed: "))
                 && shown.value(rows.at(1)).contains(QLatin1String("not found")),
             qPrintable(shown.value(rows.at(1))));
    QVERIFY2(shown.value(dropped).startsWith(QLatin1String("Failed: ")), qPrintable(shown.value(dropped)));
    for (int r = 0; r < 2; ++r)
        QVERIFY(table->item(r, 1)->text().startsWith(QLatin1String("Failed: ")));
    QCOMPARE(m_w.received("PATCH").size(), 4); // the dropped one was not sent again by itself

    QPushButton *retry = m_w.result()->retryButton();
    QVERIFY(retry->isEnabled());
    QCOMPARE(retry->text(), QStringLiteral("&Retry 2 Failed"));
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY(!m_w.result());
    QVERIFY(waitFinished());
    const QList<BulkChange::Row> second = m_w.bulk()->rows();
    QCOMPARE(second.at(0).outcome, BulkChange::Outcome::Changed);
    QCOMPARE(second.at(rowOf(rows.at(1))).outcome, BulkChange::Outcome::Failed); // still gone
    QCOMPARE(m_w.bulk()->count(BulkChange::Outcome::Changed), 3);
    QVERIFY(!m_w.endpoint(dropped).isActive);
    const QList<QJsonObject> patches = m_w.received("PATCH");
    QCOMPARE(patches.size(), 6); // the two failed rows once more each, nothing else
    const QSet<QString> again{patches.at(4).value(QLatin1String("path")).toString().section(QLatin1Char('/'), -1),
                              patches.at(5).value(QLatin1String("path")).toString().section(QLatin1Char('/'), -1)};
    QCOMPARE(again, (QSet<QString>{dropped, rows.at(1)}));
}

void TestBulkActionsSandbox::closingDuringABulkChangeAsksFirst()
{
    QVERIFY(m_w.open(m_sandbox, 60));
    const QStringList rows = m_w.ids(true, 5);
    QCOMPARE(rows.size(), 5);
    m_w.select(rows);
    m_w.actions()->disableAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(m_w.bulk()->writesDone() >= 1, BulkWindow::Slow);

    MessageBoxes::setNextAnswers({QMessageBox::Cancel});
    QVERIFY(!m_w.window()->close());
    QVERIFY(m_w.window()->isVisible());
    QVERIFY(m_w.bulk()->isRunning());
    QCOMPARE(MessageBoxes::shownTexts().size(), 1);
    QVERIFY2(MessageBoxes::shownTexts().at(0).contains(QLatin1String("still to be changed")),
             qPrintable(MessageBoxes::shownTexts().at(0)));

    MessageBoxes::setNextAnswers({QMessageBox::Yes});
    QVERIFY(m_w.window()->close());
    QTRY_VERIFY_WITH_TIMEOUT(!m_w.bulk()->isRunning(), BulkWindow::Slow);
    const int changed = m_w.bulk()->count(BulkChange::Outcome::Changed);
    QVERIFY(m_w.bulk()->count(BulkChange::Outcome::NotSent) >= 1);
    QCOMPARE(changed + m_w.bulk()->count(BulkChange::Outcome::NotSent), 5);
    QCOMPARE(int(m_w.received("PATCH").size()), changed);
}

QTEST_MAIN(TestBulkActionsSandbox)
#include "tst_bulkactions_sandbox.moc"
