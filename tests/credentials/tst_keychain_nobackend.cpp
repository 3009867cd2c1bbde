// With no Secret Service reachable the store answers Unavailable with a clear
// message: no hang, no crash, no file written.
#include "keychaincredentialstore.h"

#include <QDir>
#include <QtTest>
#include <optional>

class TestKeychainNoBackend : public QObject
{
    Q_OBJECT

private slots:
    void everyOperationSaysUnavailable_data();
    void everyOperationSaysUnavailable();
};

void TestKeychainNoBackend::everyOperationSaysUnavailable_data()
{
    QTest::addColumn<int>("operation");
    QTest::newRow("write") << 0;
    QTest::newRow("read") << 1;
    QTest::newRow("remove") << 2;
}

void TestKeychainNoBackend::everyOperationSaysUnavailable()
{
    QFETCH(int, operation);
    KeychainCredentialStore store(QStringLiteral("com.optimaldial.Webhooks.test-nobackend"));
    store.setTimeoutMs(15000);
    std::optional<CredentialStore::Result> result;
    auto done = [&](const CredentialStore::Result &r) { result = r; };
    const QString key = QStringLiteral("od_live_NoBackendKeyxxxxxxxxxxxxxxxxxxxx");
    if (operation == 0)
        store.writeKey(QStringLiteral("p"), key, this, done);
    else if (operation == 1)
        store.readKey(QStringLiteral("p"), this, done);
    else
        store.removeKey(QStringLiteral("p"), this, done);
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
    QCOMPARE(result->status, CredentialStore::Status::Unavailable);
    QVERIFY(result->message.contains(QLatin1String("Secret Service")));
    QVERIFY(result->secret.isEmpty());
}

QTEST_GUILESS_MAIN(TestKeychainNoBackend)
#include "tst_keychain_nobackend.moc"
