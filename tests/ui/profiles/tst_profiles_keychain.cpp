// Profiles and keys on a real Secret Service (gnome-keyring on a session D-Bus):
// store a key through Keyring + KeychainCredentialStore, replace it, remove the
// profile in ManageProfilesDialog -> the keychain entry is gone; a session-only key
// never reaches the keychain; and no file under HOME/XDG holds a key, the settings
// file included.
#include "apikey.h"
#include "appinfo.h"
#include "enrolmentfactory.h"
#include "keychaincredentialstore.h"
#include "keyring.h"
#include "manageprofilesdialog.h"
#include "messageboxes.h"
#include "profilestore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include "filescan.h"

#include <QtTest>
#include <optional>

class TestProfilesKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void storeReplaceAndRemoveProfile();
    void sessionOnlyKeyNeverReachesTheKeychain();
    void noFileContainsAKey();

private:
    Keyring::Result await(const std::function<void(Keyring::Callback)> &start);
    // What another Secret Service client sees for our service: "" when nothing.
    QString secretToolSearch(bool *ran);
    QString secretToolLookup(const QString &profile);

    QString m_service;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<KeychainCredentialStore> m_store;
    std::unique_ptr<Keyring> m_keyring;
    const QString m_key1 = QStringLiteral("od_live_ProfKeychainOne00000000000000000");
    const QString m_key2 = QStringLiteral("od_live_ProfKeychainTwo00000000000000000");
    const QString m_key3 = QStringLiteral("od_live_ProfKeychainSession0000000000000");
};

void TestProfilesKeychain::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QFAIL("No session D-Bus: run the suite with the README's test command (it starts D-Bus and gnome-keyring).");
    QVERIFY(ApiKey::isWellFormed(m_key1) && ApiKey::isWellFormed(m_key2) && ApiKey::isWellFormed(m_key3));
    MessageBoxes::setNextAnswers({});
    // Entries of our own, so that a developer's real entries are never touched.
    m_service = AppInfo::id() + QStringLiteral(".test-profiles-") + QString::number(QCoreApplication::applicationPid());
    // The app's real settings location (under XDG_CONFIG_HOME), so the file scan sees it.
    m_settings = std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("OptimalDialTest"),
                                             QStringLiteral("profiles-keychain-%1").arg(QCoreApplication::applicationPid()));
    m_profiles = std::make_unique<ProfileStore>(m_settings.get());
    m_store = std::make_unique<KeychainCredentialStore>(m_service);
    m_store->setTimeoutMs(20000);
    m_keyring = std::make_unique<Keyring>(m_store.get());
}

void TestProfilesKeychain::cleanupTestCase()
{
    if (m_keyring) {
        for (const char *name : {"Acme", "Session only"})
            await([&](auto done) { m_keyring->forget(QString::fromLatin1(name), this, done); });
    }
    const QString file = m_settings ? m_settings->fileName() : QString();
    m_keyring.reset();
    m_store.reset();
    m_profiles.reset();
    m_settings.reset();
    if (!file.isEmpty())
        QFile::remove(file);
}

Keyring::Result TestProfilesKeychain::await(const std::function<void(Keyring::Callback)> &start)
{
    std::optional<Keyring::Result> result;
    start([&](const Keyring::Result &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
        return Keyring::Result{CredentialStore::Status::Failed, QString(), QStringLiteral("test: keychain gave no answer"),
                               Keyring::Source::None};
    return *result;
}

QString TestProfilesKeychain::secretToolSearch(bool *ran)
{
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"), {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"), m_service});
    *ran = tool.waitForStarted(5000) && tool.waitForFinished(20000);
    return QString::fromUtf8(tool.readAllStandardOutput() + tool.readAllStandardError());
}

QString TestProfilesKeychain::secretToolLookup(const QString &profile)
{
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"),
               {QStringLiteral("lookup"), QStringLiteral("server"), m_service, QStringLiteral("user"), profile});
    if (!tool.waitForStarted(5000) || !tool.waitForFinished(20000))
        return QString();
    return QString::fromUtf8(tool.readAllStandardOutput()).trimmed();
}

void TestProfilesKeychain::storeReplaceAndRemoveProfile()
{
    const QString name = QStringLiteral("Acme");
    auto r = await([&](auto done) { m_keyring->storeKey(name, m_key1, this, done); });
    QVERIFY2(r.ok(), qPrintable(r.message));
    QVERIFY(m_profiles->add({name, ProfileStore::defaultBaseUrl(), ApiKey::displayPrefix(m_key1)}));
    r = await([&](auto done) { m_keyring->keyFor(name, this, done); });
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.key, m_key1);
    QCOMPARE(r.source, Keyring::Source::Store);

    bool haveTool = false;
    secretToolSearch(&haveTool);
    if (haveTool)
        QCOMPARE(secretToolLookup(name), m_key1);

    // Replace: one entry, the new key.
    r = await([&](auto done) { m_keyring->storeKey(name, m_key2, this, done); });
    QVERIFY2(r.ok(), qPrintable(r.message));
    QVERIFY(m_profiles->update({name, ProfileStore::defaultBaseUrl(), ApiKey::displayPrefix(m_key2)}));
    r = await([&](auto done) { m_keyring->keyFor(name, this, done); });
    QCOMPARE(r.key, m_key2);
    if (haveTool) {
        QCOMPARE(secretToolLookup(name), m_key2);
        bool ran = false;
        const QString found = secretToolSearch(&ran);
        QCOMPARE(found.count(QStringLiteral("attribute.user = ")), 1);
    }

    // Remove the profile as a person does: the profiles window, Remove, Yes.
    QNetworkAccessManager nam;
    const EnrolmentFactory enrolments(m_profiles.get(), m_keyring.get(), &nam);
    ManageProfilesDialog dialog(m_profiles.get(), m_keyring.get(), &enrolments);
    dialog.show();
    QSignalSpy removed(&dialog, &ManageProfilesDialog::profileRemoved);
    dialog.selectProfile(name);
    MessageBoxes::setNextAnswers({QMessageBox::Yes});
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("removeButton")), Qt::LeftButton);
    QVERIFY(removed.wait(30000));
    QVERIFY(!m_profiles->contains(name));

    // Gone from the keychain, as we and as another client see it.
    r = await([&](auto done) { m_keyring->keyFor(name, this, done); });
    QCOMPARE(r.status, CredentialStore::Status::NotFound);
    std::optional<CredentialStore::Result> raw;
    m_store->readKey(name, this, [&](const CredentialStore::Result &x) { raw = x; });
    QTRY_VERIFY_WITH_TIMEOUT(raw.has_value(), 30000);
    QCOMPARE(raw->status, CredentialStore::Status::NotFound);
    if (haveTool) {
        QVERIFY(secretToolLookup(name).isEmpty());
        bool ran = false;
        const QString found = secretToolSearch(&ran);
        QVERIFY2(!found.contains(QStringLiteral("attribute.user = ") + name), qPrintable(found));
    }
}

void TestProfilesKeychain::sessionOnlyKeyNeverReachesTheKeychain()
{
    const QString name = QStringLiteral("Session only");
    QVERIFY(m_profiles->add({name, ProfileStore::defaultBaseUrl(), ApiKey::displayPrefix(m_key3)}));
    m_keyring->useForSessionOnly(name, m_key3);
    auto r = await([&](auto done) { m_keyring->keyFor(name, this, done); });
    QCOMPARE(r.key, m_key3);
    QCOMPARE(r.source, Keyring::Source::Session);
    std::optional<CredentialStore::Result> raw;
    m_store->readKey(name, this, [&](const CredentialStore::Result &x) { raw = x; });
    QTRY_VERIFY_WITH_TIMEOUT(raw.has_value(), 30000);
    QCOMPARE(raw->status, CredentialStore::Status::NotFound);
    bool haveTool = false;
    const QString found = secretToolSearch(&haveTool);
    if (haveTool)
        QVERIFY2(!found.contains(m_key3), qPrintable(found));
}

void TestProfilesKeychain::noFileContainsAKey()
{
    const QString home = QDir::homePath();
    if (!home.startsWith(QDir::tempPath()) && !home.startsWith(QLatin1String("/tmp/")))
        QSKIP("HOME is not a throwaway folder: run with the README's test command to scan it");
    // Keep a stored key in place while scanning: the keyring file holds it encrypted only.
    QVERIFY(await([&](auto done) { m_keyring->storeKey(QStringLiteral("Acme"), m_key1, this, done); }).ok());
    m_settings->sync();
    QFile settingsFile(m_settings->fileName());
    QVERIFY2(settingsFile.exists(), qPrintable(m_settings->fileName()));
    QVERIFY(settingsFile.open(QIODevice::ReadOnly));
    const QByteArray settingsText = settingsFile.readAll();
    QVERIFY(settingsText.contains(ApiKey::displayPrefix(m_key3).toUtf8()));

    QStringList roots = {QDir::homePath(), qEnvironmentVariable("XDG_CONFIG_HOME"), qEnvironmentVariable("XDG_DATA_HOME"),
                         qEnvironmentVariable("XDG_CACHE_HOME"), qEnvironmentVariable("XDG_STATE_HOME"),
                         qEnvironmentVariable("XDG_RUNTIME_DIR")};
    roots.removeAll(QString());
    roots.removeDuplicates();
    // The settings file must be inside what is scanned.
    QVERIFY2(std::any_of(roots.cbegin(), roots.cend(), [&](const QString &root) { return m_settings->fileName().startsWith(root); }),
             qPrintable(m_settings->fileName()));
    for (const QString &root : roots) {
        if (root == QDir::rootPath())
            continue;
        for (const QString &key : {m_key1, m_key2, m_key3}) {
            const QStringList hits = filesContaining(root, key.toUtf8())
                + filesContaining(root, key.mid(ApiKey::DisplayPrefixLength).toUtf8());
            QVERIFY2(hits.isEmpty(), qPrintable(ApiKey::displayPrefix(key) + QLatin1String(": ") + hits.join(QLatin1Char('\n'))));
        }
    }
}

QTEST_MAIN(TestProfilesKeychain)
#include "tst_profiles_keychain.moc"
