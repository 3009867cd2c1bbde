// ManageProfilesDialog over a MemoryCredentialStore: the list, Set as Current,
// Remove (asked through MessageBoxes; keychain entry and profile gone), Add and
// Replace Key through ProfileDialog (key checked by a scripted loopback server).
#include "apikey.h"
#include "enrolmentfactory.h"
#include "keyring.h"
#include "manageprofilesdialog.h"
#include "memorycredentialstore.h"
#include "messageboxes.h"
#include "miniserver.h"
#include "profiletesthelpers.h"
#include "profilestore.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <optional>

using namespace ProfileUi;

class TestManageProfilesDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void listsEveryProfileWithPrefixOnly();
    void setAsCurrentSwitches();
    void removeAsksThenDeletesKeyAndProfile();
    void removeCancelledKeepsEverything();
    void removeWhenKeychainIsUnavailableAsksAgain();
    void addThroughTheProfileDialog();
    void replaceKeyThroughTheProfileDialog();
    void removingTheLastProfileLeavesNoCurrent();

private:
    ManageProfilesDialog *makeDialog();
    QTreeWidget *list() const { return m_dialog->findChild<QTreeWidget *>(QStringLiteral("profileList")); }
    QPushButton *button(const char *name) const { return m_dialog->findChild<QPushButton *>(QString::fromLatin1(name)); }
    void select(const QString &name) { m_dialog->selectProfile(name); }
    CredentialStore::Result rawKey(const QString &profile);
    void storeKey(const QString &profile, const QString &key);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MemoryCredentialStore> m_store;
    std::unique_ptr<Keyring> m_keyring;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<EnrolmentFactory> m_enrolments;
    std::unique_ptr<MiniServer> m_server;
    std::unique_ptr<ManageProfilesDialog> m_dialog;
    const QString m_keyA = QStringLiteral("od_live_AcmeKey0000000000000000000000000");
    const QString m_keyB = QStringLiteral("od_live_GlobexKey00000000000000000000000");
    const QString m_keyC = QStringLiteral("od_live_InitechKey0000000000000000000000");
};

void TestManageProfilesDialog::init()
{
    MessageBoxes::setNextAnswers({});
    MessageBoxes::clearShownTexts();
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_profiles = std::make_unique<ProfileStore>(m_settings.get());
    m_store = std::make_unique<MemoryCredentialStore>();
    m_keyring = std::make_unique<Keyring>(m_store.get());
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_enrolments = std::make_unique<EnrolmentFactory>(m_profiles.get(), m_keyring.get(), m_nam.get());
    m_server = std::make_unique<MiniServer>();
    QVERIFY(m_server->isListening());
    // Every key check: the endpoint does not exist, so the key was accepted.
    m_server->setHandler([](const HttpRequest &) {
        return MiniServer::Answer{MiniServer::response(404, R"({"detail":"Webhook endpoint not found"})")};
    });
    QVERIFY(ApiKey::isWellFormed(m_keyA) && ApiKey::isWellFormed(m_keyB) && ApiKey::isWellFormed(m_keyC));

    QVERIFY(m_profiles->add({QStringLiteral("Acme"), ProfileStore::defaultBaseUrl(), ApiKey::displayPrefix(m_keyA)}));
    QVERIFY(m_profiles->add({QStringLiteral("Globex"), QUrl(QStringLiteral("https://eu.api.optimaldial.com")),
                             ApiKey::displayPrefix(m_keyB)}));
    QVERIFY(m_profiles->add({QStringLiteral("Local sandbox"), m_server->url(), ApiKey::displayPrefix(m_keyC)}));
    storeKey(QStringLiteral("Acme"), m_keyA);
    storeKey(QStringLiteral("Globex"), m_keyB);
    m_keyring->useForSessionOnly(QStringLiteral("Local sandbox"), m_keyC);
}

void TestManageProfilesDialog::cleanup()
{
    m_dialog.reset();
    m_enrolments.reset();
    m_keyring.reset();
    m_store.reset();
    m_nam.reset();
    m_server.reset();
    m_profiles.reset();
    m_settings.reset();
    m_dir.reset();
}

ManageProfilesDialog *TestManageProfilesDialog::makeDialog()
{
    m_dialog = std::make_unique<ManageProfilesDialog>(m_profiles.get(), m_keyring.get(), m_enrolments.get());
    m_dialog->show();
    return m_dialog.get();
}

CredentialStore::Result TestManageProfilesDialog::rawKey(const QString &profile)
{
    std::optional<CredentialStore::Result> result;
    m_store->readKey(profile, this, [&](const CredentialStore::Result &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 5000))
        return {};
    return *result;
}

void TestManageProfilesDialog::storeKey(const QString &profile, const QString &key)
{
    bool done = false;
    m_keyring->storeKey(profile, key, this, [&](const Keyring::Result &r) { done = r.ok(); });
    QTRY_VERIFY(done);
}

void TestManageProfilesDialog::listsEveryProfileWithPrefixOnly()
{
    makeDialog();
    QTreeWidget *l = list();
    QCOMPARE(l->topLevelItemCount(), 3);
    QCOMPARE(l->topLevelItem(0)->text(ManageProfilesDialog::NameColumn), QStringLiteral("Acme"));
    QCOMPARE(l->topLevelItem(0)->text(ManageProfilesDialog::BaseUrlColumn), QStringLiteral("https://api.optimaldial.com"));
    QVERIFY(l->topLevelItem(0)->text(ManageProfilesDialog::KeyColumn).startsWith(ApiKey::displayPrefix(m_keyA)));
    QCOMPARE(l->topLevelItem(0)->text(ManageProfilesDialog::StatusColumn), QStringLiteral("Current"));
    QVERIFY(l->topLevelItem(1)->text(ManageProfilesDialog::StatusColumn).isEmpty());
    QVERIFY(l->topLevelItem(2)->text(ManageProfilesDialog::KeyColumn).contains(QStringLiteral("this session only")));
    for (int i = 0; i < l->topLevelItemCount(); ++i) {
        for (int c = 0; c < ManageProfilesDialog::ColumnCount; ++c) {
            const QString text = l->topLevelItem(i)->text(c);
            QVERIFY(!text.contains(m_keyA) && !text.contains(m_keyB) && !text.contains(m_keyC));
        }
    }
    QCOMPARE(m_dialog->selectedName(), QStringLiteral("Acme"));
    QVERIFY(!button("setCurrentButton")->isEnabled()); // already current
    QVERIFY(button("removeButton")->isEnabled());
    for (const char *name : {"addButton", "replaceKeyButton", "setCurrentButton", "removeButton"})
        QVERIFY(!button(name)->accessibleName().isEmpty());
}

void TestManageProfilesDialog::setAsCurrentSwitches()
{
    makeDialog();
    QSignalSpy current(m_dialog.get(), &ManageProfilesDialog::currentProfileChanged);
    select(QStringLiteral("Globex"));
    QVERIFY(button("setCurrentButton")->isEnabled());
    QTest::mouseClick(button("setCurrentButton"), Qt::LeftButton);
    QCOMPARE(current.count(), 1);
    QCOMPARE(current.at(0).at(0).toString(), QStringLiteral("Globex"));
    QCOMPARE(m_profiles->currentName(), QStringLiteral("Globex"));
    QCOMPARE(list()->topLevelItem(1)->text(ManageProfilesDialog::StatusColumn), QStringLiteral("Current"));
    QVERIFY(list()->topLevelItem(0)->text(ManageProfilesDialog::StatusColumn).isEmpty());
    QCOMPARE(m_dialog->selectedName(), QStringLiteral("Globex"));
    QVERIFY(!button("setCurrentButton")->isEnabled());
}

void TestManageProfilesDialog::removeAsksThenDeletesKeyAndProfile()
{
    makeDialog();
    QSignalSpy removed(m_dialog.get(), &ManageProfilesDialog::profileRemoved);
    QSignalSpy current(m_dialog.get(), &ManageProfilesDialog::currentProfileChanged);
    MessageBoxes::setNextAnswers({QMessageBox::Yes});
    select(QStringLiteral("Acme"));
    QTest::mouseClick(button("removeButton"), Qt::LeftButton);
    QVERIFY(removed.wait(5000));
    QCOMPARE(removed.at(0).at(0).toString(), QStringLiteral("Acme"));
    QCOMPARE(MessageBoxes::shownTexts().size(), 1);
    QVERIFY(MessageBoxes::shownTexts().first().contains(QStringLiteral("\u201cAcme\u201d")));
    QVERIFY(!m_profiles->contains(QStringLiteral("Acme")));
    QCOMPARE(rawKey(QStringLiteral("Acme")).status, CredentialStore::Status::NotFound);
    QCOMPARE(rawKey(QStringLiteral("Globex")).secret, m_keyB); // the others are untouched
    QCOMPARE(list()->topLevelItemCount(), 2);
    // It was current: the first remaining profile is now.
    QCOMPARE(current.count(), 1);
    QCOMPARE(current.at(0).at(0).toString(), QStringLiteral("Globex"));

    // A session-only key goes too (Delete key on the list works like the button).
    MessageBoxes::setNextAnswers({QMessageBox::Yes});
    select(QStringLiteral("Local sandbox"));
    list()->setFocus();
    QTest::keySequence(list(), QKeySequence::Delete);
    QVERIFY(removed.wait(5000));
    QVERIFY(!m_keyring->hasSessionKey(QStringLiteral("Local sandbox")));
    QCOMPARE(m_profiles->names(), QStringList{QStringLiteral("Globex")});
}

void TestManageProfilesDialog::removeCancelledKeepsEverything()
{
    makeDialog();
    QSignalSpy removed(m_dialog.get(), &ManageProfilesDialog::profileRemoved);
    MessageBoxes::setNextAnswers({QMessageBox::Cancel});
    select(QStringLiteral("Globex"));
    QTest::mouseClick(button("removeButton"), Qt::LeftButton);
    QCOMPARE(MessageBoxes::shownTexts().size(), 1);
    QTest::qWait(50);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(m_profiles->count(), 3);
    QCOMPARE(rawKey(QStringLiteral("Globex")).secret, m_keyB);
    QVERIFY(!m_dialog->isBusy());
}

void TestManageProfilesDialog::removeWhenKeychainIsUnavailableAsksAgain()
{
    makeDialog();
    QSignalSpy removed(m_dialog.get(), &ManageProfilesDialog::profileRemoved);
    m_store->setForcedStatus(CredentialStore::Status::Unavailable);
    // First: keep it after all.
    MessageBoxes::setNextAnswers({QMessageBox::Yes, QMessageBox::Cancel});
    select(QStringLiteral("Globex"));
    QTest::mouseClick(button("removeButton"), Qt::LeftButton);
    QTRY_COMPARE(MessageBoxes::shownTexts().size(), 2);
    QTRY_VERIFY(!m_dialog->isBusy());
    QVERIFY2(MessageBoxes::shownTexts().at(1).contains(CredentialStore::describe(CredentialStore::Status::Unavailable)),
             qPrintable(MessageBoxes::shownTexts().at(1)));
    QCOMPARE(removed.count(), 0);
    QVERIFY(m_profiles->contains(QStringLiteral("Globex")));
    // Then: remove anyway.
    MessageBoxes::setNextAnswers({QMessageBox::Yes, QMessageBox::Yes});
    QTest::mouseClick(button("removeButton"), Qt::LeftButton);
    QVERIFY(removed.wait(5000));
    QVERIFY(!m_profiles->contains(QStringLiteral("Globex")));
}

void TestManageProfilesDialog::addThroughTheProfileDialog()
{
    makeDialog();
    QSignalSpy added(m_dialog.get(), &ManageProfilesDialog::profileAdded);
    QTest::mouseClick(button("addButton"), Qt::LeftButton);
    ProfileDialog *d = m_dialog->openProfileDialog();
    QVERIFY(d);
    QTRY_VERIFY(d->isVisible());
    QCOMPARE(d->mode(), ProfileDialog::Mode::AddProfile);
    const QString key = QStringLiteral("od_live_UmbrellaKey000000000000000000000");
    QVERIFY(ApiKey::isWellFormed(key));
    fill(d, QStringLiteral("Umbrella"), m_server->url(), key);
    QTest::mouseClick(verifyButton(d), Qt::LeftButton);
    QVERIFY(added.wait(10000));
    const Profile p = added.at(0).at(0).value<Profile>();
    QCOMPARE(p.name, QStringLiteral("Umbrella"));
    QCOMPARE(p.keyPrefix, ApiKey::displayPrefix(key));
    QCOMPARE(list()->topLevelItemCount(), 4);
    QCOMPARE(m_dialog->selectedName(), QStringLiteral("Umbrella"));
    QCOMPARE(rawKey(QStringLiteral("Umbrella")).secret, key);
    QCOMPARE(m_profiles->currentName(), QStringLiteral("Acme")); // adding does not switch
    QTRY_VERIFY(!m_dialog->openProfileDialog());
}

void TestManageProfilesDialog::replaceKeyThroughTheProfileDialog()
{
    makeDialog();
    QSignalSpy replaced(m_dialog.get(), &ManageProfilesDialog::keyReplaced);
    select(QStringLiteral("Local sandbox"));
    QTest::mouseClick(button("replaceKeyButton"), Qt::LeftButton);
    ProfileDialog *d = m_dialog->openProfileDialog();
    QVERIFY(d);
    QCOMPARE(d->mode(), ProfileDialog::Mode::ReplaceKey);
    QCOMPARE(nameEdit(d)->text(), QStringLiteral("Local sandbox"));
    QVERIFY(keyEdit(d)->text().isEmpty());
    const QString key = QStringLiteral("od_live_NewSandboxKey0000000000000000000");
    QVERIFY(ApiKey::isWellFormed(key));
    type(keyEdit(d), key);
    QTest::mouseClick(verifyButton(d), Qt::LeftButton);
    QVERIFY(replaced.wait(10000));
    QCOMPARE(replaced.at(0).at(0).value<Profile>().keyPrefix, ApiKey::displayPrefix(key));
    // Now in the keychain; the old session-only key is gone.
    QVERIFY(!m_keyring->hasSessionKey(QStringLiteral("Local sandbox")));
    QCOMPARE(rawKey(QStringLiteral("Local sandbox")).secret, key);
    const QString shown = list()->topLevelItem(2)->text(ManageProfilesDialog::KeyColumn);
    QVERIFY2(shown.startsWith(ApiKey::displayPrefix(key)) && !shown.contains(QStringLiteral("session")), qPrintable(shown));
}

void TestManageProfilesDialog::removingTheLastProfileLeavesNoCurrent()
{
    makeDialog();
    QSignalSpy current(m_dialog.get(), &ManageProfilesDialog::currentProfileChanged);
    for (const QString &name : m_profiles->names()) {
        MessageBoxes::setNextAnswers({QMessageBox::Yes});
        select(name);
        QSignalSpy removed(m_dialog.get(), &ManageProfilesDialog::profileRemoved);
        QTest::mouseClick(button("removeButton"), Qt::LeftButton);
        QVERIFY(removed.wait(5000));
    }
    QVERIFY(m_profiles->isEmpty());
    QCOMPARE(list()->topLevelItemCount(), 0);
    QVERIFY(!current.isEmpty());
    QVERIFY(current.last().at(0).toString().isEmpty());
    QVERIFY(!button("removeButton")->isEnabled());
    QVERIFY(button("addButton")->isEnabled());
}

QTEST_MAIN(TestManageProfilesDialog)
#include "tst_manageprofilesdialog.moc"
