// Keyring over a MemoryCredentialStore: session keys before the store, the
// unavailable/denied/failed paths told apart, forget, and the environment key.
#include "keyring.h"
#include "memorycredentialstore.h"

#include <QSignalSpy>
#include <QtTest>
#include <optional>

namespace {

using Status = CredentialStore::Status;

Keyring::Result await(const std::function<void(Keyring::Callback)> &start)
{
    std::optional<Keyring::Result> result;
    start([&](const Keyring::Result &r) { result = r; });
    // Answers always come later, never from inside the call.
    if (result.has_value())
        return Keyring::Result{Status::Failed, QString(), QStringLiteral("test: answered synchronously"), Keyring::Source::None};
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 5000))
        return Keyring::Result{Status::Failed, QString(), QStringLiteral("test: no answer"), Keyring::Source::None};
    return *result;
}

} // namespace

class TestKeyring : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void readsTheStoredKey();
    void nothingStoredIsNotFound();
    void sessionKeyTakesPrecedence();
    void storingDropsTheSessionKey();
    void unavailableStoreIsReportedAndSessionKeyStillWorks();
    void deniedAndFailedAreTold();
    void forgetRemovesStoredAndSessionKeys();
    void forgetWhenKeychainIsUnavailableStillDropsTheSessionKey();
    void destroyedContextGetsNoCallback();
    void keyFromEnvironment();

private:
    std::unique_ptr<MemoryCredentialStore> m_store;
    std::unique_ptr<Keyring> m_keyring;
    const QString m_key1 = QStringLiteral("od_live_KeyringOne1111111111111111111111");
    const QString m_key2 = QStringLiteral("od_live_KeyringTwo2222222222222222222222");
};

void TestKeyring::init()
{
    m_store = std::make_unique<MemoryCredentialStore>();
    m_keyring = std::make_unique<Keyring>(m_store.get());
}

void TestKeyring::cleanup()
{
    m_keyring.reset();
    m_store.reset();
}

void TestKeyring::readsTheStoredKey()
{
    QSignalSpy changed(m_keyring.get(), &Keyring::keyChanged);
    auto stored = await([&](auto done) { m_keyring->storeKey(QStringLiteral("acme"), m_key1, this, done); });
    QVERIFY2(stored.ok(), qPrintable(stored.message));
    QCOMPARE(changed.count(), 1);
    const auto r = await([&](auto done) { m_keyring->keyFor(QStringLiteral("acme"), this, done); });
    QVERIFY(r.ok());
    QCOMPARE(r.key, m_key1);
    QCOMPARE(r.source, Keyring::Source::Store);
}

void TestKeyring::nothingStoredIsNotFound()
{
    const auto r = await([&](auto done) { m_keyring->keyFor(QStringLiteral("nobody"), this, done); });
    QCOMPARE(r.status, Status::NotFound);
    QVERIFY(r.key.isEmpty());
    QVERIFY(!r.message.isEmpty());
}

void TestKeyring::sessionKeyTakesPrecedence()
{
    QVERIFY(await([&](auto done) { m_keyring->storeKey(QStringLiteral("acme"), m_key1, this, done); }).ok());
    QSignalSpy changed(m_keyring.get(), &Keyring::keyChanged);
    m_keyring->useForSessionOnly(QStringLiteral("acme"), m_key2);
    QCOMPARE(changed.count(), 1);
    QVERIFY(m_keyring->hasSessionKey(QStringLiteral("acme")));
    QVERIFY(!m_keyring->hasSessionKey(QStringLiteral("other")));
    auto r = await([&](auto done) { m_keyring->keyFor(QStringLiteral("acme"), this, done); });
    QVERIFY(r.ok());
    QCOMPARE(r.key, m_key2);
    QCOMPARE(r.source, Keyring::Source::Session);
    // The store was not touched.
    std::optional<CredentialStore::Result> raw;
    m_store->readKey(QStringLiteral("acme"), this, [&](const CredentialStore::Result &x) { raw = x; });
    QTRY_VERIFY(raw.has_value());
    QCOMPARE(raw->secret, m_key1);
    // Other profiles still come from the store.
    QVERIFY(await([&](auto done) { m_keyring->storeKey(QStringLiteral("globex"), m_key1, this, done); }).ok());
    r = await([&](auto done) { m_keyring->keyFor(QStringLiteral("globex"), this, done); });
    QCOMPARE(r.source, Keyring::Source::Store);
}

void TestKeyring::storingDropsTheSessionKey()
{
    m_keyring->useForSessionOnly(QStringLiteral("acme"), m_key1);
    QVERIFY(await([&](auto done) { m_keyring->storeKey(QStringLiteral("acme"), m_key2, this, done); }).ok());
    QVERIFY(!m_keyring->hasSessionKey(QStringLiteral("acme")));
    const auto r = await([&](auto done) { m_keyring->keyFor(QStringLiteral("acme"), this, done); });
    QCOMPARE(r.key, m_key2);
    QCOMPARE(r.source, Keyring::Source::Store);
}

void TestKeyring::unavailableStoreIsReportedAndSessionKeyStillWorks()
{
    m_store->setForcedStatus(Status::Unavailable);
    auto r = await([&](auto done) { m_keyring->storeKey(QStringLiteral("acme"), m_key1, this, done); });
    QCOMPARE(r.status, Status::Unavailable);
    QVERIFY(Keyring::keychainIsUnusable(r.status));
    QCOMPARE(r.message, CredentialStore::describe(Status::Unavailable));
    r = await([&](auto done) { m_keyring->keyFor(QStringLiteral("acme"), this, done); });
    QCOMPARE(r.status, Status::Unavailable);
    QVERIFY(r.key.isEmpty());

    // The way out: this session only, in memory.
    m_keyring->useForSessionOnly(QStringLiteral("acme"), m_key1);
    r = await([&](auto done) { m_keyring->keyFor(QStringLiteral("acme"), this, done); });
    QVERIFY(r.ok());
    QCOMPARE(r.key, m_key1);
    QCOMPARE(r.source, Keyring::Source::Session);
    // Still nothing in the store once it is back.
    m_store->setForcedStatus(Status::Ok);
    std::optional<CredentialStore::Result> raw;
    m_store->readKey(QStringLiteral("acme"), this, [&](const CredentialStore::Result &x) { raw = x; });
    QTRY_VERIFY(raw.has_value());
    QCOMPARE(raw->status, Status::NotFound);
}

void TestKeyring::deniedAndFailedAreTold()
{
    m_store->setForcedStatus(Status::Denied);
    auto r = await([&](auto done) { m_keyring->keyFor(QStringLiteral("acme"), this, done); });
    QCOMPARE(r.status, Status::Denied);
    QVERIFY(Keyring::keychainIsUnusable(r.status));
    QCOMPARE(r.message, CredentialStore::describe(Status::Denied));
    r = await([&](auto done) { m_keyring->storeKey(QStringLiteral("acme"), m_key1, this, done); });
    QCOMPARE(r.status, Status::Denied);

    m_store->setForcedStatus(Status::Failed);
    r = await([&](auto done) { m_keyring->storeKey(QStringLiteral("acme"), m_key1, this, done); });
    QCOMPARE(r.status, Status::Failed);
    QVERIFY(!Keyring::keychainIsUnusable(r.status));
    QVERIFY(!r.message.isEmpty());
    r = await([&](auto done) { m_keyring->keyFor(QStringLiteral("acme"), this, done); });
    QCOMPARE(r.status, Status::Failed);

    r = await([&](auto done) { m_keyring->storeKey(QStringLiteral("acme"), QString(), this, done); });
    QCOMPARE(r.status, Status::Failed);
}

void TestKeyring::forgetRemovesStoredAndSessionKeys()
{
    QVERIFY(await([&](auto done) { m_keyring->storeKey(QStringLiteral("acme"), m_key1, this, done); }).ok());
    m_keyring->useForSessionOnly(QStringLiteral("acme"), m_key2);
    QSignalSpy changed(m_keyring.get(), &Keyring::keyChanged);
    auto r = await([&](auto done) { m_keyring->forget(QStringLiteral("acme"), this, done); });
    QVERIFY2(r.ok(), qPrintable(r.message));
    QVERIFY(changed.count() >= 1);
    QVERIFY(!m_keyring->hasSessionKey(QStringLiteral("acme")));
    r = await([&](auto done) { m_keyring->keyFor(QStringLiteral("acme"), this, done); });
    QCOMPARE(r.status, Status::NotFound);
    // Forgetting what is not there is fine.
    r = await([&](auto done) { m_keyring->forget(QStringLiteral("acme"), this, done); });
    QVERIFY(r.ok());
}

void TestKeyring::forgetWhenKeychainIsUnavailableStillDropsTheSessionKey()
{
    m_keyring->useForSessionOnly(QStringLiteral("acme"), m_key1);
    m_store->setForcedStatus(Status::Unavailable);
    const auto r = await([&](auto done) { m_keyring->forget(QStringLiteral("acme"), this, done); });
    QCOMPARE(r.status, Status::Unavailable);
    QVERIFY(!m_keyring->hasSessionKey(QStringLiteral("acme")));
}

void TestKeyring::destroyedContextGetsNoCallback()
{
    m_keyring->useForSessionOnly(QStringLiteral("acme"), m_key1);
    int calls = 0;
    auto *context = new QObject;
    m_keyring->keyFor(QStringLiteral("acme"), context, [&](const Keyring::Result &) { ++calls; });
    m_keyring->storeKey(QStringLiteral("acme"), m_key2, context, [&](const Keyring::Result &) { ++calls; });
    delete context;
    // The store still did its work: the stored key replaced the session key.
    QTRY_VERIFY(!m_keyring->hasSessionKey(QStringLiteral("acme")));
    const auto r = await([&](auto done) { m_keyring->keyFor(QStringLiteral("acme"), this, done); });
    QCOMPARE(r.key, m_key2);
    QCOMPARE(calls, 0);
}

void TestKeyring::keyFromEnvironment()
{
    QCOMPARE(Keyring::environmentVariable(), QStringLiteral("OPTIMALDIAL_API_KEY"));
    qunsetenv("OPTIMALDIAL_API_KEY");
    QVERIFY(Keyring::keyFromEnvironment().isEmpty());
    qputenv("OPTIMALDIAL_API_KEY", "  " + m_key1.toUtf8() + "\n");
    QCOMPARE(Keyring::keyFromEnvironment(), m_key1);
    // What main does with it: this session only, never the store.
    m_keyring->useForSessionOnly(QStringLiteral("demo"), Keyring::keyFromEnvironment());
    std::optional<CredentialStore::Result> raw;
    m_store->readKey(QStringLiteral("demo"), this, [&](const CredentialStore::Result &x) { raw = x; });
    QTRY_VERIFY(raw.has_value());
    QCOMPARE(raw->status, Status::NotFound);
    qunsetenv("OPTIMALDIAL_API_KEY");
}

QTEST_GUILESS_MAIN(TestKeyring)
#include "tst_keyring.moc"
