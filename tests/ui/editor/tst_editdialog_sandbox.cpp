// The real edit dialog against the real sandbox server: endpoints are loaded through
// ApiClient, edited by typing into the dialog, and saved. Each test checks what the
// server received, what it now holds, and what the dialog shows.
#include "apiclient.h"
#include "awaitresult.h"
#include "editdialogtesthelpers.h"
#include "editendpointdialog.h"
#include "endpointeditor.h"
#include "messageboxes.h"
#include "relativetime.h"
#include "sandboxprocess.h"
#include "writequeue.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleFactory>
#include <QtTest>
#include <functional>
#include <memory>

namespace {

QStringList sortedKeys(const QJsonObject &o)
{
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

// A well-formed key ("od_live_" + 32 URL-safe characters) that the sandbox does not know.
const QString UnknownKey = QStringLiteral("od_live_EditDialog") + QString(22, QLatin1Char('Z'));

const int Slow = 15000; // ms: generous for CI; QTRY returns as soon as the condition holds

} // namespace

class TestEditDialogSandbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void failingEndpointShowsItsStatus();
    void saveSendsOnlyChangedFieldsAndEmitsServersObject();
    void urlChangeShowsPingNoteAndSaves();
    void pingFailureKeepsEditsAndExplainsAtUrl();
    void saveDisabledWhenNothingChangedOrInvalid();
    void unknownKeyKeepsEditsAndSaysKeyRefused();
    void rateLimitedSaveWaitsAndCanBeTakenBack();
    void serverErrorKeepsEdits();
    void reactivationAnsweredNoSendsNothing();
    void reactivationAnsweredYesResetsFailures();
    void conflictOverwriteSendsOnlyMyFields();
    void movedCounterSavesWithoutAsking();
    void colleaguesChangeToAnotherFieldIsKept();
    void conflictReloadKeepsMyEditsThenSaves();
    void conflictCancelSendsNothing();
    void cancelWhileSavingKeepsEdits();
    void escapeWithEditsAsksFirst();
    void serverDownKeepsEdits(); // last: stops the sandbox

private:
    ApiClient *clientFor(const QString &key);
    WebhookEndpoint createEndpoint(const QString &tag);
    WebhookEndpoint read(const QString &id, ApiClient *client = nullptr);
    std::unique_ptr<EditEndpointDialog> open(const WebhookEndpoint &endpoint, ApiClient *client = nullptr);
    QList<QJsonObject> received(const char *method) const;
    QList<QJsonObject> patchBodies() const;

    SandboxProcess m_sandbox;
    QNetworkAccessManager m_nam;
    ApiClient *m_client = nullptr;
    int m_counter = 0;
};

void TestEditDialogSandbox::initTestCase()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(QApplication::style()->standardPalette());
    QVERIFY2(m_sandbox.start({QStringLiteral("--generate"), QStringLiteral("12"), QStringLiteral("--rate-limit"),
                              QStringLiteral("1000"), QStringLiteral("--ping-delay-ms"), QStringLiteral("50")}),
             qPrintable(m_sandbox.errorString()));
    m_client = clientFor(SandboxProcess::keyA());
}

void TestEditDialogSandbox::init()
{
    MessageBoxes::setNextAnswers({});
    MessageBoxes::clearShownTexts();
    QVERIFY(m_sandbox.setFaults(R"({"latency_ms":0,"error_rate":0,"drop_rate":0,"rate_limit":1000})"));
    QVERIFY(m_sandbox.clearReceivedRequests());
}

void TestEditDialogSandbox::cleanupTestCase() { m_sandbox.stop(); }

ApiClient *TestEditDialogSandbox::clientFor(const QString &key)
{
    auto *client = new ApiClient(&m_nam, this);
    QString error;
    if (!client->configure(m_sandbox.baseUrl(), key, &error))
        qWarning() << error;
    return client;
}

WebhookEndpoint TestEditDialogSandbox::createEndpoint(const QString &tag)
{
    WebhookDraft draft;
    draft.url = QStringLiteral("https://receiver-%1-%2.example-hooks.com/od").arg(tag).arg(++m_counter);
    draft.description = QStringLiteral("Created for %1").arg(tag);
    draft.events = EventType::UploadCompleted | EventType::UploadFailed;
    const auto r = await<CreatedWebhook>([&](auto done) { m_client->createWebhook(draft, this, done); });
    if (!r.ok())
        qWarning() << "create failed:" << r.error.message();
    m_sandbox.clearReceivedRequests();
    return r.value.webhook;
}

WebhookEndpoint TestEditDialogSandbox::read(const QString &id, ApiClient *client)
{
    ApiClient *c = client ? client : m_client;
    const auto r = await<WebhookEndpoint>([&](auto done) { c->getWebhook(id, this, done); });
    if (!r.ok())
        qWarning() << "read failed:" << r.error.message();
    return r.value;
}

std::unique_ptr<EditEndpointDialog> TestEditDialogSandbox::open(const WebhookEndpoint &endpoint, ApiClient *client)
{
    auto dialog = std::make_unique<EditEndpointDialog>(new EndpointEditor(client ? client : m_client, endpoint), nullptr);
    dialog->show();
    dialog->activateWindow(); // focus and window shortcuts need the active window (Xvfb without a WM)
    if (!QTest::qWaitForWindowActive(dialog.get()))
        qWarning("dialog not active");
    return dialog;
}

QList<QJsonObject> TestEditDialogSandbox::received(const char *method) const
{
    QList<QJsonObject> out;
    const QJsonArray all = QJsonDocument::fromJson(m_sandbox.receivedRequests()).array();
    for (const QJsonValue &v : all) {
        if (v.toObject().value(QLatin1String("method")).toString() == QLatin1String(method))
            out.append(v.toObject());
    }
    return out;
}

QList<QJsonObject> TestEditDialogSandbox::patchBodies() const
{
    QList<QJsonObject> out;
    for (const QJsonObject &r : received("PATCH"))
        out.append(QJsonDocument::fromJson(r.value(QLatin1String("body")).toString().toUtf8()).object());
    return out;
}

void TestEditDialogSandbox::failingEndpointShowsItsStatus()
{
    const auto list = await<QList<WebhookEndpoint>>([&](auto done) { m_client->listWebhooks(this, done); });
    QVERIFY2(list.ok(), qPrintable(list.error.message()));
    WebhookEndpoint failing;
    for (const WebhookEndpoint &e : list.value) {
        if (e.state() == WebhookEndpoint::State::Failing) {
            failing = e;
            break;
        }
    }
    QVERIFY2(!failing.id.isEmpty(), "the generated endpoints include a failing one");
    auto dialog = open(failing);
    EditDialogParts ui(dialog.get());
    const QString expected = QStringLiteral("Failing %1/20").arg(failing.consecutiveFailures);
    QVERIFY2(ui.status()->text().contains(expected), qPrintable(ui.status()->text()));
    QCOMPARE(ui.id()->text(), failing.id);
    QCOMPARE(ui.url()->text(), failing.url);
    QVERIFY(!ui.saveButton()->isEnabled());
    takeShot(dialog.get(), QStringLiteral("sandbox-failing-endpoint"));
}

void TestEditDialogSandbox::saveSendsOnlyChangedFieldsAndEmitsServersObject()
{
    const WebhookEndpoint original = createEndpoint(QStringLiteral("save"));
    QVERIFY(!original.id.isEmpty());
    auto dialog = open(original);
    EditDialogParts ui(dialog.get());
    QSignalSpy saved(dialog.get(), &EditEndpointDialog::saved);

    ui.typeDescription(QStringLiteral("Typed in the dialog"));
    ui.event("upload.failed")->click();
    QVERIFY(ui.saveButton()->isEnabled());
    ui.url()->setFocus();
    QTest::keyClick(ui.url(), Qt::Key_Return); // Enter saves
    QVERIFY(saved.wait(Slow));
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(dialog->result(), int(QDialog::Accepted));

    // (1) The server's state really changed.
    const WebhookEndpoint now = read(original.id);
    QCOMPARE(now.description, QStringLiteral("Typed in the dialog"));
    QCOMPARE(now.events, EventTypes(EventType::UploadCompleted));
    QCOMPARE(now.url, original.url);
    QCOMPARE(now.isActive, original.isActive);

    // (2) The PATCH carried only the changed fields.
    const QList<QJsonObject> bodies = patchBodies();
    QCOMPARE(bodies.size(), 1);
    QCOMPARE(sortedKeys(bodies.at(0)), (QStringList{QStringLiteral("description"), QStringLiteral("events")}));
    QCOMPARE(bodies.at(0).value(QLatin1String("events")).toArray(), (QJsonArray{QStringLiteral("upload.completed")}));
    // The dialog re-read the endpoint before writing.
    QCOMPARE(received("GET").size(), 2); // its check, then this test's read

    // (3) saved() carries the server's object (with the server's own updated_at).
    const auto fromServer = saved.at(0).at(0).value<WebhookEndpoint>();
    QCOMPARE(fromServer.id, original.id);
    QCOMPARE(fromServer.description, now.description);
    QCOMPARE(fromServer.events, now.events);
    QCOMPARE(fromServer.updatedAt, now.updatedAt);
    QVERIFY(fromServer.updatedAt >= original.updatedAt);
    QCOMPARE(fromServer.createdAt, original.createdAt);
}

void TestEditDialogSandbox::urlChangeShowsPingNoteAndSaves()
{
    const WebhookEndpoint original = createEndpoint(QStringLiteral("url"));
    auto dialog = open(original);
    EditDialogParts ui(dialog.get());
    QSignalSpy saved(dialog.get(), &EditEndpointDialog::saved);
    const QString newUrl = QStringLiteral("https://moved-%1.example-hooks.com/v2").arg(m_counter);
    ui.typeUrl(newUrl);
    QVERIFY(ui.urlNote()->isVisible());
    QVERIFY(ui.urlNote()->text().contains(EditEndpointDialog::pingNote()));
    ui.saveButton()->click();
    QVERIFY(ui.progress()->isVisible());
    QVERIFY(ui.progressText()->text().contains(EditEndpointDialog::pingNote()));
    QVERIFY(saved.wait(Slow));
    QCOMPARE(saved.at(0).at(0).value<WebhookEndpoint>().url, newUrl);
    QCOMPARE(read(original.id).url, newUrl);
    const QList<QJsonObject> bodies = patchBodies();
    QCOMPARE(bodies.size(), 1);
    QCOMPARE(sortedKeys(bodies.at(0)), QStringList{QStringLiteral("url")});
}

void TestEditDialogSandbox::pingFailureKeepsEditsAndExplainsAtUrl()
{
    const WebhookEndpoint original = createEndpoint(QStringLiteral("ping"));
    auto dialog = open(original);
    EditDialogParts ui(dialog.get());
    ui.typeUrl(QStringLiteral("https://down.invalid/x"));
    ui.typeDescription(QStringLiteral("should not be saved"));
    ui.event("upload.created")->click();
    ui.saveButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(ui.errorFrame()->isVisible(), Slow);

    QVERIFY2(ui.urlMessage()->isVisible(), qPrintable(ui.errorText()->text()));
    const QString atUrl = ui.urlMessage()->text();
    QVERIFY2(atUrl.contains(QLatin1String("Ping to https://down.invalid/x failed")), qPrintable(atUrl)); // the server's
    // The failed ping said once in each place: the title what happened, beside the URL
    // why; the text only what is kept, and the note about pings gives way.
    QCOMPARE(ui.errorTitle()->text(), QStringLiteral("The new URL failed the test ping; nothing was saved"));
    QCOMPARE(ui.errorText()->text(), QStringLiteral("Your edits are still here."));
    QVERIFY(!ui.urlNote()->isVisible());
    QCOMPARE(atUrl.count(QLatin1String("ping"), Qt::CaseInsensitive), 1);
    QVERIFY(ui.url()->hasFocus());
    // Every edit is still in the form, and the dialog is open.
    QVERIFY(dialog->isVisible());
    QCOMPARE(ui.url()->text(), QStringLiteral("https://down.invalid/x"));
    QCOMPARE(ui.description()->toPlainText(), QStringLiteral("should not be saved"));
    QVERIFY(ui.event("upload.created")->isChecked());
    QVERIFY(ui.saveButton()->isEnabled());
    takeShot(dialog.get(), QStringLiteral("sandbox-ping-failure"));
    // Nothing was saved.
    const WebhookEndpoint now = read(original.id);
    QCOMPARE(now.url, original.url);
    QCOMPARE(now.description, original.description);
    QCOMPARE(now.events, original.events);
}

void TestEditDialogSandbox::saveDisabledWhenNothingChangedOrInvalid()
{
    const WebhookEndpoint original = createEndpoint(QStringLiteral("invalid"));
    auto dialog = open(original);
    EditDialogParts ui(dialog.get());
    QVERIFY(!ui.saveButton()->isEnabled());
    QTest::keyClick(ui.url(), Qt::Key_Return);

    ui.typeUrl(QStringLiteral("http://plain.example.com/x"));
    QVERIFY(!ui.saveButton()->isEnabled());
    QVERIFY(ui.urlMessage()->isVisible());
    QTest::keyClick(ui.url(), Qt::Key_Return);
    ui.typeUrl(original.url);

    ui.event("upload.completed")->click();
    ui.event("upload.failed")->click();
    QVERIFY(ui.eventsMessage()->isVisible());
    QVERIFY(!ui.saveButton()->isEnabled());
    ui.event("upload.failed")->click();

    ui.description()->setPlainText(QString(501, QLatin1Char('x')));
    QVERIFY(!ui.saveButton()->isEnabled());
    QTest::keyClick(dialog.get(), Qt::Key_S, Qt::ControlModifier);

    QTest::qWait(100);
    QVERIFY(received("GET").isEmpty());
    QVERIFY(received("PATCH").isEmpty());
}

void TestEditDialogSandbox::unknownKeyKeepsEditsAndSaysKeyRefused()
{
    const WebhookEndpoint original = createEndpoint(QStringLiteral("key"));
    ApiClient *stranger = clientFor(UnknownKey);
    auto dialog = open(original, stranger);
    EditDialogParts ui(dialog.get());
    ui.typeDescription(QStringLiteral("kept despite 401"));
    ui.active()->click();
    ui.saveButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(ui.errorFrame()->isVisible(), Slow);
    const QString text = ui.errorText()->text();
    QCOMPARE(ui.errorTitle()->text(), QStringLiteral("The API key was not accepted"));
    QVERIFY2(text.startsWith(QLatin1String("Replace the key in the profile.")), qPrintable(text));
    QCOMPARE(text.count(QLatin1String("Invalid API key")), 1); // the server's words, once, say why
    QVERIFY2(!text.contains(QLatin1String("not accepted")), qPrintable(text));
    takeShot(dialog.get(), QStringLiteral("sandbox-key-refused"));
    QCOMPARE(ui.description()->toPlainText(), QStringLiteral("kept despite 401"));
    QVERIFY(!ui.active()->isChecked());
    QVERIFY(dialog->isVisible());
    QVERIFY(received("PATCH").isEmpty());
}

void TestEditDialogSandbox::rateLimitedSaveWaitsAndCanBeTakenBack()
{
    // Organization B's key has written nothing in this run: its window is empty.
    ApiClient *b = clientFor(SandboxProcess::keyB());
    const auto list = await<QList<WebhookEndpoint>>([&](auto done) { b->listWebhooks(this, done); });
    QVERIFY2(list.ok() && !list.value.isEmpty(), qPrintable(list.error.message()));
    const WebhookEndpoint target = list.value.first();
    QVERIFY(m_sandbox.setFaults(R"({"rate_limit":1})"));

    WebhookEndpoint afterFirst;
    {
        auto first = open(target, b);
        EditDialogParts ui(first.get());
        QSignalSpy saved(first.get(), &EditEndpointDialog::saved);
        ui.typeDescription(QStringLiteral("first save"));
        ui.saveButton()->click();
        QVERIFY2(saved.wait(Slow), qPrintable(ui.errorText()->text()));
        afterFirst = saved.at(0).at(0).value<WebhookEndpoint>();
    }
    auto second = open(afterFirst, b);
    EditDialogParts ui(second.get());
    ui.typeDescription(QStringLiteral("second save"));
    ui.saveButton()->click();
    // The server refuses it (429): the write queue waits the Retry-After before it sends
    // that PATCH again, and the dialog keeps saving meanwhile.
    WriteQueue *queue = WriteQueue::of(b);
    QTRY_VERIFY_WITH_TIMEOUT(queue->isWaitingForServer(), Slow);
    QVERIFY(queue->waitSecondsLeft() >= 1 && queue->waitSecondsLeft() <= 60);
    QVERIFY(ui.progress()->isVisible());
    // The dialog counts the server's wait down; Save waits, Cancel stays at hand.
    const QRegularExpression waiting(QStringLiteral("^Waiting (\\d+) s: the server asked us to slow down$"));
    auto *wait = second->findChild<QLabel *>(QStringLiteral("writeWaitLabel"));
    QVERIFY(wait);
    QTRY_VERIFY(wait->isVisible());
    const int first = waiting.match(wait->text()).captured(1).toInt();
    QVERIFY2(first >= 1 && first <= 60, qPrintable(wait->text()));
    QCOMPARE(ui.progressText()->text(), QStringLiteral("Saving\u2026")); // nothing else is under way
    QVERIFY(!ui.saveButton()->isEnabled());
    QVERIFY(ui.closeButton()->isEnabled());
    takeShot(second.get(), QStringLiteral("sandbox-rate-limited-wait"));
    QTRY_VERIFY_WITH_TIMEOUT(waiting.match(wait->text()).captured(1).toInt() < first, 5000);
    // Cancel takes the waiting PATCH back: it is not sent again, the edits stay.
    ui.closeButton()->click();
    QVERIFY(!wait->isVisible());
    QVERIFY(!ui.progress()->isVisible());
    QVERIFY(ui.errorTitle()->text().contains(QLatin1String("cancelled")));
    QCOMPARE(ui.errorText()->text(), QStringLiteral("Your edits are still here. Nothing was changed on the server."));
    QCOMPARE(ui.description()->toPlainText(), QStringLiteral("second save"));
    QVERIFY(second->isVisible());
    QVERIFY(ui.saveButton()->isEnabled());
    QCOMPARE(queue->pendingCount(), 0);
    const QList<QJsonObject> patches = received("PATCH");
    QCOMPARE(patches.size(), 2);
    QCOMPARE(patches.at(1).value(QLatin1String("status")).toInt(), 429);
    QCOMPARE(read(target.id, b).description, QStringLiteral("first save"));
}

void TestEditDialogSandbox::serverErrorKeepsEdits()
{
    const WebhookEndpoint original = createEndpoint(QStringLiteral("5xx"));
    auto dialog = open(original);
    EditDialogParts ui(dialog.get());
    ui.typeDescription(QStringLiteral("kept despite 5xx"));
    QVERIFY(m_sandbox.setFaults(R"({"error_rate":1.0})"));
    ui.saveButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(ui.errorFrame()->isVisible(), Slow);
    QVERIFY(m_sandbox.setFaults(R"({"error_rate":0})"));
    const QString text = ui.errorText()->text();
    QCOMPARE(ui.errorTitle()->text(), QStringLiteral("The server had a problem"));
    QVERIFY2(!text.contains(QLatin1String("server had")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("HTTP 50")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Press Save to try again")), qPrintable(text));
    QCOMPARE(text.count(QLatin1String("try again"), Qt::CaseInsensitive), 1);
    QCOMPARE(ui.description()->toPlainText(), QStringLiteral("kept despite 5xx"));
    takeShot(dialog.get(), QStringLiteral("sandbox-server-error"));

    // Retry by pressing Save again, now that the server is well.
    QSignalSpy saved(dialog.get(), &EditEndpointDialog::saved);
    ui.saveButton()->click();
    QVERIFY(saved.wait(Slow));
    QCOMPARE(read(original.id).description, QStringLiteral("kept despite 5xx"));
}

void TestEditDialogSandbox::reactivationAnsweredNoSendsNothing()
{
    const WebhookEndpoint created = createEndpoint(QStringLiteral("reactivate-no"));
    QVERIFY(m_sandbox.overwriteEndpoint(
        created.id, R"({"is_active":false,"consecutive_failures":20,"disabled_at":"2026-11-20T08:00:00Z"})"));
    const WebhookEndpoint disabled = read(created.id);
    QVERIFY(disabled.isAutoDisabled());
    QVERIFY(m_sandbox.clearReceivedRequests());

    auto dialog = open(disabled);
    EditDialogParts ui(dialog.get());
    QVERIFY(ui.status()->text().contains(QLatin1String("Disabled by the server on")));
    ui.typeDescription(QStringLiteral("with reactivation"));
    ui.active()->click();
    MessageBoxes::setNextAnswers({QMessageBox::No});
    ui.saveButton()->click();
    QCOMPARE(MessageBoxes::shownTexts().size(), 1);
    const QString question = MessageBoxes::shownTexts().at(0);
    // When, by the app's one rule for exact times: local time, the locale's date and time.
    const QDateTime when = QDateTime(QDate(2026, 11, 20), QTime(8, 0), Qt::UTC).toLocalTime();
    QVERIFY2(question.contains(RelativeTime::exactText(when)), qPrintable(question));
    QVERIFY2(question.contains(QLocale().toString(when.date(), QLocale::ShortFormat)), qPrintable(question));
    QVERIFY2(question.contains(QLocale().toString(when.time(), QLocale::ShortFormat)), qPrintable(question));
    QVERIFY(question.contains(QLatin1String("20 consecutive failed deliveries")));
    QVERIFY(question.contains(QLatin1String("resets the failure counter")));
    QTest::qWait(100);
    QVERIFY(received("GET").isEmpty());
    QVERIFY(received("PATCH").isEmpty());
    QVERIFY(dialog->isVisible());
    QVERIFY(ui.active()->isChecked());
    QCOMPARE(ui.description()->toPlainText(), QStringLiteral("with reactivation"));
}

void TestEditDialogSandbox::reactivationAnsweredYesResetsFailures()
{
    const WebhookEndpoint created = createEndpoint(QStringLiteral("reactivate-yes"));
    QVERIFY(m_sandbox.overwriteEndpoint(
        created.id, R"({"is_active":false,"consecutive_failures":20,"disabled_at":"2026-11-20T08:00:00Z"})"));
    const WebhookEndpoint disabled = read(created.id);
    QVERIFY(m_sandbox.clearReceivedRequests());

    auto dialog = open(disabled);
    EditDialogParts ui(dialog.get());
    QSignalSpy saved(dialog.get(), &EditEndpointDialog::saved);
    ui.active()->click();
    MessageBoxes::setNextAnswers({QMessageBox::Yes});
    ui.saveButton()->click();
    QVERIFY(saved.wait(Slow));
    const QList<QJsonObject> bodies = patchBodies();
    QCOMPARE(bodies.size(), 1);
    QCOMPARE(bodies.at(0), (QJsonObject{{QStringLiteral("is_active"), true}}));
    const auto fromServer = saved.at(0).at(0).value<WebhookEndpoint>();
    QVERIFY(fromServer.isActive);
    QCOMPARE(fromServer.consecutiveFailures, 0);
    QVERIFY(!fromServer.disabledAt.isValid());
}

void TestEditDialogSandbox::conflictOverwriteSendsOnlyMyFields()
{
    const WebhookEndpoint original = createEndpoint(QStringLiteral("conflict-overwrite"));
    auto dialog = open(original);
    EditDialogParts ui(dialog.get());
    QSignalSpy saved(dialog.get(), &EditEndpointDialog::saved);

    // Someone else changes the events and the description meanwhile, through another client.
    ApiClient *colleague = clientFor(SandboxProcess::keyA());
    WebhookPatch theirs;
    theirs.description = QStringLiteral("changed by a colleague");
    theirs.events = EventTypes(EventType::UploadCreated);
    const auto r = await<WebhookEndpoint>([&](auto done) { colleague->updateWebhook(original.id, theirs, this, done); });
    QVERIFY2(r.ok(), qPrintable(r.error.message()));
    QVERIFY(m_sandbox.clearReceivedRequests());

    ui.event("upload.failed")->click(); // the user changes the events too
    MessageBoxes::setNextAnswers({QMessageBox::Yes}); // Overwrite
    ui.saveButton()->click();
    QVERIFY(saved.wait(Slow));
    QCOMPARE(MessageBoxes::shownTexts().size(), 1);
    QVERIFY(MessageBoxes::shownTexts().at(0).contains(
        QLatin1String("This endpoint was changed on the server since you opened it (by someone else or by failures)")));
    const QList<QJsonObject> bodies = patchBodies();
    QCOMPARE(bodies.size(), 1);
    QCOMPARE(sortedKeys(bodies.at(0)), QStringList{QStringLiteral("events")});
    const WebhookEndpoint now = read(original.id);
    QCOMPARE(now.description, QStringLiteral("changed by a colleague")); // not clobbered
    QCOMPARE(now.events, EventTypes(EventType::UploadCompleted));
}

void TestEditDialogSandbox::movedCounterSavesWithoutAsking()
{
    // Deliveries failed while the dialog was open: the counter and the failure time
    // moved, nothing the user edits. No question; the save goes through and carries the
    // server's fresh count.
    const WebhookEndpoint original = createEndpoint(QStringLiteral("moved-counter"));
    auto dialog = open(original);
    EditDialogParts ui(dialog.get());
    QSignalSpy saved(dialog.get(), &EditEndpointDialog::saved);
    QSignalSpy learnt(dialog->editor(), &EndpointEditor::serverStateLearnt);
    QVERIFY(m_sandbox.overwriteEndpoint(original.id,
                                        R"({"consecutive_failures":5,"last_failure_at":"2026-11-27T10:00:00Z"})"));
    QVERIFY(m_sandbox.clearReceivedRequests());
    ui.typeDescription(QStringLiteral("mine"));
    ui.saveButton()->click();
    QVERIFY(saved.wait(Slow));
    QVERIFY(MessageBoxes::shownTexts().isEmpty());
    QCOMPARE(patchBodies(), (QList<QJsonObject>{{{QStringLiteral("description"), QStringLiteral("mine")}}}));
    const auto fromServer = saved.at(0).at(0).value<WebhookEndpoint>();
    QCOMPARE(fromServer.consecutiveFailures, 5);
    QCOMPARE(fromServer.description, QStringLiteral("mine"));
    // The check's fresh state, then the save's answer: for the table's row.
    QCOMPARE(learnt.count(), 2);
    QCOMPARE(learnt.at(0).at(0).value<WebhookEndpoint>().consecutiveFailures, 5);
    QCOMPARE(learnt.at(1).at(0).value<WebhookEndpoint>(), fromServer);
}

void TestEditDialogSandbox::colleaguesChangeToAnotherFieldIsKept()
{
    // A colleague rewrote the description while the user changed the events: no
    // question, the PATCH carries the events only, and the colleague's words survive.
    const WebhookEndpoint original = createEndpoint(QStringLiteral("other-field"));
    auto dialog = open(original);
    EditDialogParts ui(dialog.get());
    QSignalSpy saved(dialog.get(), &EditEndpointDialog::saved);
    ApiClient *colleague = clientFor(SandboxProcess::keyA());
    WebhookPatch theirs;
    theirs.description = QStringLiteral("changed by a colleague");
    QVERIFY(await<WebhookEndpoint>([&](auto done) { colleague->updateWebhook(original.id, theirs, this, done); }).ok());
    QVERIFY(m_sandbox.clearReceivedRequests());

    ui.event("upload.created")->click();
    ui.saveButton()->click();
    // The form takes their description from the check on.
    QTRY_COMPARE_WITH_TIMEOUT(ui.description()->toPlainText(), QStringLiteral("changed by a colleague"), Slow);
    QVERIFY(saved.wait(Slow));
    QVERIFY(MessageBoxes::shownTexts().isEmpty());
    const QList<QJsonObject> bodies = patchBodies();
    QCOMPARE(bodies.size(), 1);
    QCOMPARE(sortedKeys(bodies.at(0)), QStringList{QStringLiteral("events")});
    QCOMPARE(saved.at(0).at(0).value<WebhookEndpoint>().description, QStringLiteral("changed by a colleague"));
    const WebhookEndpoint now = read(original.id);
    QCOMPARE(now.description, QStringLiteral("changed by a colleague"));
    QCOMPARE(now.events, EventTypes(EventType::UploadCreated) | EventType::UploadCompleted | EventType::UploadFailed);
}

void TestEditDialogSandbox::conflictReloadKeepsMyEditsThenSaves()
{
    const WebhookEndpoint original = createEndpoint(QStringLiteral("conflict-reload"));
    auto dialog = open(original);
    EditDialogParts ui(dialog.get());
    // A colleague switches the endpoint off and changes its events meanwhile.
    ApiClient *colleague = clientFor(SandboxProcess::keyA());
    WebhookPatch theirs;
    theirs.isActive = false;
    theirs.events = EventTypes(EventType::UploadCreated);
    QVERIFY(await<WebhookEndpoint>([&](auto done) { colleague->updateWebhook(original.id, theirs, this, done); }).ok());
    QVERIFY(m_sandbox.clearReceivedRequests());

    ui.typeDescription(QStringLiteral("my description"));
    MessageBoxes::setNextAnswers({QMessageBox::No}); // Reload (keep my edits)
    ui.saveButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!MessageBoxes::shownTexts().isEmpty(), Slow);
    QVERIFY2(MessageBoxes::shownTexts().at(0).contains(QStringLiteral("\u2022 Switched off")),
             qPrintable(MessageBoxes::shownTexts().at(0)));
    QTRY_VERIFY(ui.errorFrame()->isVisible());
    QVERIFY(received("PATCH").isEmpty());
    // The form shows the server's state and still my description.
    QVERIFY(!ui.active()->isChecked());
    QVERIFY(ui.event("upload.created")->isChecked());
    QVERIFY(!ui.event("upload.completed")->isChecked());
    QVERIFY(!ui.event("upload.failed")->isChecked());
    QCOMPARE(ui.description()->toPlainText(), QStringLiteral("my description"));
    QVERIFY(ui.saveButton()->isEnabled());

    // Saving now goes through: no conflict left.
    QSignalSpy saved(dialog.get(), &EditEndpointDialog::saved);
    ui.saveButton()->click();
    QVERIFY(saved.wait(Slow));
    QCOMPARE(MessageBoxes::shownTexts().size(), 1);
    const QList<QJsonObject> bodies = patchBodies();
    QCOMPARE(bodies.size(), 1);
    QCOMPARE(sortedKeys(bodies.at(0)), QStringList{QStringLiteral("description")});
    const WebhookEndpoint now = read(original.id);
    QCOMPARE(now.description, QStringLiteral("my description"));
    QCOMPARE(now.events, EventTypes(EventType::UploadCreated));
    QVERIFY(!now.isActive);
}

void TestEditDialogSandbox::conflictCancelSendsNothing()
{
    const WebhookEndpoint original = createEndpoint(QStringLiteral("conflict-cancel"));
    auto dialog = open(original);
    EditDialogParts ui(dialog.get());
    // Someone moved the URL that the user is changing too.
    const QString theirUrl = QStringLiteral("https://theirs-%1.example-hooks.com/x").arg(m_counter);
    const QJsonObject moved{{QStringLiteral("url"), theirUrl}};
    QVERIFY(m_sandbox.overwriteEndpoint(original.id, QJsonDocument(moved).toJson(QJsonDocument::Compact)));
    QVERIFY(m_sandbox.clearReceivedRequests());
    ui.typeUrl(QStringLiteral("https://mine-%1.example-hooks.com/x").arg(m_counter));
    MessageBoxes::setNextAnswers({QMessageBox::Cancel});
    ui.saveButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!MessageBoxes::shownTexts().isEmpty(), Slow);
    QTRY_VERIFY(ui.errorFrame()->isVisible());
    QVERIFY(received("PATCH").isEmpty());
    QCOMPARE(ui.url()->text(), QStringLiteral("https://mine-%1.example-hooks.com/x").arg(m_counter));
    QVERIFY(dialog->isVisible());
    QCOMPARE(read(original.id).url, theirUrl);
}

void TestEditDialogSandbox::cancelWhileSavingKeepsEdits()
{
    const WebhookEndpoint original = createEndpoint(QStringLiteral("cancel"));
    auto dialog = open(original);
    EditDialogParts ui(dialog.get());
    const QString newUrl = QStringLiteral("https://slow-%1.example-hooks.com/x").arg(m_counter);
    ui.typeUrl(newUrl);
    ui.typeDescription(QStringLiteral("cancelled edit"));
    QVERIFY(m_sandbox.setFaults(R"({"latency_ms":3000})"));
    ui.saveButton()->click();
    QVERIFY(ui.progress()->isVisible());
    QVERIFY(!ui.form()->isEnabled());
    QVERIFY(ui.progressText()->text().contains(EditEndpointDialog::pingNote()));
    QVERIFY(!ui.urlNote()->isVisible()); // said once, by the progress
    takeShot(dialog.get(), QStringLiteral("sandbox-saving"));
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : dialog.get(), Qt::Key_Escape);
    QVERIFY(!ui.progress()->isVisible());
    QVERIFY(ui.form()->isEnabled());
    QVERIFY(dialog->isVisible());
    QCOMPARE(ui.url()->text(), newUrl);
    QCOMPARE(ui.description()->toPlainText(), QStringLiteral("cancelled edit"));
    QVERIFY(ui.errorTitle()->text().contains(QLatin1String("cancelled")));
    QVERIFY(ui.saveButton()->isEnabled());
    QVERIFY(m_sandbox.setFaults(R"({"latency_ms":0})"));
    QVERIFY(received("PATCH").isEmpty()); // cancelled while checking: no write was sent
    QCOMPARE(read(original.id).url, original.url);
}

void TestEditDialogSandbox::escapeWithEditsAsksFirst()
{
    const WebhookEndpoint original = createEndpoint(QStringLiteral("escape"));
    auto dialog = open(original);
    EditDialogParts ui(dialog.get());
    ui.typeDescription(QStringLiteral("unsaved"));
    MessageBoxes::setNextAnswers({QMessageBox::Cancel, QMessageBox::Discard});
    QTest::keyClick(ui.description(), Qt::Key_Escape);
    QVERIFY(dialog->isVisible());
    QTest::keyClick(ui.description(), Qt::Key_Escape);
    QVERIFY(!dialog->isVisible());
    QCOMPARE(MessageBoxes::shownTexts().size(), 2);
    QVERIFY(received("PATCH").isEmpty());
}

void TestEditDialogSandbox::serverDownKeepsEdits()
{
    const WebhookEndpoint original = createEndpoint(QStringLiteral("down"));
    auto dialog = open(original);
    EditDialogParts ui(dialog.get());
    ui.typeDescription(QStringLiteral("kept while the server is down"));
    ui.event("upload.created")->click();
    m_sandbox.stop();
    ui.saveButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(ui.errorFrame()->isVisible(), Slow);
    const QString text = ui.errorText()->text();
    QCOMPARE(ui.errorTitle()->text(), QStringLiteral("Cannot reach the server"));
    QVERIFY2(text.startsWith(QLatin1String("Check the network connection and the base URL.")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Press Save to try again")), qPrintable(text));
    QCOMPARE(ui.description()->toPlainText(), QStringLiteral("kept while the server is down"));
    QVERIFY(ui.event("upload.created")->isChecked());
    QVERIFY(dialog->isVisible());
    QVERIFY(ui.saveButton()->isEnabled());
    takeShot(dialog.get(), QStringLiteral("sandbox-server-down"));
}

QTEST_MAIN(TestEditDialogSandbox)
#include "tst_editdialog_sandbox.moc"
