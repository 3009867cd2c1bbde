// The kept signing secret, end to end with the real parts: the main window creates an
// endpoint on the sandbox, the secret dialog keeps its secret in the real Secret Service
// (gnome-keyring in the test session) under the API keys' service, the details pane then
// offers "Copy signing secret", which copies it; deleting the endpoint removes it from the
// keychain. The secret never reaches the log or the settings file.
#include "apiclient.h"
#include "appinfo.h"
#include "detailspane.h"
#include "editdialogtesthelpers.h"
#include "editendpointdialog.h"
#include "endpointactions.h"
#include "endpointlistcontroller.h"
#include "endpointtablemodel.h"
#include "mainwindow.h"
#include "messageboxes.h"
#include "sandboxprocess.h"
#include "signingsecretdialog.h"
#include "signingsecrets.h"

#include <QApplication>
#include <QClipboard>
#include <QDirIterator>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

namespace {
const int Slow = 20000;

QStringList g_log;
QtMessageHandler g_previous = nullptr;
void keepLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_log.append(message);
    if (g_previous)
        g_previous(type, context, message);
}

// What another Secret Service client finds for our entry: "" when nothing.
QString secretToolLookup(const QString &entry)
{
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"),
               {QStringLiteral("lookup"), QStringLiteral("server"), AppInfo::id(), QStringLiteral("user"), entry});
    if (!tool.waitForStarted(5000) || !tool.waitForFinished(20000))
        return QStringLiteral("secret-tool did not run");
    return QString::fromUtf8(tool.readAllStandardOutput()).trimmed();
}
} // namespace

class TestSigningSecretKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void keptSecretIsCopiedFromTheDetailsPaneAndRemovedOnDelete();

private:
    QTemporaryDir m_settingsDir;
    SandboxProcess m_sandbox;
    QNetworkAccessManager m_nam;
};

void TestSigningSecretKeychain::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QFAIL("No session D-Bus: run the suite with the README's test command (it starts D-Bus and gnome-keyring).");
    g_previous = qInstallMessageHandler(keepLog);
    QLoggingCategory::setFilterRules(QStringLiteral("odwh.*=true"));
    QCoreApplication::setOrganizationName(QStringLiteral("OptimalDialTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_signingsecret_keychain"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QVERIFY2(m_sandbox.start({QStringLiteral("--generate"), QStringLiteral("3"), QStringLiteral("--rate-limit"),
                              QStringLiteral("1000"), QStringLiteral("--ping-delay-ms"), QStringLiteral("20")}),
             qPrintable(m_sandbox.errorString()));
}

void TestSigningSecretKeychain::cleanupTestCase()
{
    qInstallMessageHandler(g_previous);
    m_sandbox.stop();
}

void TestSigningSecretKeychain::keptSecretIsCopiedFromTheDetailsPaneAndRemovedOnDelete()
{
    ApiClient client(&m_nam);
    QVERIFY(client.configure(m_sandbox.baseUrl(), SandboxProcess::keyA()));
    MainWindow window(&client);
    window.resize(1280, 760);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy loaded(window.controller(), &EndpointListController::refreshed);
    window.refresh();
    QVERIFY(loaded.wait(Slow));
    auto *actions = window.findChild<EndpointActions *>(QStringLiteral("endpointActions"));
    auto *pane = window.findChild<DetailsPane *>(QStringLiteral("detailsPane"));
    QVERIFY(actions && pane);

    // Create through the form.
    QSignalSpy created(actions, &EndpointActions::endpointCreated);
    actions->newAction()->trigger();
    EditEndpointDialog *form = nullptr;
    QTRY_VERIFY((form = window.findChild<EditEndpointDialog *>()) && form->isVisible());
    EditDialogParts ui(form);
    ui.typeUrl(QStringLiteral("https://kept-secret.example-hooks.com/od"));
    ui.saveButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, Slow);
    const QString id = created.at(0).at(0).toString();
    QCOMPARE(window.selectedId(), id);
    const QString entry = SigningSecrets::entryName(id);
    QCOMPARE(entry, QStringLiteral("webhook-secret/") + id);

    SigningSecretDialog *secretDialog = nullptr;
    QTRY_VERIFY((secretDialog = window.findChild<SigningSecretDialog *>()) && secretDialog->isVisible());
    const QString secret = secretDialog->findChild<QLineEdit *>(QStringLiteral("secretEdit"))->text();
    QCOMPARE(secret.size(), 64);
    QVERIFY(!pane->offersSigningSecret()); // nothing kept yet

    // Keep it: stored in the real keychain, under the API keys' service.
    QSignalSpy kept(secretDialog, &SigningSecretDialog::keptChanged);
    secretDialog->findChild<QCheckBox *>(QStringLiteral("keepCheck"))->click();
    QVERIFY(kept.count() == 1 || kept.wait(Slow));
    QCOMPARE(kept.at(0).at(1).toBool(), true);
    QCOMPARE(secretToolLookup(entry), secret);
    takeShot(secretDialog, QStringLiteral("secret-dialog-kept"));
    secretDialog->findChild<QCheckBox *>(QStringLiteral("storedCheck"))->click();
    secretDialog->findChild<QPushButton *>(QStringLiteral("closeButton"))->click();
    QTRY_VERIFY(!window.findChild<SigningSecretDialog *>());

    // The details pane of that endpoint offers the copy, and it copies the kept secret.
    QTRY_VERIFY(pane->offersSigningSecret());
    QCOMPARE(pane->shownId(), id);
    QGuiApplication::clipboard()->clear();
    auto *copy = pane->findChild<QPushButton *>(QStringLiteral("copySigningSecret"));
    QVERIFY(copy && copy->isVisible());
    takeShot(&window, QStringLiteral("details-copy-signing-secret"));
    copy->click();
    QTRY_COMPARE_WITH_TIMEOUT(QGuiApplication::clipboard()->text(), secret, Slow);
    QCOMPARE(QGuiApplication::clipboard()->mimeData()->data(QString::fromLatin1(SecretClipboard::SensitiveMimeType)),
             QByteArray("secret"));
    QVERIFY(actions->clipboard()->isPending());
    actions->clipboard()->clearNow();

    // Another endpoint has none: no button there.
    const QString other
        = window.model()->endpointAt(0).id == id ? window.model()->endpointAt(1).id : window.model()->endpointAt(0).id;
    QVERIFY(window.selectId(other));
    QTRY_COMPARE(actions->signingSecrets()->presence(other), SigningSecrets::Presence::NotKept);
    QVERIFY(!pane->offersSigningSecret());
    QVERIFY(window.selectId(id));
    QTRY_VERIFY(pane->offersSigningSecret());

    // Deleting the endpoint removes the kept secret.
    QSignalSpy finished(actions, &EndpointActions::deletionFinished);
    MessageBoxes::setNextAnswers({QMessageBox::Yes});
    actions->deleteAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, Slow);
    QCOMPARE(window.model()->rowOfId(id), -1);
    QTRY_COMPARE_WITH_TIMEOUT(actions->signingSecrets()->presence(id), SigningSecrets::Presence::NotKept, Slow);
    QCOMPARE(secretToolLookup(entry), QString());

    // Never in the log, never in a settings file.
    QSettings().sync();
    for (const QString &line : std::as_const(g_log))
        QVERIFY2(!line.contains(secret), "the secret reached the log");
    QVERIFY(g_log.join(QLatin1Char('\n')).contains(id)); // the log does speak of the endpoint
    QDirIterator files(m_settingsDir.path(), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile f(files.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains(secret.toLatin1()), qPrintable(f.fileName()));
    }
}

QTEST_MAIN(TestSigningSecretKeychain)
#include "tst_signingsecret_keychain.moc"
