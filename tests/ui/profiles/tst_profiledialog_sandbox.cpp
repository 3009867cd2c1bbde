// The first-run ProfileDialog typed into with QTest::keyClicks, its key checked by
// the real sandbox server: format messages, a refused key, a valid key stored and
// returned, and the keychain-unavailable way out (this session only).
#include "apikey.h"
#include "enrolmentfactory.h"
#include "keyring.h"
#include "memorycredentialstore.h"
#include "messageboxes.h"
#include "miniserver.h"
#include "profiletesthelpers.h"
#include "profilestore.h"
#include "sandboxprocess.h"

#include <QApplication>
#include <QClipboard>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <optional>

using namespace ProfileUi;

namespace {
// Every log line of the run, debug included, to prove that no key reaches a log.
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;
void captureLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_log.append(message);
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}
} // namespace

class TestProfileDialogSandbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void firstRunStartsWithDefaults();
    void badKeyFormatGivesSpecificMessage();
    void insecureBaseUrlIsExplained();
    void takenNameIsRefused();
    void unknownKeyIsRefusedAndInputKept();
    void validKeyIsVerifiedStoredAndReturned();
    void keychainUnavailableOffersSessionOnly();
    void keychainUnavailableCancelKeepsInputAndSavesNothing();
    void keychainFailureIsShownWithoutLosingInput();
    void unreachableServerIsReported();
    void verificationCanBeStoppedAndFormIsDisabledMeanwhile();
    void keyNeverReachesTheClipboard();
    void replaceKeyKeepsNameAndStartsEmpty();
    void noLogLineContainsAKey(); // last: looks at everything logged before

private:
    ProfileDialog *makeDialog(ProfileDialog::Mode mode, const Profile &existing = Profile());
    Keyring::Result keyOf(const QString &profile);

    SandboxProcess m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MemoryCredentialStore> m_store;
    std::unique_ptr<Keyring> m_keyring;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<EnrolmentFactory> m_enrolments;
    std::unique_ptr<ProfileDialog> m_dialog;
};

void TestProfileDialogSandbox::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("odwh.*.debug=true"));
    g_previousHandler = qInstallMessageHandler(captureLog);
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    // Every modal question is answered by the test, never shown.
    MessageBoxes::setNextAnswers({});
}

void TestProfileDialogSandbox::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_profiles = std::make_unique<ProfileStore>(m_settings.get());
    m_store = std::make_unique<MemoryCredentialStore>();
    m_keyring = std::make_unique<Keyring>(m_store.get());
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_enrolments = std::make_unique<EnrolmentFactory>(m_profiles.get(), m_keyring.get(), m_nam.get());
    MessageBoxes::setNextAnswers({});
    MessageBoxes::clearShownTexts();
}

void TestProfileDialogSandbox::cleanup()
{
    m_dialog.reset();
    m_enrolments.reset();
    m_keyring.reset();
    m_store.reset();
    m_nam.reset();
    m_profiles.reset();
    m_settings.reset();
    m_dir.reset();
}

ProfileDialog *TestProfileDialogSandbox::makeDialog(ProfileDialog::Mode mode, const Profile &existing)
{
    m_dialog = std::make_unique<ProfileDialog>(mode, m_enrolments.get(), existing);
    m_dialog->show();
    return m_dialog.get();
}

Keyring::Result TestProfileDialogSandbox::keyOf(const QString &profile)
{
    std::optional<Keyring::Result> result;
    m_keyring->keyFor(profile, this, [&](const Keyring::Result &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 5000))
        return Keyring::Result{};
    return *result;
}

void TestProfileDialogSandbox::firstRunStartsWithDefaults()
{
    auto *d = makeDialog(ProfileDialog::Mode::FirstRun);
    QCOMPARE(baseUrlEdit(d)->text(), QStringLiteral("https://api.optimaldial.com"));
    QVERIFY(nameEdit(d)->text().isEmpty());
    QVERIFY(keyEdit(d)->text().isEmpty());
    QCOMPARE(keyEdit(d)->echoMode(), QLineEdit::Password);
    QVERIFY(!verifyButton(d)->isEnabled());
    QVERIFY(!d->isBusy());
    QCOMPARE(d->focusWidget(), static_cast<QWidget *>(nameEdit(d)));
    for (QWidget *w : {static_cast<QWidget *>(nameEdit(d)), static_cast<QWidget *>(baseUrlEdit(d)),
                       static_cast<QWidget *>(keyEdit(d)), static_cast<QWidget *>(showKeyButton(d)),
                       static_cast<QWidget *>(verifyButton(d)), static_cast<QWidget *>(cancelButton(d))})
        QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
}

void TestProfileDialogSandbox::badKeyFormatGivesSpecificMessage()
{
    auto *d = makeDialog(ProfileDialog::Mode::FirstRun);
    type(nameEdit(d), QStringLiteral("Acme"));
    type(keyEdit(d), QStringLiteral("sk_live_abc"));
    QVERIFY2(keyMessage(d)->text().contains(QStringLiteral("od_live_")), qPrintable(keyMessage(d)->text()));
    QVERIFY(!verifyButton(d)->isEnabled());
    type(keyEdit(d), QStringLiteral("od_live_tooShort"));
    QVERIFY2(keyMessage(d)->text().contains(QStringLiteral("32 characters")), qPrintable(keyMessage(d)->text()));
    QVERIFY2(keyMessage(d)->text().contains(QStringLiteral("not 8")), qPrintable(keyMessage(d)->text()));
    QVERIFY(!verifyButton(d)->isEnabled());
    type(keyEdit(d), QStringLiteral("od_live_has space in it 0123456789abc"));
    QVERIFY2(keyMessage(d)->text().contains(QStringLiteral("space")), qPrintable(keyMessage(d)->text()));
    // Enter does nothing while the form is wrong.
    QTest::keyClick(keyEdit(d), Qt::Key_Return);
    QVERIFY(!d->isBusy());
    QVERIFY(d->isVisible());
    // Well formed: the button comes alive, the message says so with the prefix only.
    type(keyEdit(d), SandboxProcess::keyA());
    QVERIFY(verifyButton(d)->isEnabled());
    QVERIFY(keyMessage(d)->text().contains(ApiKey::displayPrefix(SandboxProcess::keyA())));
    QVERIFY(!keyMessage(d)->text().contains(SandboxProcess::keyA()));
}

void TestProfileDialogSandbox::insecureBaseUrlIsExplained()
{
    auto *d = makeDialog(ProfileDialog::Mode::FirstRun);
    fill(d, QStringLiteral("Acme"), QUrl(QStringLiteral("http://api.optimaldial.com")), SandboxProcess::keyA());
    QVERIFY2(baseUrlMessage(d)->text().contains(QStringLiteral("https")), qPrintable(baseUrlMessage(d)->text()));
    QVERIFY(!verifyButton(d)->isEnabled());
    type(baseUrlEdit(d), QStringLiteral("https://api.optimaldial.com/api/v1"));
    QVERIFY2(baseUrlMessage(d)->text().contains(QStringLiteral("/api/v1")), qPrintable(baseUrlMessage(d)->text()));
    QVERIFY(!verifyButton(d)->isEnabled());
    type(baseUrlEdit(d), m_sandbox.baseUrl().toString());
    QVERIFY(baseUrlMessage(d)->text().isEmpty());
    QVERIFY(verifyButton(d)->isEnabled());
}

void TestProfileDialogSandbox::takenNameIsRefused()
{
    QVERIFY(m_profiles->add({QStringLiteral("Acme"), ProfileStore::defaultBaseUrl(), QStringLiteral("od_live_AAAA")}));
    auto *d = makeDialog(ProfileDialog::Mode::AddProfile);
    fill(d, QStringLiteral(" acme "), m_sandbox.baseUrl(), SandboxProcess::keyA());
    QVERIFY2(nameMessage(d)->text().contains(QStringLiteral("already exists")), qPrintable(nameMessage(d)->text()));
    QVERIFY(!verifyButton(d)->isEnabled());
}

void TestProfileDialogSandbox::unknownKeyIsRefusedAndInputKept()
{
    auto *d = makeDialog(ProfileDialog::Mode::FirstRun);
    fill(d, QStringLiteral("Acme"), m_sandbox.baseUrl(), unknownKey());
    QVERIFY(verifyButton(d)->isEnabled());
    QTest::mouseClick(verifyButton(d), Qt::LeftButton);
    QVERIFY(d->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!d->isBusy(), 20000);
    QVERIFY2(d->statusText().contains(QStringLiteral("refused")), qPrintable(d->statusText()));
    QVERIFY(!d->statusText().contains(unknownKey()));
    QVERIFY(d->isVisible());
    QCOMPARE(d->result(), int(QDialog::Rejected));
    // Nothing lost, nothing saved.
    QCOMPARE(nameEdit(d)->text(), QStringLiteral("Acme"));
    QCOMPARE(keyEdit(d)->text(), unknownKey());
    QCOMPARE(baseUrlEdit(d)->text(), m_sandbox.baseUrl().toString());
    QVERIFY(verifyButton(d)->isEnabled());
    QVERIFY(keyEdit(d)->isEnabled());
    QVERIFY(m_profiles->isEmpty());
    QCOMPARE(keyOf(QStringLiteral("Acme")).status, CredentialStore::Status::NotFound);
}

void TestProfileDialogSandbox::validKeyIsVerifiedStoredAndReturned()
{
    m_sandbox.clearReceivedRequests();
    auto *d = makeDialog(ProfileDialog::Mode::FirstRun);
    QSignalSpy saved(d, &ProfileDialog::profileSaved);
    QSignalSpy accepted(d, &QDialog::accepted);
    fill(d, QStringLiteral("  Acme production "), m_sandbox.baseUrl(), SandboxProcess::keyA());
    QTest::keyClick(keyEdit(d), Qt::Key_Return); // the default button
    QVERIFY(accepted.wait(20000));
    QCOMPARE(d->result(), int(QDialog::Accepted));
    QCOMPARE(saved.count(), 1);

    const Profile p = d->profile();
    QCOMPARE(p.name, QStringLiteral("Acme production"));
    QCOMPARE(p.baseUrl, m_sandbox.baseUrl().adjusted(QUrl::StripTrailingSlash));
    QCOMPARE(p.keyPrefix, ApiKey::displayPrefix(SandboxProcess::keyA()));
    QVERIFY(!d->keptForSessionOnly());
    // Saved and current; the key in the (memory) keychain, not a session key.
    QCOMPARE(m_profiles->currentName(), p.name);
    QCOMPARE(*m_profiles->find(p.name), p);
    const auto key = keyOf(p.name);
    QVERIFY(key.ok());
    QCOMPARE(key.key, SandboxProcess::keyA());
    QCOMPARE(key.source, Keyring::Source::Store);
    QVERIFY(!m_keyring->hasSessionKey(p.name));
    // The check was one GET of an endpoint that does not exist.
    const QByteArray requests = m_sandbox.receivedRequests();
    QVERIFY2(requests.contains("/api/v1/webhooks/"), requests.constData());
    QVERIFY2(!requests.contains("\"POST\"") && !requests.contains("\"PATCH\"") && !requests.contains("\"DELETE\""),
             requests.constData());
}

void TestProfileDialogSandbox::keychainUnavailableOffersSessionOnly()
{
    m_store->setForcedStatus(CredentialStore::Status::Unavailable);
    MessageBoxes::setNextAnswers({QMessageBox::Yes}); // "Use for this session only"
    auto *d = makeDialog(ProfileDialog::Mode::FirstRun);
    QSignalSpy accepted(d, &QDialog::accepted);
    fill(d, QStringLiteral("Acme"), m_sandbox.baseUrl(), SandboxProcess::keyA());
    QTest::mouseClick(verifyButton(d), Qt::LeftButton);
    QVERIFY(accepted.wait(20000));

    // The explanation was given, with the choice.
    const QStringList shown = MessageBoxes::shownTexts();
    QCOMPARE(shown.size(), 1);
    QVERIFY2(shown.first().contains(CredentialStore::describe(CredentialStore::Status::Unavailable)), qPrintable(shown.first()));
    QVERIFY2(shown.first().contains(QStringLiteral("this session only")), qPrintable(shown.first()));
    QVERIFY(!shown.first().contains(SandboxProcess::keyA()));

    QVERIFY(d->keptForSessionOnly());
    QVERIFY(m_keyring->hasSessionKey(QStringLiteral("Acme")));
    const auto key = keyOf(QStringLiteral("Acme"));
    QVERIFY(key.ok());
    QCOMPARE(key.key, SandboxProcess::keyA());
    QCOMPARE(key.source, Keyring::Source::Session);
    // In memory only: the keychain, once back, has nothing; the settings only the prefix.
    m_store->setForcedStatus(CredentialStore::Status::Ok);
    std::optional<CredentialStore::Result> raw;
    m_store->readKey(QStringLiteral("Acme"), this, [&](const CredentialStore::Result &r) { raw = r; });
    QTRY_VERIFY(raw.has_value());
    QCOMPARE(raw->status, CredentialStore::Status::NotFound);
    QCOMPARE(m_profiles->find(QStringLiteral("Acme"))->keyPrefix, ApiKey::displayPrefix(SandboxProcess::keyA()));
    m_settings->sync();
    QFile ini(m_settings->fileName());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains(SandboxProcess::keyA().toUtf8()));
}

void TestProfileDialogSandbox::keychainUnavailableCancelKeepsInputAndSavesNothing()
{
    m_store->setForcedStatus(CredentialStore::Status::Denied);
    MessageBoxes::setNextAnswers({QMessageBox::Cancel});
    auto *d = makeDialog(ProfileDialog::Mode::FirstRun);
    fill(d, QStringLiteral("Acme"), m_sandbox.baseUrl(), SandboxProcess::keyA());
    QTest::mouseClick(verifyButton(d), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(MessageBoxes::shownTexts().size(), 1, 20000);
    QTRY_VERIFY(!d->isBusy());
    QVERIFY(MessageBoxes::shownTexts().first().contains(CredentialStore::describe(CredentialStore::Status::Denied)));
    QVERIFY(d->isVisible());
    QVERIFY2(d->statusText().contains(CredentialStore::describe(CredentialStore::Status::Denied)), qPrintable(d->statusText()));
    QVERIFY2(d->statusText().contains(QStringLiteral("not saved")), qPrintable(d->statusText()));
    QCOMPARE(keyEdit(d)->text(), SandboxProcess::keyA());
    QVERIFY(verifyButton(d)->isEnabled());
    QVERIFY(!m_keyring->hasSessionKey(QStringLiteral("Acme")));
    QVERIFY(m_profiles->isEmpty());
}

void TestProfileDialogSandbox::keychainFailureIsShownWithoutLosingInput()
{
    m_store->setForcedStatus(CredentialStore::Status::Failed);
    auto *d = makeDialog(ProfileDialog::Mode::FirstRun);
    fill(d, QStringLiteral("Acme"), m_sandbox.baseUrl(), SandboxProcess::keyA());
    QTest::mouseClick(verifyButton(d), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!d->isBusy(), 20000);
    QVERIFY(MessageBoxes::shownTexts().isEmpty()); // no session-only offer for a plain failure
    QVERIFY2(d->statusText().contains(CredentialStore::describe(CredentialStore::Status::Failed)), qPrintable(d->statusText()));
    QCOMPARE(keyEdit(d)->text(), SandboxProcess::keyA());
    QVERIFY(m_profiles->isEmpty());
    QVERIFY(!m_keyring->hasSessionKey(QStringLiteral("Acme")));
}

void TestProfileDialogSandbox::unreachableServerIsReported()
{
    QUrl gone = m_sandbox.baseUrl();
    {
        MiniServer closed;
        QVERIFY(closed.isListening());
        gone = closed.url();
    } // nobody listens there now
    auto *d = makeDialog(ProfileDialog::Mode::FirstRun);
    fill(d, QStringLiteral("Acme"), gone, SandboxProcess::keyA());
    QTest::mouseClick(verifyButton(d), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!d->isBusy(), 20000);
    QVERIFY2(d->statusText().contains(QStringLiteral("connect")), qPrintable(d->statusText()));
    QCOMPARE(keyEdit(d)->text(), SandboxProcess::keyA());
    QVERIFY(m_profiles->isEmpty());
}

void TestProfileDialogSandbox::verificationCanBeStoppedAndFormIsDisabledMeanwhile()
{
    MiniServer silent;
    QVERIFY(silent.isListening());
    silent.setHandler([](const HttpRequest &) { return MiniServer::Answer::hangUp(); });
    auto *d = makeDialog(ProfileDialog::Mode::FirstRun);
    fill(d, QStringLiteral("Acme"), silent.url(), SandboxProcess::keyA());
    QTest::mouseClick(verifyButton(d), Qt::LeftButton);
    QVERIFY(d->isBusy());
    QVERIFY(!nameEdit(d)->isEnabled());
    QVERIFY(!keyEdit(d)->isEnabled());
    QVERIFY(!baseUrlEdit(d)->isEnabled());
    QVERIFY(!verifyButton(d)->isEnabled());
    QVERIFY(stopButton(d)->isVisible());
    QVERIFY(d->statusText().contains(silent.url().toDisplayString()));
    QTRY_COMPARE(silent.requests.size(), 1);
    QTest::mouseClick(stopButton(d), Qt::LeftButton);
    QVERIFY(!d->isBusy());
    QVERIFY(d->isVisible());
    QVERIFY2(d->statusText().contains(QStringLiteral("stopped")), qPrintable(d->statusText()));
    QVERIFY(keyEdit(d)->isEnabled());
    QCOMPARE(keyEdit(d)->text(), SandboxProcess::keyA());
    QVERIFY(!stopButton(d)->isVisible());

    // Escape while checking: the check stops and the dialog closes, saving nothing.
    QTest::mouseClick(verifyButton(d), Qt::LeftButton);
    QVERIFY(d->isBusy());
    QTest::keyClick(d, Qt::Key_Escape);
    QVERIFY(!d->isVisible());
    QCOMPARE(d->result(), int(QDialog::Rejected));
    QVERIFY(m_profiles->isEmpty());
}

void TestProfileDialogSandbox::keyNeverReachesTheClipboard()
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    const QString sentinel = QStringLiteral("clipboard-before");
    clipboard->setText(sentinel);
    auto *d = makeDialog(ProfileDialog::Mode::FirstRun);
    QLineEdit *key = keyEdit(d);
    type(key, SandboxProcess::keyA());

    // Hidden.
    key->selectAll();
    QTest::keySequence(key, QKeySequence::Copy);
    QTest::keySequence(key, QKeySequence::Cut);
    QCOMPARE(clipboard->text(), sentinel);
    QCOMPARE(key->text(), SandboxProcess::keyA());

    // Shown: readable, still not copyable, and not even selectable (X11's selection).
    QTest::mouseClick(showKeyButton(d), Qt::LeftButton);
    QCOMPARE(key->echoMode(), QLineEdit::Normal);
    QCOMPARE(showKeyButton(d)->accessibleName(), QStringLiteral("Hide the API key"));
    key->setFocus();
    key->selectAll();
    QVERIFY(!key->hasSelectedText());
    QTest::keySequence(key, QKeySequence::SelectAll);
    QTest::keySequence(key, QKeySequence::Copy);
    QTest::keySequence(key, QKeySequence::Cut);
    QCOMPARE(clipboard->text(), sentinel);
    if (clipboard->supportsSelection())
        QVERIFY(clipboard->text(QClipboard::Selection) != key->text());
    QCOMPARE(key->text(), SandboxProcess::keyA());
    QTest::mouseClick(showKeyButton(d), Qt::LeftButton);
    QCOMPARE(key->echoMode(), QLineEdit::Password);
}

void TestProfileDialogSandbox::replaceKeyKeepsNameAndStartsEmpty()
{
    const Profile existing{QStringLiteral("Acme"), m_sandbox.baseUrl(), ApiKey::displayPrefix(SandboxProcess::keyA())};
    QVERIFY(m_profiles->add(existing));
    bool stored = false;
    m_keyring->storeKey(existing.name, SandboxProcess::keyA(), this, [&](const Keyring::Result &r) { stored = r.ok(); });
    QTRY_VERIFY(stored);

    auto *d = makeDialog(ProfileDialog::Mode::ReplaceKey, *m_profiles->find(existing.name));
    QCOMPARE(nameEdit(d)->text(), existing.name);
    QVERIFY(nameEdit(d)->isReadOnly());
    QVERIFY(keyEdit(d)->text().isEmpty());
    QCOMPARE(QUrl(baseUrlEdit(d)->text()), existing.baseUrl.adjusted(QUrl::StripTrailingSlash));
    QVERIFY(!verifyButton(d)->isEnabled());

    // A refused key leaves the old one alone.
    type(keyEdit(d), unknownKey());
    QTest::mouseClick(verifyButton(d), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!d->isBusy(), 20000);
    QVERIFY(d->statusText().contains(QStringLiteral("refused")));
    QCOMPARE(keyOf(existing.name).key, SandboxProcess::keyA());

    QSignalSpy accepted(d, &QDialog::accepted);
    type(keyEdit(d), SandboxProcess::keyB());
    QTest::mouseClick(verifyButton(d), Qt::LeftButton);
    QVERIFY(accepted.wait(20000));
    QCOMPARE(d->profile().name, existing.name);
    QCOMPARE(d->profile().keyPrefix, ApiKey::displayPrefix(SandboxProcess::keyB()));
    QCOMPARE(m_profiles->count(), 1);
    QCOMPARE(m_profiles->find(existing.name)->keyPrefix, ApiKey::displayPrefix(SandboxProcess::keyB()));
    QCOMPARE(keyOf(existing.name).key, SandboxProcess::keyB());
}

void TestProfileDialogSandbox::noLogLineContainsAKey()
{
    QVERIFY(g_log.size() > 10);
    QVERIFY(g_log.join(QLatin1Char('\n')).contains(ApiKey::displayPrefix(SandboxProcess::keyA())));
    for (const QString &line : std::as_const(g_log)) {
        for (const QString &key : {SandboxProcess::keyA(), SandboxProcess::keyB(), unknownKey()})
            QVERIFY2(!line.contains(key.mid(ApiKey::DisplayPrefixLength)), qPrintable(line));
    }
}

QTEST_MAIN(TestProfileDialogSandbox)
#include "tst_profiledialog_sandbox.moc"
