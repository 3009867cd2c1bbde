// KeychainCredentialStore against a real Secret Service (gnome-keyring on a session
// D-Bus): store, read, replace, remove; and no file under HOME/XDG holds the key.
#include "appinfo.h"
#include "keychaincredentialstore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include "filescan.h"

#include <QtTest>
#include <optional>

namespace {

CredentialStore::Result await(const std::function<void(CredentialStore::Callback)> &start)
{
    std::optional<CredentialStore::Result> result;
    start([&](const CredentialStore::Result &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
        return {CredentialStore::Status::Failed, QString(), QStringLiteral("test: keychain gave no answer")};
    return *result;
}


} // namespace

class TestKeychainStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void storeReadReplaceRemove();
    void profilesAreSeparateEntries();
    void readingAMissingEntryIsNotFound();
    void storedUnderTheAppsServiceName();
    void noFileContainsTheKey();

private:
    QString m_service;
    KeychainCredentialStore *m_store = nullptr;
    const QString m_key1 = QStringLiteral("od_live_KeychainTestKey1xxxxxxxxxxxxxxxx");
    const QString m_key2 = QStringLiteral("od_live_KeychainTestKey2yyyyyyyyyyyyyyyy");
};

void TestKeychainStore::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QFAIL("No session D-Bus: run the suite with the README's test command (it starts D-Bus and gnome-keyring).");
    // A service name of our own so that a developer's real entries are never touched.
    m_service = AppInfo::id() + QStringLiteral(".test-") + QString::number(QCoreApplication::applicationPid());
    m_store = new KeychainCredentialStore(m_service, this);
    m_store->setTimeoutMs(20000);
}

void TestKeychainStore::storeReadReplaceRemove()
{
    const QString profile = QStringLiteral("acme-production");
    auto w = await([&](auto done) { m_store->writeKey(profile, m_key1, this, done); });
    QVERIFY2(w.ok(), qPrintable(w.message));
    auto r = await([&](auto done) { m_store->readKey(profile, this, done); });
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.secret, m_key1);

    w = await([&](auto done) { m_store->writeKey(profile, m_key2, this, done); });
    QVERIFY2(w.ok(), qPrintable(w.message));
    r = await([&](auto done) { m_store->readKey(profile, this, done); });
    QCOMPARE(r.secret, m_key2);

    auto d = await([&](auto done) { m_store->removeKey(profile, this, done); });
    QVERIFY2(d.ok(), qPrintable(d.message));
    r = await([&](auto done) { m_store->readKey(profile, this, done); });
    QCOMPARE(r.status, CredentialStore::Status::NotFound);
    QVERIFY(r.secret.isEmpty());
    // Removing it again is not an error (libsecret answers Ok, other backends NotFound).
    d = await([&](auto done) { m_store->removeKey(profile, this, done); });
    QVERIFY2(d.status == CredentialStore::Status::Ok || d.status == CredentialStore::Status::NotFound, qPrintable(d.message));
}

void TestKeychainStore::profilesAreSeparateEntries()
{
    QVERIFY(await([&](auto done) { m_store->writeKey(QStringLiteral("org-a"), m_key1, this, done); }).ok());
    QVERIFY(await([&](auto done) { m_store->writeKey(QStringLiteral("org-b"), m_key2, this, done); }).ok());
    QCOMPARE(await([&](auto done) { m_store->readKey(QStringLiteral("org-a"), this, done); }).secret, m_key1);
    QCOMPARE(await([&](auto done) { m_store->readKey(QStringLiteral("org-b"), this, done); }).secret, m_key2);
    QVERIFY(await([&](auto done) { m_store->removeKey(QStringLiteral("org-a"), this, done); }).ok());
    QCOMPARE(await([&](auto done) { m_store->readKey(QStringLiteral("org-b"), this, done); }).secret, m_key2);
    QVERIFY(await([&](auto done) { m_store->removeKey(QStringLiteral("org-b"), this, done); }).ok());
}

void TestKeychainStore::readingAMissingEntryIsNotFound()
{
    const auto r = await([&](auto done) { m_store->readKey(QStringLiteral("never-stored"), this, done); });
    QCOMPARE(r.status, CredentialStore::Status::NotFound);
}

void TestKeychainStore::storedUnderTheAppsServiceName()
{
    QVERIFY(await([&](auto done) { m_store->writeKey(QStringLiteral("visible"), m_key1, this, done); }).ok());
    // What another Secret Service client sees: QtKeychain's schema, server=<service>, user=<profile>.
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"),
               {QStringLiteral("lookup"), QStringLiteral("server"), m_service, QStringLiteral("user"), QStringLiteral("visible")});
    if (!tool.waitForStarted(5000))
        QSKIP("secret-tool is not installed (package libsecret-tools)");
    QVERIFY(tool.waitForFinished(20000));
    QCOMPARE(QString::fromUtf8(tool.readAllStandardOutput()).trimmed(), m_key1);
    QVERIFY(await([&](auto done) { m_store->removeKey(QStringLiteral("visible"), this, done); }).ok());
}

void TestKeychainStore::noFileContainsTheKey()
{
    QVERIFY(await([&](auto done) { m_store->writeKey(QStringLiteral("leak-check"), m_key1, this, done); }).ok());
    QStringList roots = {QDir::homePath(), qEnvironmentVariable("XDG_CONFIG_HOME"), qEnvironmentVariable("XDG_DATA_HOME"),
                         qEnvironmentVariable("XDG_CACHE_HOME"), qEnvironmentVariable("XDG_STATE_HOME"),
                         qEnvironmentVariable("XDG_RUNTIME_DIR")};
    roots.removeAll(QString());
    roots.removeDuplicates();
    for (const QString &root : roots) {
        if (root == QDir::rootPath())
            continue;
        const QStringList hits = filesContaining(root, m_key1.toUtf8()) + filesContaining(root, m_key2.toUtf8());
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
    }
    QVERIFY(await([&](auto done) { m_store->removeKey(QStringLiteral("leak-check"), this, done); }).ok());
}

QTEST_GUILESS_MAIN(TestKeychainStore)
#include "tst_keychainstore.moc"
