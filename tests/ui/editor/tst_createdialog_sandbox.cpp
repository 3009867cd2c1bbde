// The edit form in create mode against the real sandbox: the API's default events with
// the upload.created hint, the ping note before sending, a created endpoint with its
// one-time secret, a failed ping explained at the URL with the form kept, and cancel
// while the server pings. Each test checks the POSTs the sandbox received: never two.
#include "apiclient.h"
#include "editdialogtesthelpers.h"
#include "editendpointdialog.h"
#include "endpointeditor.h"
#include "messageboxes.h"
#include "sandboxprocess.h"

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
#include <memory>

namespace {
const int Slow = 15000; // ms: generous for CI; QTRY returns as soon as the condition holds
} // namespace

class TestCreateDialogSandbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void startsWithTheApiDefaultsAndSaysThePingFirst();
    void createSendsOnePostAndHandsOverTheSecret();
    void failedPingKeepsTheFormAndExplainsItAtTheUrl();
    void cancelWhilePingingKeepsTheFormAndSendsNothingMore();
    void escapeWithEntriesAsksBeforeDiscarding();
    void rateLimitedCreateCountsDownAndCanBeTakenBack(); // last: leaves the queue waiting

private:
    std::unique_ptr<EditEndpointDialog> openCreate();
    QList<QJsonObject> received(const char *method) const;

    SandboxProcess m_sandbox;
    QNetworkAccessManager m_nam;
    ApiClient *m_client = nullptr;
};

void TestCreateDialogSandbox::initTestCase()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(QApplication::style()->standardPalette());
    QVERIFY2(m_sandbox.start({QStringLiteral("--rate-limit"), QStringLiteral("1000"), QStringLiteral("--ping-delay-ms"),
                              QStringLiteral("50")}),
             qPrintable(m_sandbox.errorString()));
    m_client = new ApiClient(&m_nam, this);
    QVERIFY(m_client->configure(m_sandbox.baseUrl(), SandboxProcess::keyA()));
}

void TestCreateDialogSandbox::init()
{
    MessageBoxes::setNextAnswers({});
    MessageBoxes::clearShownTexts();
    QVERIFY(m_sandbox.setFaults(R"({"latency_ms":0,"ping_delay_ms":50,"rate_limit":1000})"));
    QVERIFY(m_sandbox.clearReceivedRequests());
}

void TestCreateDialogSandbox::cleanupTestCase() { m_sandbox.stop(); }

std::unique_ptr<EditEndpointDialog> TestCreateDialogSandbox::openCreate()
{
    auto dialog = std::make_unique<EditEndpointDialog>(EndpointEditor::forNewEndpoint(m_client), nullptr);
    dialog->show();
    dialog->activateWindow();
    if (!QTest::qWaitForWindowActive(dialog.get()))
        qWarning("dialog not active");
    return dialog;
}

QList<QJsonObject> TestCreateDialogSandbox::received(const char *method) const
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

void TestCreateDialogSandbox::startsWithTheApiDefaultsAndSaysThePingFirst()
{
    auto dialog = openCreate();
    EditDialogParts ui(dialog.get());
    QCOMPARE(dialog->windowTitle(), QStringLiteral("New Webhook Endpoint"));
    QVERIFY(ui.event("upload.completed")->isChecked());
    QVERIFY(ui.event("upload.failed")->isChecked());
    QVERIFY(!ui.event("upload.created")->isChecked());
    auto *hint = dialog->findChild<QLabel *>(QStringLiteral("eventsHint"));
    QVERIFY(hint && hint->isVisible());
    QVERIFY(hint->text().contains(QLatin1String("upload.created")));
    // Nothing of the server's yet, and no switch the create call does not take.
    QVERIFY(!ui.find<QWidget>("detailsBox")->isVisible());
    QVERIFY(!ui.active()->isVisible());
    // Before anything is sent the form says that the server pings the URL first.
    QVERIFY(ui.urlNote()->isVisible());
    QVERIFY(ui.urlNote()->text().contains(QLatin1String("ping")));
    QVERIFY(ui.urlNote()->text().contains(QLatin1String("5 seconds")));
    // An empty new form is not an error yet, but it cannot be sent.
    QVERIFY(!ui.urlMessage()->isVisible());
    QCOMPARE(ui.saveButton()->text(), QStringLiteral("C&reate"));
    QVERIFY(!ui.saveButton()->isEnabled());

    ui.typeUrl(QStringLiteral("http://plain.example.com/hook"));
    QVERIFY(ui.urlMessage()->isVisible());
    QVERIFY(ui.urlMessage()->text().contains(QLatin1String("https://")));
    QVERIFY(!ui.saveButton()->isEnabled());
    ui.typeUrl(QStringLiteral("https://receiver.example.com/hook"));
    QVERIFY(!ui.urlMessage()->isVisible());
    QVERIFY(ui.saveButton()->isEnabled());
    // No event at all is refused before sending.
    ui.event("upload.completed")->click();
    ui.event("upload.failed")->click();
    QVERIFY(ui.eventsMessage()->isVisible());
    QVERIFY(!ui.saveButton()->isEnabled());
    ui.event("upload.created")->click();
    QVERIFY(ui.saveButton()->isEnabled());
    takeShot(dialog.get(), QStringLiteral("create-dialog"));
    QVERIFY(received("POST").isEmpty());
}

void TestCreateDialogSandbox::createSendsOnePostAndHandsOverTheSecret()
{
    auto dialog = openCreate();
    EditDialogParts ui(dialog.get());
    QSignalSpy created(dialog.get(), &EditEndpointDialog::created);
    ui.typeUrl(QStringLiteral("https://new-receiver.example-hooks.com/od"));
    ui.typeDescription(QStringLiteral("Billing receiver"));
    ui.event("upload.created")->click();
    QTest::keyClick(dialog.get(), Qt::Key_S, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, Slow);
    const CreatedWebhook c = created.at(0).at(0).value<CreatedWebhook>();
    QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(c.secret).hasMatch(), "secret is 64 hex");
    QCOMPARE(c.webhook.url, QStringLiteral("https://new-receiver.example-hooks.com/od"));
    QCOMPARE(c.webhook.description, QStringLiteral("Billing receiver"));
    QCOMPARE(c.webhook.events, EventType::UploadCreated | EventType::UploadCompleted | EventType::UploadFailed);
    QVERIFY(!dialog->isVisible());
    QCOMPARE(dialog->result(), int(QDialog::Accepted));

    const QList<QJsonObject> posts = received("POST");
    QCOMPARE(posts.size(), 1);
    const QJsonObject body
        = QJsonDocument::fromJson(posts.at(0).value(QLatin1String("body")).toString().toUtf8()).object();
    QCOMPARE(body.value(QLatin1String("url")).toString(), QStringLiteral("https://new-receiver.example-hooks.com/od"));
    QCOMPARE(body.value(QLatin1String("events")).toArray().size(), 3);
    // The editor does not create it twice.
    QVERIFY(!dialog->editor()->canSave());
    QVERIFY(!dialog->editor()->save());
    QTest::qWait(200);
    QCOMPARE(received("POST").size(), 1);
}

void TestCreateDialogSandbox::failedPingKeepsTheFormAndExplainsItAtTheUrl()
{
    auto dialog = openCreate();
    EditDialogParts ui(dialog.get());
    QSignalSpy created(dialog.get(), &EditEndpointDialog::created);
    QSignalSpy failed(dialog->editor(), &EndpointEditor::failed);
    ui.typeUrl(QStringLiteral("https://receiver.down.invalid/hook"));
    ui.typeDescription(QStringLiteral("Kept after the ping"));
    ui.saveButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, Slow);
    QCOMPARE(created.count(), 0);
    QVERIFY(dialog->isVisible());
    QCOMPARE(ui.url()->text(), QStringLiteral("https://receiver.down.invalid/hook"));
    QCOMPARE(ui.description()->toPlainText(), QStringLiteral("Kept after the ping"));
    QVERIFY(ui.urlMessage()->isVisible());
    // Said once in each place: the title that the ping failed and nothing was created,
    // beside the URL the server's reason, the text what is kept; the note about what a
    // ping needs gives way.
    QCOMPARE(ui.urlMessage()->text(),
             QStringLiteral("\u26a0 The server said: \u201cPing to https://receiver.down.invalid/hook failed: could not "
                            "resolve host receiver.down.invalid\u201d"));
    QVERIFY(ui.errorFrame()->isVisible());
    QCOMPARE(ui.errorTitle()->text(), QStringLiteral("The URL failed the test ping; nothing was created"));
    QCOMPARE(ui.errorText()->text(), QStringLiteral("What you entered is still here."));
    QVERIFY(!ui.urlNote()->isVisible());
    QVERIFY(ui.form()->isEnabled());
    QCOMPARE(dialog->focusWidget(), ui.url());
    takeShot(dialog.get(), QStringLiteral("create-dialog-ping-failed"));
    QCOMPARE(received("POST").size(), 1);
    // Nothing was saved on the server.
    QVERIFY(received("GET").isEmpty());
}

void TestCreateDialogSandbox::cancelWhilePingingKeepsTheFormAndSendsNothingMore()
{
    QVERIFY(m_sandbox.setFaults(R"({"ping_delay_ms":3000})"));
    auto dialog = openCreate();
    EditDialogParts ui(dialog.get());
    QSignalSpy created(dialog.get(), &EditEndpointDialog::created);
    QSignalSpy failed(dialog->editor(), &EndpointEditor::failed);
    ui.typeUrl(QStringLiteral("https://slow-receiver.example-hooks.com/od"));
    ui.saveButton()->click();
    QVERIFY(dialog->editor()->isSaving());
    QVERIFY(ui.progress()->isVisible());
    QVERIFY(ui.progressText()->text().contains(QLatin1String("test ping")));
    QVERIFY(!ui.form()->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(received("POST").size(), 1, Slow); // the server has it and is pinging
    takeShot(dialog.get(), QStringLiteral("create-dialog-pinging"));
    QTest::keyClick(dialog.get(), Qt::Key_Escape);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, Slow);
    QCOMPARE(failed.at(0).at(0).value<ApiError>().kind, ApiError::Kind::Cancelled);
    QVERIFY(!dialog->editor()->isSaving());
    QVERIFY(dialog->isVisible());
    QVERIFY(ui.form()->isEnabled());
    QCOMPARE(ui.url()->text(), QStringLiteral("https://slow-receiver.example-hooks.com/od"));
    QVERIFY(ui.errorFrame()->isVisible());
    QVERIFY2(ui.errorText()->text().contains(QLatin1String("may have been created")),
             qPrintable(ui.errorText()->text()));
    // Past the server's ping: still one POST, and nothing created on this side.
    QTest::qWait(3500);
    QCOMPARE(received("POST").size(), 1);
    QCOMPARE(created.count(), 0);
    QVERIFY(MessageBoxes::shownTexts().isEmpty()); // Esc while waiting cancels, it does not ask
}

void TestCreateDialogSandbox::escapeWithEntriesAsksBeforeDiscarding()
{
    auto dialog = openCreate();
    EditDialogParts ui(dialog.get());
    ui.typeUrl(QStringLiteral("https://half-typed.example.com/"));
    MessageBoxes::setNextAnswers({QMessageBox::Cancel});
    QTest::keyClick(dialog.get(), Qt::Key_Escape);
    QVERIFY(dialog->isVisible());
    QCOMPARE(MessageBoxes::shownTexts().size(), 1);
    QVERIFY(MessageBoxes::shownTexts().constFirst().contains(QLatin1String("not created this endpoint")));
    MessageBoxes::setNextAnswers({QMessageBox::Discard});
    QTest::keyClick(dialog.get(), Qt::Key_Escape);
    QVERIFY(!dialog->isVisible());
    QVERIFY(received("POST").isEmpty());
}

void TestCreateDialogSandbox::rateLimitedCreateCountsDownAndCanBeTakenBack()
{
    // One write a minute, and this test's first create uses it: the second is refused.
    QVERIFY(m_sandbox.setFaults(R"({"rate_limit":1})"));
    {
        auto first = openCreate();
        EditDialogParts ui(first.get());
        QSignalSpy created(first.get(), &EditEndpointDialog::created);
        ui.typeUrl(QStringLiteral("https://first-receiver.example-hooks.com/od"));
        ui.saveButton()->click();
        QVERIFY2(created.wait(Slow), qPrintable(ui.errorText()->text()));
    }
    auto dialog = openCreate();
    EditDialogParts ui(dialog.get());
    QSignalSpy created(dialog.get(), &EditEndpointDialog::created);
    ui.typeUrl(QStringLiteral("https://second-receiver.example-hooks.com/od"));
    ui.typeDescription(QStringLiteral("Waits for the server"));
    ui.saveButton()->click();
    // The server's 429: the dialog counts its wait down; Create waits, Cancel stays at hand.
    const QRegularExpression waiting(QStringLiteral("^Waiting (\\d+) s: the server asked us to slow down$"));
    auto *wait = dialog->findChild<QLabel *>(QStringLiteral("writeWaitLabel"));
    QVERIFY(wait);
    QTRY_VERIFY_WITH_TIMEOUT(wait->isVisible(), Slow);
    const int first = waiting.match(wait->text()).captured(1).toInt();
    QVERIFY2(first >= 1 && first <= 60, qPrintable(wait->text()));
    QVERIFY(ui.progress()->isVisible());
    QCOMPARE(ui.progressText()->text(), QStringLiteral("Creating\u2026")); // no ping yet: nothing is sent
    QVERIFY(!ui.urlNote()->isVisible());
    QVERIFY(!ui.saveButton()->isEnabled());
    QVERIFY(ui.closeButton()->isEnabled());
    takeShot(dialog.get(), QStringLiteral("create-dialog-rate-limited"));
    QTRY_VERIFY_WITH_TIMEOUT(waiting.match(wait->text()).captured(1).toInt() < first, 5000);
    // Cancel takes the waiting POST back: nothing more is sent, what was typed stays.
    ui.closeButton()->click();
    QVERIFY(!wait->isVisible());
    QVERIFY(!ui.progress()->isVisible());
    QVERIFY(dialog->isVisible());
    QCOMPARE(ui.url()->text(), QStringLiteral("https://second-receiver.example-hooks.com/od"));
    QCOMPARE(ui.description()->toPlainText(), QStringLiteral("Waits for the server"));
    QVERIFY(ui.saveButton()->isEnabled());
    QCOMPARE(ui.errorText()->text(), QStringLiteral("What you entered is still here. Nothing was created."));
    QCOMPARE(created.count(), 0);
    const QList<QJsonObject> posts = received("POST");
    QCOMPARE(posts.size(), 2);
    QCOMPARE(posts.at(1).value(QLatin1String("status")).toInt(), 429);
}

QTEST_MAIN(TestCreateDialogSandbox)
#include "tst_createdialog_sandbox.moc"
