// The real edit dialog against a scripted network (no server needed): what it shows,
// live validation, keyboard, accessibility, and how it reacts to each kind of answer.
// The same flows against the real sandbox are in tst_editdialog_sandbox.
#include "apiclient.h"
#include "editdialogtesthelpers.h"
#include "editendpointdialog.h"
#include "endpointeditor.h"
#include "fakenetwork.h"
#include "localdatetime.h"
#include "messageboxes.h"
#include "validation.h"

#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleFactory>
#include <QtTest>
#include <memory>

namespace {

WebhookEndpoint failingEndpoint()
{
    WebhookEndpoint e;
    e.id = QStringLiteral("6f1c2a52-8a8e-4c53-9d59-0d2f5e0b4a11");
    e.userId = QStringLiteral("0b9a4f8e-2f6b-4f3c-8d4e-6c1b2a3d4e5f");
    e.organizationId = QStringLiteral("a3e2c1b0-9f8e-4d7c-b6a5-4f3e2d1c0b9a");
    e.url = QStringLiteral("https://hooks.acme-logistics.example/optimaldial/uploads");
    e.description = QStringLiteral("Warehouse scanner uploads \u2192 ERP import");
    e.events = EventType::UploadCompleted | EventType::UploadFailed;
    e.isActive = true;
    e.consecutiveFailures = 7;
    e.createdAt = QDateTime(QDate(2026, 3, 14), QTime(9, 26), Qt::UTC);
    e.updatedAt = QDateTime(QDate(2026, 4, 2), QTime(16, 5), Qt::UTC);
    e.verifiedAt = e.createdAt;
    e.lastSuccessAt = QDateTime(QDate(2026, 4, 20), QTime(7, 0), Qt::UTC);
    e.lastFailureAt = QDateTime(QDate(2026, 4, 23), QTime(10, 15), Qt::UTC);
    return e;
}

WebhookEndpoint autoDisabledEndpoint()
{
    WebhookEndpoint e = failingEndpoint();
    e.isActive = false;
    e.consecutiveFailures = 20;
    e.disabledAt = QDateTime(QDate(2026, 11, 20), QTime(8, 0), Qt::UTC);
    return e;
}

} // namespace

class TestEditDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void showsFailingEndpoint();
    void showsAutoDisabledEndpoint();
    void saveDisabledUntilSomethingChanges();
    void urlValidatesLiveWithSpecificMessage();
    void pingNoteShownWhenUrlDiffers();
    void descriptionCounterCountsCodePoints();
    void atLeastOneEventRequired();
    void descriptionKeepsSpecialCharacters();
    void hiddenCharactersInTheUrlAreShownNotSent();
    void unicodeHostIsSentInAscii();
    void enterSavesAndClosesWithServersObject();
    void savingShowsProgressAndDisablesForm();
    void escapeWhileSavingCancelsRequestNotDialog();
    void escapeAsksBeforeDiscardingEdits();
    void escapeClosesWhenUnchanged();
    void serverErrorKeepsEditsAndShowsMessage();
    void badRequestShownNextToItsField();
    void pingFailureExplainedAtUrl();
    void rateLimitedSaveWaitsThenSaves();
    void unauthorizedSaysKeyRefused();
    void reactivationAnsweredNoSendsNothing();
    void reactivationAnsweredYesSaves();
    void conflictOverwrite();
    void conflictReloadKeepsEdits();
    void conflictCancelSendsNothing();
    void movedCounterSavesWithoutAskingAndShowsIt();
    void fieldIDidNotEditIsKeptWithoutAsking();
    void accessibleNamesAndTabOrder();
    void darkPaletteScreenshot();

private:
    std::unique_ptr<EditEndpointDialog> open(const WebhookEndpoint &endpoint);

    FakeNetwork m_net;
    ApiClient *m_client = nullptr;
    QPalette m_lightPalette;
};

void TestEditDialog::initTestCase()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    m_lightPalette = QApplication::style()->standardPalette();
    QApplication::setPalette(m_lightPalette);
    m_client = new ApiClient(&m_net, this);
    QVERIFY(m_client->configure(QUrl(QStringLiteral("https://api.optimaldial.test")),
                                QStringLiteral("od_live_EditDialogAAAAAAAAAAAAAAAAAAAAAA")));
}

void TestEditDialog::init()
{
    m_net.clear();
    MessageBoxes::setNextAnswers({});
    MessageBoxes::clearShownTexts();
}

void TestEditDialog::cleanup() { QApplication::setPalette(m_lightPalette); }

std::unique_ptr<EditEndpointDialog> TestEditDialog::open(const WebhookEndpoint &endpoint)
{
    auto dialog = std::make_unique<EditEndpointDialog>(new EndpointEditor(m_client, endpoint), nullptr);
    dialog->show();
    dialog->activateWindow(); // focus and window shortcuts need the active window (Xvfb without a WM)
    if (!QTest::qWaitForWindowActive(dialog.get()))
        qWarning("dialog not active");
    return dialog;
}

void TestEditDialog::showsFailingEndpoint()
{
    const WebhookEndpoint e = failingEndpoint();
    auto dialog = open(e);
    EditDialogParts ui(dialog.get());
    QCOMPARE(ui.url()->text(), e.url);
    QCOMPARE(ui.description()->toPlainText(), e.description);
    QVERIFY(!ui.event("upload.created")->isChecked());
    QVERIFY(ui.event("upload.completed")->isChecked());
    QVERIFY(ui.event("upload.failed")->isChecked());
    QVERIFY(ui.active()->isChecked());
    QCOMPARE(ui.id()->text(), e.id);
    QVERIFY(ui.id()->textInteractionFlags().testFlag(Qt::TextSelectableByMouse));
    QVERIFY2(ui.status()->text().contains(QLatin1String("Failing 7/20")), qPrintable(ui.status()->text()));
    QVERIFY(ui.status()->text().startsWith(QChar(0x26A0))); // not colour alone
    QCOMPARE(ui.created()->text(), EditEndpointDialog::formatTime(e.createdAt));
    QCOMPARE(ui.updated()->text(), EditEndpointDialog::formatTime(e.updatedAt));
    QVERIFY(dialog->windowTitle().contains(QLatin1String("hooks.acme-logistics.example")));
    QVERIFY(!ui.saveButton()->isEnabled());
    QVERIFY(!ui.urlMessage()->isVisible());
    QVERIFY(!ui.urlNote()->isVisible());
    QVERIFY(!ui.errorFrame()->isVisible());
    QVERIFY(!ui.progress()->isVisible());
    QCOMPARE(ui.counter()->text(), QStringLiteral("%1/500").arg(Validation::codePointCount(e.description)));
    QVERIFY(ui.url()->hasFocus());
    // Fits: nothing is cut off at the default size.
    QVERIFY(dialog->width() >= dialog->minimumSizeHint().width());
    QVERIFY(dialog->height() >= dialog->minimumSizeHint().height());
    takeShot(dialog.get(), QStringLiteral("edit-failing-endpoint"));
}

void TestEditDialog::showsAutoDisabledEndpoint()
{
    const WebhookEndpoint e = autoDisabledEndpoint();
    auto dialog = open(e);
    EditDialogParts ui(dialog.get());
    const QString status = ui.status()->text();
    QVERIFY2(status.contains(QLatin1String("Disabled by the server on ")), qPrintable(status));
    QVERIFY2(status.contains(EditEndpointDialog::formatTime(e.disabledAt)), qPrintable(status));
    QVERIFY2(status.contains(QLatin1String("after 20 failures")), qPrintable(status));
    QVERIFY(!ui.active()->isChecked());
    QVERIFY(ui.activeMessage()->isVisible());
    QVERIFY(ui.activeMessage()->text().contains(QLatin1String("re-activate")));
    takeShot(dialog.get(), QStringLiteral("edit-disabled-endpoint"));
}

void TestEditDialog::saveDisabledUntilSomethingChanges()
{
    auto dialog = open(failingEndpoint());
    EditDialogParts ui(dialog.get());
    QVERIFY(!ui.saveButton()->isEnabled());
    QTest::keyClick(ui.url(), Qt::Key_Return); // Enter does nothing while Save is disabled
    QTest::keyClick(dialog.get(), Qt::Key_S, Qt::ControlModifier);
    QVERIFY(dialog->isVisible());
    ui.typeDescription(QStringLiteral("!"), false);
    QVERIFY(ui.saveButton()->isEnabled());
    QTest::keyClick(ui.description(), Qt::Key_Backspace);
    QVERIFY(!ui.saveButton()->isEnabled()); // back to the original: nothing to save
    ui.active()->click();
    QVERIFY(ui.saveButton()->isEnabled());
    ui.active()->click();
    QVERIFY(!ui.saveButton()->isEnabled());
    QTest::qWait(20);
    QVERIFY(m_net.seen().isEmpty());
}

void TestEditDialog::urlValidatesLiveWithSpecificMessage()
{
    auto dialog = open(failingEndpoint());
    EditDialogParts ui(dialog.get());
    ui.typeUrl(QStringLiteral("http://hooks.example.com/x"));
    QVERIFY(ui.urlMessage()->isVisible());
    QVERIFY(ui.urlMessage()->text().startsWith(QChar(0x26A0)));
    QVERIFY2(ui.urlMessage()->text().contains(QLatin1String("https://")), qPrintable(ui.urlMessage()->text()));
    QVERIFY(!ui.saveButton()->isEnabled());
    QCOMPARE(ui.url()->accessibleDescription(), ui.urlMessage()->text().mid(2));
    takeShot(dialog.get(), QStringLiteral("edit-url-validation-error"));

    ui.typeUrl(QStringLiteral("https://192.168.1.20/hook"));
    QVERIFY(ui.urlMessage()->text().contains(QLatin1String("private")));
    QVERIFY(!ui.saveButton()->isEnabled());

    ui.typeUrl(QString());
    QVERIFY(ui.urlMessage()->text().contains(QLatin1String("Enter the URL")));
    QVERIFY(!ui.saveButton()->isEnabled());

    ui.typeUrl(QStringLiteral("https://hooks.example.com/new"));
    QVERIFY(!ui.urlMessage()->isVisible());
    QVERIFY(ui.saveButton()->isEnabled());
    // Local mistakes never reach the network.
    QVERIFY(m_net.seen().isEmpty());
}

void TestEditDialog::pingNoteShownWhenUrlDiffers()
{
    const WebhookEndpoint e = failingEndpoint();
    auto dialog = open(e);
    EditDialogParts ui(dialog.get());
    QVERIFY(!ui.urlNote()->isVisible());
    ui.typeUrl(e.url + QStringLiteral("/v2"));
    QVERIFY(ui.urlNote()->isVisible());
    QVERIFY(ui.urlNote()->text().contains(
        QStringLiteral("OptimalDial will send a test ping to the new URL; if it does not answer with 2xx within 5 "
                       "seconds, nothing is saved.")));
    // A URL with a message of its own needs no note about the ping.
    ui.typeUrl(QStringLiteral("/v2"));
    QVERIFY(ui.urlMessage()->isVisible());
    QVERIFY(!ui.urlNote()->isVisible());
    ui.typeUrl(e.url);
    QVERIFY(!ui.urlNote()->isVisible());
}

void TestEditDialog::descriptionCounterCountsCodePoints()
{
    auto dialog = open(failingEndpoint());
    EditDialogParts ui(dialog.get());
    ui.typeDescription(QStringLiteral("caf"));
    ui.description()->insertPlainText(QStringLiteral("\u00e9 \U0001F680")); // keyClicks types ASCII only
    QCOMPARE(ui.counter()->text(), QStringLiteral("6/500"));
    QString rockets;
    for (int i = 0; i < 500; ++i)
        rockets += QStringLiteral("\U0001F680");
    ui.description()->setPlainText(rockets);
    QCOMPARE(ui.counter()->text(), QStringLiteral("500/500"));
    QVERIFY(!ui.descriptionMessage()->isVisible());
    QVERIFY(ui.saveButton()->isEnabled());
    ui.description()->moveCursor(QTextCursor::End);
    QTest::keyClicks(ui.description(), QStringLiteral("x"));
    QCOMPARE(ui.counter()->text(), QString(QChar(0x26A0)) + QStringLiteral(" 501/500"));
    QVERIFY(ui.descriptionMessage()->isVisible());
    QVERIFY(ui.descriptionMessage()->text().contains(QLatin1String("501")));
    QVERIFY(!ui.saveButton()->isEnabled());
    // The warning has its own colour, distinct from normal text.
    QVERIFY(ui.counter()->palette().color(QPalette::WindowText) != dialog->palette().color(QPalette::WindowText));
}

void TestEditDialog::atLeastOneEventRequired()
{
    auto dialog = open(failingEndpoint());
    EditDialogParts ui(dialog.get());
    ui.event("upload.completed")->click();
    QVERIFY(ui.saveButton()->isEnabled());
    QVERIFY(!ui.eventsMessage()->isVisible());
    ui.event("upload.failed")->click();
    QVERIFY(ui.eventsMessage()->isVisible());
    QVERIFY(ui.eventsMessage()->text().contains(QLatin1String("at least one event")));
    QVERIFY(!ui.saveButton()->isEnabled());
    ui.event("upload.created")->setFocus();
    QTest::keyClick(ui.event("upload.created"), Qt::Key_Space);
    QVERIFY(!ui.eventsMessage()->isVisible());
    QVERIFY(ui.saveButton()->isEnabled());
}

void TestEditDialog::descriptionKeepsSpecialCharacters()
{
    WebhookEndpoint e = failingEndpoint();
    e.description = QStringLiteral("Line one\nTeam\u00a0A \u2013 caf\u00e9 \U0001F680");
    auto dialog = open(e);
    EditDialogParts ui(dialog.get());
    QVERIFY(!ui.saveButton()->isEnabled());
    ui.description()->moveCursor(QTextCursor::End);
    QTest::keyClicks(ui.description(), QStringLiteral("!"));
    const WebhookPatch patch = dialog->editor()->patch();
    QVERIFY(patch.description.has_value());
    QCOMPARE(*patch.description, e.description + QStringLiteral("!")); // no-break space and newline intact
    QTest::keyClick(ui.description(), Qt::Key_Backspace);
    QVERIFY(dialog->editor()->patch().isEmpty());
}

void TestEditDialog::hiddenCharactersInTheUrlAreShownNotSent()
{
    WebhookEndpoint e = failingEndpoint();
    e.url = QStringLiteral("https://evil.test/\u202Emoc.elgoog.www");
    WebhookEndpoint fromServer = e;
    fromServer.description = QStringLiteral("Edited");
    m_net.script({ScriptedAnswer::endpoint(e), ScriptedAnswer::endpoint(fromServer)});
    auto dialog = open(e);
    EditDialogParts ui(dialog.get());
    // Made visible in the field, so the path cannot read backwards as another host.
    QCOMPARE(ui.url()->text(), QStringLiteral("https://evil.test/%E2%80%AEmoc.elgoog.www"));
    QVERIFY(!dialog->windowTitle().contains(QChar(0x202E)));
    QVERIFY(!ui.saveButton()->isEnabled()); // the same address: nothing to save
    QSignalSpy saved(dialog.get(), &EditEndpointDialog::saved);
    ui.typeDescription(QStringLiteral("Edited"));
    QTest::mouseClick(ui.saveButton(), Qt::LeftButton);
    QVERIFY(saved.wait(5000));
    const auto patches = m_net.seen("PATCH");
    QCOMPARE(patches.size(), 1);
    QCOMPARE(QJsonDocument::fromJson(patches.at(0).body).object().keys(), QStringList{QStringLiteral("description")});
}

void TestEditDialog::unicodeHostIsSentInAscii()
{
    const WebhookEndpoint e = failingEndpoint();
    WebhookEndpoint fromServer = e;
    fromServer.url = QStringLiteral("https://hooks.xn--bcher-versand-wob.de/od");
    m_net.script({ScriptedAnswer::endpoint(e), ScriptedAnswer::endpoint(fromServer)});
    auto dialog = open(e);
    EditDialogParts ui(dialog.get());
    QSignalSpy saved(dialog.get(), &EditEndpointDialog::saved);
    ui.url()->selectAll();
    ui.url()->insert(QStringLiteral("https://hooks.b\u00fccher-versand.de/od")); // as pasted
    QVERIFY(ui.saveButton()->isEnabled());
    QTest::mouseClick(ui.saveButton(), Qt::LeftButton);
    QVERIFY(saved.wait(5000));
    const auto patches = m_net.seen("PATCH");
    QCOMPARE(patches.size(), 1);
    QCOMPARE(QJsonDocument::fromJson(patches.at(0).body).object().value(QStringLiteral("url")).toString(),
             QStringLiteral("https://hooks.xn--bcher-versand-wob.de/od"));
}

void TestEditDialog::enterSavesAndClosesWithServersObject()
{
    const WebhookEndpoint e = failingEndpoint();
    WebhookEndpoint fromServer = e;
    fromServer.description = QStringLiteral("Edited");
    fromServer.updatedAt = e.updatedAt.addSecs(120);
    m_net.script({ScriptedAnswer::endpoint(e), ScriptedAnswer::endpoint(fromServer)});
    auto dialog = open(e);
    EditDialogParts ui(dialog.get());
    QSignalSpy saved(dialog.get(), &EditEndpointDialog::saved);
    ui.typeDescription(QStringLiteral("Edited"));
    ui.url()->setFocus();
    QTest::keyClick(ui.url(), Qt::Key_Return);
    QVERIFY(saved.wait(5000));
    QCOMPARE(saved.at(0).at(0).value<WebhookEndpoint>(), fromServer);
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    const auto patches = m_net.seen("PATCH");
    QCOMPARE(patches.size(), 1);
    QCOMPARE(QJsonDocument::fromJson(patches.at(0).body).object().keys(), QStringList{QStringLiteral("description")});
}

void TestEditDialog::savingShowsProgressAndDisablesForm()
{
    const WebhookEndpoint e = failingEndpoint();
    m_net.script({ScriptedAnswer::endpoint(e), ScriptedAnswer::hanging()});
    auto dialog = open(e);
    EditDialogParts ui(dialog.get());
    ui.typeUrl(QStringLiteral("https://hooks.acme-logistics.example/optimaldial/v2"));
    ui.typeDescription(QStringLiteral("Moved to the v2 receiver"));
    ui.saveButton()->click();
    QVERIFY(ui.progress()->isVisible());
    QVERIFY(!ui.form()->isEnabled());
    QVERIFY(!ui.saveButton()->isEnabled());
    QVERIFY(ui.cancelRequest()->isVisible());
    QVERIFY(ui.cancelRequest()->isEnabled());
    QVERIFY(ui.progressText()->text().startsWith(QStringLiteral("Saving\u2026")));
    QVERIFY(ui.progressText()->text().contains(EditEndpointDialog::pingNote()));
    QTRY_COMPARE_WITH_TIMEOUT(dialog->editor()->stage(), EndpointEditor::Stage::Sending, 5000);
    QVERIFY(ui.progressText()->text().contains(EditEndpointDialog::pingNote()));
    takeShot(dialog.get(), QStringLiteral("edit-saving"));
    ui.cancelRequest()->click();
    QVERIFY(!ui.progress()->isVisible());
    QVERIFY(ui.form()->isEnabled());
    QVERIFY(ui.saveButton()->isEnabled());
    QCOMPARE(ui.url()->text(), QStringLiteral("https://hooks.acme-logistics.example/optimaldial/v2"));
    QCOMPARE(ui.description()->toPlainText(), QStringLiteral("Moved to the v2 receiver"));
    QVERIFY(ui.errorTitle()->text().contains(QLatin1String("cancelled")));
}

void TestEditDialog::escapeWhileSavingCancelsRequestNotDialog()
{
    m_net.script({ScriptedAnswer::hanging()});
    auto dialog = open(failingEndpoint());
    EditDialogParts ui(dialog.get());
    ui.typeDescription(QStringLiteral("kept"));
    QTest::keyClick(dialog.get(), Qt::Key_S, Qt::ControlModifier);
    QVERIFY(dialog->editor()->isSaving());
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : dialog.get(), Qt::Key_Escape);
    QVERIFY(!dialog->editor()->isSaving());
    QVERIFY(dialog->isVisible());
    QVERIFY(ui.form()->isEnabled());
    QCOMPARE(ui.description()->toPlainText(), QStringLiteral("kept"));
    QVERIFY(MessageBoxes::shownTexts().isEmpty()); // no "discard?" question while saving
    // The dialog's Cancel button while saving also cancels only the request.
    m_net.script({ScriptedAnswer::hanging()});
    ui.saveButton()->click();
    QVERIFY(dialog->editor()->isSaving());
    ui.closeButton()->click();
    QVERIFY(!dialog->editor()->isSaving());
    QVERIFY(dialog->isVisible());
}

void TestEditDialog::escapeAsksBeforeDiscardingEdits()
{
    auto dialog = open(failingEndpoint());
    EditDialogParts ui(dialog.get());
    ui.typeDescription(QStringLiteral("unsaved"));
    MessageBoxes::setNextAnswers({QMessageBox::Cancel});
    QTest::keyClick(dialog.get(), Qt::Key_Escape);
    QCOMPARE(MessageBoxes::shownTexts().size(), 1);
    QVERIFY(MessageBoxes::shownTexts().at(0).contains(QLatin1String("Discard")));
    QVERIFY(dialog->isVisible());
    QCOMPARE(ui.description()->toPlainText(), QStringLiteral("unsaved"));
    MessageBoxes::setNextAnswers({QMessageBox::Discard});
    QTest::keyClick(dialog.get(), Qt::Key_Escape);
    QVERIFY(!dialog->isVisible());
    QCOMPARE(dialog->result(), int(QDialog::Rejected));
    QVERIFY(m_net.seen().isEmpty());
}

void TestEditDialog::escapeClosesWhenUnchanged()
{
    auto dialog = open(failingEndpoint());
    QTest::keyClick(dialog.get(), Qt::Key_Escape);
    QVERIFY(!dialog->isVisible());
    QVERIFY(MessageBoxes::shownTexts().isEmpty());
}

void TestEditDialog::serverErrorKeepsEditsAndShowsMessage()
{
    const WebhookEndpoint e = failingEndpoint();
    m_net.script({ScriptedAnswer::endpoint(e), ScriptedAnswer::error(503, detail("maintenance window until 14:00 UTC"))});
    auto dialog = open(e);
    EditDialogParts ui(dialog.get());
    ui.typeUrl(QStringLiteral("https://hooks.acme-logistics.example/optimaldial/v2"));
    ui.typeDescription(QStringLiteral("kept after error"));
    ui.event("upload.created")->click();
    ui.saveButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(ui.errorFrame()->isVisible(), 5000);
    // The title says what happened; the text adds the rest, each thing once.
    QCOMPARE(ui.errorTitle()->text(), QStringLiteral("The server had a problem"));
    const QString text = ui.errorText()->text();
    QCOMPARE(text.count(QLatin1String("maintenance window until 14:00 UTC")), 1);
    QVERIFY2(!text.contains(QLatin1String("server had")), qPrintable(text));
    QCOMPARE(text.count(QLatin1String("try again"), Qt::CaseInsensitive), 1);
    QVERIFY(text.contains(QLatin1String("Press Save to try again.")));
    QCOMPARE(ui.url()->text(), QStringLiteral("https://hooks.acme-logistics.example/optimaldial/v2"));
    QCOMPARE(ui.description()->toPlainText(), QStringLiteral("kept after error"));
    QVERIFY(ui.event("upload.created")->isChecked());
    QVERIFY(dialog->isVisible());
    QVERIFY(ui.form()->isEnabled());
    QVERIFY(ui.saveButton()->isEnabled()); // retry possible
    takeShot(dialog.get(), QStringLiteral("edit-server-error"));
}

void TestEditDialog::badRequestShownNextToItsField()
{
    const WebhookEndpoint e = failingEndpoint();
    m_net.script({ScriptedAnswer::endpoint(e), ScriptedAnswer::error(400, detail("description contains a forbidden character"))});
    auto dialog = open(e);
    EditDialogParts ui(dialog.get());
    ui.typeDescription(QStringLiteral("tab\there"));
    ui.saveButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(ui.errorFrame()->isVisible(), 5000);
    QVERIFY2(ui.descriptionMessage()->isVisible(), qPrintable(ui.errorText()->text()));
    QVERIFY(ui.descriptionMessage()->text().contains(QLatin1String("description contains a forbidden character")));
    // The server's words once, beside the field; the notice points there.
    QVERIFY2(!ui.errorText()->text().contains(QLatin1String("forbidden")), qPrintable(ui.errorText()->text()));
    QVERIFY(ui.errorText()->text().contains(QLatin1String("beside the field")));
    QVERIFY(!ui.urlMessage()->isVisible());
    // Editing the field clears the server's remark about it.
    QTest::keyClicks(ui.description(), QStringLiteral("x"));
    QVERIFY(!ui.descriptionMessage()->isVisible());
}

void TestEditDialog::pingFailureExplainedAtUrl()
{
    const WebhookEndpoint e = failingEndpoint();
    m_net.script({ScriptedAnswer::endpoint(e), ScriptedAnswer::error(400, detail("Ping failed: connection refused"))});
    auto dialog = open(e);
    EditDialogParts ui(dialog.get());
    ui.typeUrl(QStringLiteral("https://down.invalid/x"));
    ui.saveButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(ui.errorFrame()->isVisible(), 5000);
    QVERIFY2(ui.urlMessage()->isVisible(), qPrintable(ui.errorText()->text()));
    QVERIFY(ui.urlMessage()->text().contains(QLatin1String("Ping failed: connection refused")));
    QCOMPARE(ui.errorTitle()->text(), QStringLiteral("The new URL failed the test ping; nothing was saved"));
    QCOMPARE(ui.url()->text(), QStringLiteral("https://down.invalid/x"));
    QVERIFY(ui.url()->hasFocus());
    // Said once: the title that the ping failed, beside the URL why; neither the notice's
    // text nor the note about what a ping needs says it again.
    QVERIFY(!ui.urlNote()->isVisible());
    QCOMPARE(ui.errorText()->text(), QStringLiteral("Your edits are still here."));
    QVERIFY(!ui.urlMessage()->text().contains(QLatin1String("test ping")));
    takeShot(dialog.get(), QStringLiteral("edit-ping-failure"));
}

void TestEditDialog::rateLimitedSaveWaitsThenSaves()
{
    const WebhookEndpoint e = failingEndpoint();
    WebhookEndpoint after = e;
    after.description = QStringLiteral("again");
    m_net.script(
        {ScriptedAnswer::endpoint(e),
         ScriptedAnswer::error(429, R"({"detail":{"error":"rate_limit_exceeded","limit":60,"observed":61}})", "1"),
         ScriptedAnswer::endpoint(after)});
    auto dialog = open(e);
    EditDialogParts ui(dialog.get());
    QSignalSpy saved(dialog.get(), &EditEndpointDialog::saved);
    ui.typeDescription(QStringLiteral("again"));
    ui.saveButton()->click();
    // The 429 is not the save's result: the dialog counts the server's wait down, Save
    // stays disabled, and the same PATCH goes again after it.
    auto *wait = dialog->findChild<QLabel *>(QStringLiteral("writeWaitLabel"));
    QVERIFY(wait);
    QTRY_VERIFY_WITH_TIMEOUT(wait->isVisible(), 5000);
    QCOMPARE(wait->text(), QStringLiteral("Waiting 1 s: the server asked us to slow down"));
    QVERIFY(ui.progress()->isVisible());
    QVERIFY(!ui.saveButton()->isEnabled());
    QVERIFY(ui.cancelRequest()->isEnabled());
    QCOMPARE(ui.description()->toPlainText(), QStringLiteral("again"));
    QVERIFY(saved.wait(5000));
    QVERIFY(!ui.errorFrame()->isVisible());
    const QList<SeenRequest> patches = m_net.seen("PATCH");
    QCOMPARE(patches.size(), 2);
    QCOMPARE(patches.at(1).body, patches.at(0).body);
}

void TestEditDialog::unauthorizedSaysKeyRefused()
{
    m_net.script({ScriptedAnswer::error(401, detail("invalid API key"))});
    auto dialog = open(failingEndpoint());
    EditDialogParts ui(dialog.get());
    ui.typeDescription(QStringLiteral("again"));
    ui.saveButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(ui.errorFrame()->isVisible(), 5000);
    QCOMPARE(ui.errorTitle()->text(), QStringLiteral("The API key was not accepted"));
    const QString text = ui.errorText()->text();
    QVERIFY2(text.startsWith(QLatin1String("Replace the key in the profile.")), qPrintable(text));
    QCOMPARE(text.count(QLatin1String("invalid API key")), 1);
    QVERIFY2(!text.contains(QLatin1String("not accepted")) && !text.contains(QLatin1String("was refused")),
             qPrintable(text));
    QCOMPARE(ui.description()->toPlainText(), QStringLiteral("again"));
}

void TestEditDialog::reactivationAnsweredNoSendsNothing()
{
    const WebhookEndpoint e = autoDisabledEndpoint();
    auto dialog = open(e);
    EditDialogParts ui(dialog.get());
    ui.active()->click();
    QVERIFY(ui.saveButton()->isEnabled());
    MessageBoxes::setNextAnswers({QMessageBox::No});
    ui.saveButton()->click();
    QCOMPARE(MessageBoxes::shownTexts().size(), 1);
    const QString question = MessageBoxes::shownTexts().at(0);
    QVERIFY2(question.contains(QLatin1String("20 consecutive failed deliveries")), qPrintable(question));
    QVERIFY(question.contains(LocalDateTime::text(e.disabledAt)));
    QVERIFY(question.contains(QLatin1String("resets the failure counter")));
    QTest::qWait(20);
    QVERIFY(m_net.seen().isEmpty());
    QVERIFY(dialog->isVisible());
    QVERIFY(ui.active()->isChecked());
}

void TestEditDialog::reactivationAnsweredYesSaves()
{
    const WebhookEndpoint e = autoDisabledEndpoint();
    WebhookEndpoint after = e;
    after.isActive = true;
    after.disabledAt = QDateTime();
    after.consecutiveFailures = 0;
    m_net.script({ScriptedAnswer::endpoint(e), ScriptedAnswer::endpoint(after)});
    auto dialog = open(e);
    EditDialogParts ui(dialog.get());
    QSignalSpy saved(dialog.get(), &EditEndpointDialog::saved);
    ui.active()->click();
    MessageBoxes::setNextAnswers({QMessageBox::Yes});
    ui.saveButton()->click();
    QVERIFY(saved.wait(5000));
    const auto patches = m_net.seen("PATCH");
    QCOMPARE(patches.size(), 1);
    QCOMPARE(QJsonDocument::fromJson(patches.at(0).body).object(), (QJsonObject{{QStringLiteral("is_active"), true}}));
    QCOMPARE(saved.at(0).at(0).value<WebhookEndpoint>().consecutiveFailures, 0);
}

void TestEditDialog::conflictOverwrite()
{
    // Someone else changed the events that the user changes too.
    const WebhookEndpoint e = failingEndpoint();
    WebhookEndpoint changed = e;
    changed.description = QStringLiteral("their words");
    changed.events = EventTypes(EventType::UploadCreated) | EventType::UploadFailed;
    changed.updatedAt = e.updatedAt.addSecs(60);
    WebhookEndpoint after = changed;
    after.events = EventTypes(EventType::UploadCompleted);
    m_net.script({ScriptedAnswer::endpoint(changed), ScriptedAnswer::endpoint(after)});
    auto dialog = open(e);
    EditDialogParts ui(dialog.get());
    QSignalSpy saved(dialog.get(), &EditEndpointDialog::saved);
    ui.event("upload.failed")->click();
    MessageBoxes::setNextAnswers({QMessageBox::Yes});
    ui.saveButton()->click();
    QVERIFY(saved.wait(5000));
    QCOMPARE(MessageBoxes::shownTexts().size(), 1);
    QVERIFY(MessageBoxes::shownTexts().at(0).contains(
        QLatin1String("This endpoint was changed on the server since you opened it (by someone else or by failures)")));
    QVERIFY(MessageBoxes::shownTexts().at(0).contains(QLatin1String("Overwrite")));
    const auto patches = m_net.seen("PATCH");
    QCOMPARE(patches.size(), 1);
    QCOMPARE(QJsonDocument::fromJson(patches.at(0).body).object().keys(), QStringList{QStringLiteral("events")});
}

void TestEditDialog::conflictReloadKeepsEdits()
{
    // Someone else moved the URL that the user changes too.
    const WebhookEndpoint e = failingEndpoint();
    WebhookEndpoint changed = e;
    changed.url = QStringLiteral("https://hooks.acme-logistics.example/theirs");
    changed.description = QStringLiteral("their words");
    changed.consecutiveFailures = 11;
    changed.updatedAt = e.updatedAt.addSecs(60);
    m_net.script({ScriptedAnswer::endpoint(changed)});
    auto dialog = open(e);
    EditDialogParts ui(dialog.get());
    ui.typeUrl(QStringLiteral("https://hooks.acme-logistics.example/mine"));
    MessageBoxes::setNextAnswers({QMessageBox::No});
    ui.saveButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!MessageBoxes::shownTexts().isEmpty(), 5000);
    QTRY_VERIFY(ui.errorFrame()->isVisible());
    QCOMPARE(ui.url()->text(), QStringLiteral("https://hooks.acme-logistics.example/mine"));
    QCOMPARE(ui.description()->toPlainText(), QStringLiteral("their words"));
    QVERIFY(ui.status()->text().contains(QLatin1String("Failing 11/20")));
    QVERIFY(ui.saveButton()->isEnabled());
    QVERIFY(m_net.seen("PATCH").isEmpty());
    QCOMPARE(dialog->editor()->original(), changed);
}

void TestEditDialog::conflictCancelSendsNothing()
{
    // Someone switched the endpoint off meanwhile (and it failed once more).
    const WebhookEndpoint e = failingEndpoint();
    WebhookEndpoint changed = e;
    changed.isActive = false;
    changed.consecutiveFailures = 8;
    m_net.script({ScriptedAnswer::endpoint(changed)});
    auto dialog = open(e);
    EditDialogParts ui(dialog.get());
    ui.typeDescription(QStringLiteral("mine"));
    MessageBoxes::setNextAnswers({QMessageBox::Cancel});
    ui.saveButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!MessageBoxes::shownTexts().isEmpty(), 5000);
    QVERIFY(MessageBoxes::shownTexts().at(0).contains(QStringLiteral("\u2022 Switched off\n")));
    QVERIFY(MessageBoxes::shownTexts().at(0).contains(QStringLiteral("7 \u2192 8")));
    QTRY_VERIFY(ui.errorFrame()->isVisible());
    QVERIFY(m_net.seen("PATCH").isEmpty());
    QCOMPARE(ui.description()->toPlainText(), QStringLiteral("mine"));
    QVERIFY(dialog->isVisible());
    QVERIFY(ui.saveButton()->isEnabled());
}

void TestEditDialog::movedCounterSavesWithoutAskingAndShowsIt()
{
    // Deliveries failed while the dialog was open: nothing the user edits. No question;
    // while the PATCH is on its way the status already shows the server's count.
    const WebhookEndpoint e = failingEndpoint(); // Failing 7/20
    WebhookEndpoint failing = e;
    failing.consecutiveFailures = 9;
    failing.lastFailureAt = e.lastFailureAt.addSecs(120);
    WebhookEndpoint after = failing;
    after.description = QStringLiteral("mine");
    m_net.script({ScriptedAnswer::endpoint(failing), ScriptedAnswer::endpoint(after, 300)});
    auto dialog = open(e);
    EditDialogParts ui(dialog.get());
    QSignalSpy saved(dialog.get(), &EditEndpointDialog::saved);
    ui.typeDescription(QStringLiteral("mine"));
    ui.saveButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(ui.status()->text().contains(QLatin1String("Failing 9/20")), 5000);
    QCOMPARE(ui.description()->toPlainText(), QStringLiteral("mine"));
    QVERIFY(saved.wait(5000));
    QVERIFY(MessageBoxes::shownTexts().isEmpty());
    const auto patches = m_net.seen("PATCH");
    QCOMPARE(patches.size(), 1);
    QCOMPARE(QJsonDocument::fromJson(patches.at(0).body).object(),
             (QJsonObject{{QStringLiteral("description"), QStringLiteral("mine")}}));
    QCOMPARE(saved.at(0).at(0).value<WebhookEndpoint>(), after);
}

void TestEditDialog::fieldIDidNotEditIsKeptWithoutAsking()
{
    // Someone else rewrote the description while the user changed the URL: no
    // question, the form takes their description, and only the URL is sent.
    const WebhookEndpoint e = failingEndpoint();
    WebhookEndpoint theirs = e;
    theirs.description = QStringLiteral("their words");
    theirs.updatedAt = e.updatedAt.addSecs(60);
    WebhookEndpoint after = theirs;
    after.url = QStringLiteral("https://hooks.acme-logistics.example/mine");
    m_net.script({ScriptedAnswer::endpoint(theirs), ScriptedAnswer::endpoint(after, 300)});
    auto dialog = open(e);
    EditDialogParts ui(dialog.get());
    QSignalSpy saved(dialog.get(), &EditEndpointDialog::saved);
    ui.typeUrl(QStringLiteral("https://hooks.acme-logistics.example/mine"));
    ui.saveButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(ui.description()->toPlainText(), QStringLiteral("their words"), 5000);
    QCOMPARE(ui.url()->text(), QStringLiteral("https://hooks.acme-logistics.example/mine"));
    QCOMPARE(ui.updated()->text(), EditEndpointDialog::formatTime(theirs.updatedAt));
    QVERIFY(saved.wait(5000));
    QVERIFY(MessageBoxes::shownTexts().isEmpty());
    const auto patches = m_net.seen("PATCH");
    QCOMPARE(patches.size(), 1);
    QCOMPARE(QJsonDocument::fromJson(patches.at(0).body).object().keys(), QStringList{QStringLiteral("url")});
    QCOMPARE(saved.at(0).at(0).value<WebhookEndpoint>().description, QStringLiteral("their words"));
}

void TestEditDialog::accessibleNamesAndTabOrder()
{
    auto dialog = open(failingEndpoint());
    EditDialogParts ui(dialog.get());
    const QList<QWidget *> widgets = dialog->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        const bool interactive = qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w)
            || qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QProgressBar *>(w);
        if (interactive)
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName() + QLatin1String(" has no accessible name")));
    }
    QVERIFY(!ui.id()->accessibleName().isEmpty());
    // Labels lead to their fields (Alt+U, Alt+D).
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("urlLabel"))->buddy(), ui.url());
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("descriptionLabel"))->buddy(), ui.description());

    // Tab walks the form top to bottom, then Save.
    const QList<QWidget *> expected{ui.url(), ui.description(), ui.event("upload.created"), ui.event("upload.completed"),
                                    ui.event("upload.failed"), ui.active()};
    QWidget *w = ui.url();
    for (int i = 1; i < expected.size(); ++i) {
        w = w->nextInFocusChain();
        while (!(w->focusPolicy() & Qt::TabFocus) || !w->isVisible())
            w = w->nextInFocusChain();
        QCOMPARE(w, expected.at(i));
    }
    QVERIFY(ui.description()->tabChangesFocus());
    QVERIFY(ui.saveButton()->isDefault());
}

void TestEditDialog::darkPaletteScreenshot()
{
    QPalette dark(QColor(0x3a, 0x3a, 0x3a), QColor(0x2b, 0x2b, 0x2b)); // button, window: derives light/dark/mid
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    QApplication::setPalette(dark);

    const WebhookEndpoint e = autoDisabledEndpoint();
    m_net.script({ScriptedAnswer::endpoint(e), ScriptedAnswer::error(400, detail("Ping failed: no answer within 5 seconds"))});
    auto dialog = open(e);
    EditDialogParts ui(dialog.get());
    ui.typeUrl(QStringLiteral("https://down.invalid/x"));
    ui.saveButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(ui.errorFrame()->isVisible(), 5000);
    // Error colours adapt: light text on the dark window.
    QVERIFY(ui.urlMessage()->palette().color(QPalette::WindowText).lightness() > 128);
    takeShot(dialog.get(), QStringLiteral("edit-dark-ping-failure"));

    QApplication::setPalette(m_lightPalette);
    QTRY_VERIFY(ui.urlMessage()->palette().color(QPalette::WindowText).lightness() < 128);
    takeShot(dialog.get(), QStringLiteral("edit-light-ping-failure"));
}

QTEST_MAIN(TestEditDialog)
#include "tst_editdialog.moc"
