// The one-time signing secret dialog: monospace, read-only and selectable; Copy puts it
// on the clipboard marked sensitive; Close only after "I have stored the secret"; Esc
// before copying or confirming asks first; keeping it stores it under the endpoint's id.
#include "editdialogtesthelpers.h"
#include "memorycredentialstore.h"
#include "messageboxes.h"
#include "secretclipboard.h"
#include "signingsecretdialog.h"
#include "signingsecrets.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFontInfo>
#include <QMimeData>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleFactory>
#include <QtTest>
#include <memory>

namespace {
const QString Secret = QStringLiteral("3f1c9a0b5e7d2c4a6b8e0f1d3c5a7b9e2d4f6a8c0e1b3d5f7a9c2e4b6d8f0a1c");

CreatedWebhook created()
{
    CreatedWebhook c;
    c.webhook.id = QStringLiteral("0b6e7f4e-2a4c-4d4f-9a55-1f1e6d6c9a01");
    c.webhook.url = QStringLiteral("https://receiver.example.com/od");
    c.secret = Secret;
    return c;
}
} // namespace

class TestSigningSecretDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void showsTheSecretReadOnlyInMonospace();
    void closeIsDisabledUntilConfirmed();
    void escapeBeforeCopyingAsksAndCanStay();
    void escapeAfterCopyingCloses();
    void copyMarksTheClipboardSensitive();
    void keepingStoresUnderTheEndpointIdAndUnkeepingRemoves();
    void aFailingKeychainSaysSoWithoutTheSecret();

private:
    std::unique_ptr<SigningSecretDialog> open(SigningSecrets *secrets = nullptr);

    SecretClipboard m_clipboard;
};

void TestSigningSecretDialog::initTestCase()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(QApplication::style()->standardPalette());
}

void TestSigningSecretDialog::init()
{
    MessageBoxes::setNextAnswers({});
    MessageBoxes::clearShownTexts();
    QGuiApplication::clipboard()->clear();
}

std::unique_ptr<SigningSecretDialog> TestSigningSecretDialog::open(SigningSecrets *secrets)
{
    auto dialog = std::make_unique<SigningSecretDialog>(created(), &m_clipboard, secrets);
    dialog->show();
    dialog->activateWindow();
    if (!QTest::qWaitForWindowActive(dialog.get()))
        qWarning("dialog not active");
    return dialog;
}

void TestSigningSecretDialog::showsTheSecretReadOnlyInMonospace()
{
    auto dialog = open();
    auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("secretEdit"));
    QVERIFY(edit);
    QCOMPARE(edit->text(), Secret);
    QVERIFY(edit->isReadOnly());
    QVERIFY(QFontInfo(edit->font()).fixedPitch());
    QVERIFY(!edit->accessibleName().isEmpty());
    auto *warning = dialog->findChild<QLabel *>(QStringLiteral("warningLabel"));
    QVERIFY(warning->text().contains(QLatin1String("cannot show it again")));
    auto *intro = dialog->findChild<QLabel *>(QStringLiteral("introLabel"));
    QVERIFY(intro->text().contains(QLatin1String("https://receiver.example.com/od")));
    // No keychain given: keeping is not offered.
    QVERIFY(!dialog->findChild<QCheckBox *>(QStringLiteral("keepCheck"))->isVisible());
}

void TestSigningSecretDialog::closeIsDisabledUntilConfirmed()
{
    auto dialog = open();
    auto *close = dialog->findChild<QPushButton *>(QStringLiteral("closeButton"));
    auto *stored = dialog->findChild<QCheckBox *>(QStringLiteral("storedCheck"));
    QVERIFY(close && stored);
    QVERIFY(!close->isEnabled());
    dialog->accept(); // e.g. Enter: refused while unconfirmed
    QVERIFY(dialog->isVisible());
    stored->click();
    QVERIFY(close->isEnabled());
    close->click();
    QVERIFY(!dialog->isVisible());
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QVERIFY(MessageBoxes::shownTexts().isEmpty());
}

void TestSigningSecretDialog::escapeBeforeCopyingAsksAndCanStay()
{
    auto dialog = open();
    MessageBoxes::setNextAnswers({QMessageBox::Cancel});
    QTest::keyClick(dialog.get(), Qt::Key_Escape);
    QVERIFY(dialog->isVisible());
    QCOMPARE(MessageBoxes::shownTexts().size(), 1);
    QVERIFY(MessageBoxes::shownTexts().constFirst().contains(QLatin1String("cannot be shown again")));
    QVERIFY(!MessageBoxes::shownTexts().constFirst().contains(Secret));
    // The window's close button asks too.
    MessageBoxes::setNextAnswers({QMessageBox::Cancel});
    dialog->close();
    QVERIFY(dialog->isVisible());
    QCOMPARE(MessageBoxes::shownTexts().size(), 2);
    // Insisting closes.
    MessageBoxes::setNextAnswers({QMessageBox::Close});
    QTest::keyClick(dialog.get(), Qt::Key_Escape);
    QVERIFY(!dialog->isVisible());
}

void TestSigningSecretDialog::escapeAfterCopyingCloses()
{
    auto dialog = open();
    dialog->findChild<QPushButton *>(QStringLiteral("copyButton"))->click();
    QVERIFY(dialog->wasCopied());
    QTest::keyClick(dialog.get(), Qt::Key_Escape);
    QVERIFY(!dialog->isVisible());
    QVERIFY(MessageBoxes::shownTexts().isEmpty());
}

void TestSigningSecretDialog::copyMarksTheClipboardSensitive()
{
    auto dialog = open();
    auto *status = dialog->findChild<QLabel *>(QStringLiteral("copyStatus"));
    QVERIFY(!status->isVisible());
    dialog->findChild<QPushButton *>(QStringLiteral("copyButton"))->click();
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    QVERIFY(data);
    QCOMPARE(data->text(), Secret);
    QCOMPARE(data->data(QString::fromLatin1(SecretClipboard::SensitiveMimeType)), QByteArray("secret"));
    QVERIFY(m_clipboard.isPending());
    QVERIFY(status->isVisible());
    QVERIFY(status->text().contains(QLatin1String("30")));
    takeShot(dialog.get(), QStringLiteral("secret-dialog"));
    m_clipboard.clearNow();
}

void TestSigningSecretDialog::keepingStoresUnderTheEndpointIdAndUnkeepingRemoves()
{
    MemoryCredentialStore store;
    SigningSecrets secrets(&store);
    auto dialog = open(&secrets);
    auto *keep = dialog->findChild<QCheckBox *>(QStringLiteral("keepCheck"));
    QVERIFY(keep->isVisible());
    QVERIFY(!keep->isChecked());
    QSignalSpy kept(dialog.get(), &SigningSecretDialog::keptChanged);
    keep->click();
    QVERIFY(kept.wait(5000));
    QCOMPARE(kept.at(0).at(1).toBool(), true);
    QCOMPARE(secrets.presence(created().webhook.id), SigningSecrets::Presence::Kept);

    std::optional<CredentialStore::Result> read;
    store.readKey(SigningSecrets::entryName(created().webhook.id), this,
                  [&](const CredentialStore::Result &r) { read = r; });
    QTRY_VERIFY(read.has_value());
    QVERIFY(read->ok());
    QCOMPARE(read->secret, Secret);
    auto *status = dialog->findChild<QLabel *>(QStringLiteral("keepStatus"));
    QVERIFY(status->isVisible());
    QVERIFY(status->text().contains(QLatin1String("Copy signing secret")));

    keep->click();
    QVERIFY(kept.wait(5000));
    QCOMPARE(kept.at(1).at(1).toBool(), false);
    read.reset();
    store.readKey(SigningSecrets::entryName(created().webhook.id), this,
                  [&](const CredentialStore::Result &r) { read = r; });
    QTRY_VERIFY(read.has_value());
    QCOMPARE(read->status, CredentialStore::Status::NotFound);
}

void TestSigningSecretDialog::aFailingKeychainSaysSoWithoutTheSecret()
{
    MemoryCredentialStore store;
    store.setForcedStatus(CredentialStore::Status::Unavailable);
    SigningSecrets secrets(&store);
    auto dialog = open(&secrets);
    auto *keep = dialog->findChild<QCheckBox *>(QStringLiteral("keepCheck"));
    auto *status = dialog->findChild<QLabel *>(QStringLiteral("keepStatus"));
    keep->click();
    QTRY_VERIFY(status->isVisible());
    QVERIFY(!keep->isChecked()); // not kept: the box says so
    QVERIFY(keep->isEnabled());
    QVERIFY2(status->text().contains(QLatin1String("could not be kept")), qPrintable(status->text()));
    QVERIFY(!status->text().contains(Secret));
    QCOMPARE(secrets.presence(created().webhook.id), SigningSecrets::Presence::Unknown);
}

QTEST_MAIN(TestSigningSecretDialog)
#include "tst_signingsecretdialog.moc"
