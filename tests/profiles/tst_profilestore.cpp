// ProfileStore over a QSettings INI file: add, update, remove, the current profile,
// persistence across instances, and the file never holding more than a key's prefix.
#include "apikey.h"
#include "profilestore.h"
#include "signingsecrets.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

class TestProfileStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void startsEmptyWithTheDefaultBaseUrl();
    void addPersistsAndFirstBecomesCurrent();
    void namesAreTrimmedNonEmptyAndUnique();
    void insecureBaseUrlIsRefused();
    void updateChangesUrlAndPrefix();
    void updateOfUnknownProfileFails();
    void removeForgetsAndMovesCurrent();
    void currentIsRememberedAcrossInstances();
    void unknownProfileCannotBeCurrent();
    void namesNeedingEscapesRoundTrip();
    void namesOfKeptSecretsAreRefused();
    void iniFileNeverContainsTheKey();

private:
    QString iniPath() const { return m_dir->filePath(QStringLiteral("settings.ini")); }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_store;
    const QString m_key = QStringLiteral("od_live_ProfileStoreKeyAAAAAAAAAAAAAAAAA");
};

void TestProfileStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(iniPath(), QSettings::IniFormat);
    m_store = std::make_unique<ProfileStore>(m_settings.get());
}

void TestProfileStore::cleanup()
{
    m_store.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestProfileStore::startsEmptyWithTheDefaultBaseUrl()
{
    QVERIFY(m_store->isEmpty());
    QVERIFY(m_store->profiles().isEmpty());
    QVERIFY(m_store->currentName().isEmpty());
    QVERIFY(!m_store->current().has_value());
    QCOMPARE(ProfileStore::defaultBaseUrl(), QUrl(QStringLiteral("https://api.optimaldial.com")));
}

void TestProfileStore::addPersistsAndFirstBecomesCurrent()
{
    QSignalSpy changed(m_store.get(), &ProfileStore::profilesChanged);
    QSignalSpy current(m_store.get(), &ProfileStore::currentChanged);
    QString error;
    QVERIFY2(m_store->add({QStringLiteral("Acme"), ProfileStore::defaultBaseUrl(), QStringLiteral("od_live_Acme")}, &error),
             qPrintable(error));
    QVERIFY2(m_store->add({QStringLiteral("Globex"), QUrl(QStringLiteral("http://127.0.0.1:8080/")), QStringLiteral("od_live_Glob")}, &error),
             qPrintable(error));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(current.count(), 1);
    QCOMPARE(current.at(0).at(0).toString(), QStringLiteral("Acme"));
    QCOMPARE(m_store->names(), (QStringList{QStringLiteral("Acme"), QStringLiteral("Globex")}));
    QCOMPARE(m_store->currentName(), QStringLiteral("Acme"));

    // Another instance over the same file sees the same, with the trailing slash gone.
    QSettings again(iniPath(), QSettings::IniFormat);
    ProfileStore reread(&again);
    QCOMPARE(reread.count(), 2);
    const auto globex = reread.find(QStringLiteral("Globex"));
    QVERIFY(globex.has_value());
    QCOMPARE(globex->baseUrl, QUrl(QStringLiteral("http://127.0.0.1:8080")));
    QCOMPARE(globex->keyPrefix, QStringLiteral("od_live_Glob"));
    QCOMPARE(reread.currentName(), QStringLiteral("Acme"));
}

void TestProfileStore::namesAreTrimmedNonEmptyAndUnique()
{
    QVERIFY(m_store->add({QStringLiteral("  Acme Prod  "), ProfileStore::defaultBaseUrl(), QString()}));
    QVERIFY(m_store->contains(QStringLiteral("Acme Prod")));
    QVERIFY(m_store->contains(QStringLiteral(" Acme Prod ")));
    QCOMPARE(m_store->names(), QStringList{QStringLiteral("Acme Prod")});

    QString error;
    QVERIFY(!m_store->add({QStringLiteral("   "), ProfileStore::defaultBaseUrl(), QString()}, &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!m_store->add({QStringLiteral("acme prod"), ProfileStore::defaultBaseUrl(), QString()}, &error));
    QVERIFY2(error.contains(QStringLiteral("already exists")), qPrintable(error));
    QVERIFY(!m_store->checkNewName(QString(ProfileStore::MaxNameLength + 1, QLatin1Char('x'))).isEmpty());
    QVERIFY(!m_store->checkNewName(QStringLiteral("a\tb")).isEmpty());
    QVERIFY(m_store->checkNewName(QStringLiteral("Initech")).isEmpty());
    QCOMPARE(m_store->count(), 1);
}

void TestProfileStore::insecureBaseUrlIsRefused()
{
    QString error;
    QVERIFY(!m_store->add({QStringLiteral("Plain"), QUrl(QStringLiteral("http://api.optimaldial.com")), QString()}, &error));
    QVERIFY2(error.contains(QStringLiteral("https")), qPrintable(error));
    QVERIFY(!m_store->add({QStringLiteral("Nothing"), QUrl(), QString()}, &error));
    QVERIFY(m_store->isEmpty());
}

void TestProfileStore::updateChangesUrlAndPrefix()
{
    QVERIFY(m_store->add({QStringLiteral("Acme"), ProfileStore::defaultBaseUrl(), QStringLiteral("od_live_Old1")}));
    QSignalSpy changed(m_store.get(), &ProfileStore::profilesChanged);
    QString error;
    QVERIFY2(m_store->update({QStringLiteral("Acme"), QUrl(QStringLiteral("https://eu.api.optimaldial.com")),
                              QStringLiteral("od_live_New2")},
                             &error),
             qPrintable(error));
    QCOMPARE(changed.count(), 1);
    const auto acme = m_store->find(QStringLiteral("Acme"));
    QVERIFY(acme.has_value());
    QCOMPARE(acme->baseUrl.host(), QStringLiteral("eu.api.optimaldial.com"));
    QCOMPARE(acme->keyPrefix, QStringLiteral("od_live_New2"));
    // The same again changes nothing.
    QVERIFY(m_store->update(*acme));
    QCOMPARE(changed.count(), 1);
    // Still refused when insecure.
    QVERIFY(!m_store->update({QStringLiteral("Acme"), QUrl(QStringLiteral("http://10.0.0.1")), QString()}, &error));
    QCOMPARE(m_store->find(QStringLiteral("Acme"))->baseUrl.host(), QStringLiteral("eu.api.optimaldial.com"));
}

void TestProfileStore::updateOfUnknownProfileFails()
{
    QString error;
    QVERIFY(!m_store->update({QStringLiteral("Ghost"), ProfileStore::defaultBaseUrl(), QString()}, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(m_store->isEmpty());
}

void TestProfileStore::removeForgetsAndMovesCurrent()
{
    for (const char *name : {"A", "B", "C"})
        QVERIFY(m_store->add({QString::fromLatin1(name), ProfileStore::defaultBaseUrl(), QString()}));
    QVERIFY(m_store->setCurrentName(QStringLiteral("B")));
    QSignalSpy current(m_store.get(), &ProfileStore::currentChanged);

    QVERIFY(m_store->remove(QStringLiteral("C")));
    QCOMPARE(current.count(), 0); // not the current one
    QVERIFY(m_store->remove(QStringLiteral("B")));
    QCOMPARE(current.count(), 1);
    QCOMPARE(current.at(0).at(0).toString(), QStringLiteral("A"));
    QCOMPARE(m_store->currentName(), QStringLiteral("A"));
    QVERIFY(!m_store->remove(QStringLiteral("B")));
    QVERIFY(m_store->remove(QStringLiteral("A")));
    QCOMPARE(current.count(), 2);
    QVERIFY(current.at(1).at(0).toString().isEmpty());
    QVERIFY(m_store->isEmpty());

    QSettings again(iniPath(), QSettings::IniFormat);
    ProfileStore reread(&again);
    QVERIFY(reread.isEmpty());
    QVERIFY(reread.currentName().isEmpty());
}

void TestProfileStore::currentIsRememberedAcrossInstances()
{
    QVERIFY(m_store->add({QStringLiteral("One"), ProfileStore::defaultBaseUrl(), QString()}));
    QVERIFY(m_store->add({QStringLiteral("Two"), ProfileStore::defaultBaseUrl(), QString()}));
    QSignalSpy current(m_store.get(), &ProfileStore::currentChanged);
    QVERIFY(m_store->setCurrentName(QStringLiteral("Two")));
    QVERIFY(m_store->setCurrentName(QStringLiteral("Two"))); // no change, no signal
    QCOMPARE(current.count(), 1);
    QSettings again(iniPath(), QSettings::IniFormat);
    ProfileStore reread(&again);
    QCOMPARE(reread.currentName(), QStringLiteral("Two"));
    QCOMPARE(reread.current()->name, QStringLiteral("Two"));
}

void TestProfileStore::unknownProfileCannotBeCurrent()
{
    QVERIFY(!m_store->setCurrentName(QStringLiteral("Nobody")));
    QVERIFY(m_store->currentName().isEmpty());
    // A hand-edited file naming a missing profile: no current profile.
    m_settings->setValue(QStringLiteral("currentProfile"), QStringLiteral("Nobody"));
    QVERIFY(m_store->currentName().isEmpty());
}

void TestProfileStore::namesNeedingEscapesRoundTrip()
{
    const QString odd = QStringLiteral("Acme/EU \\ [prod] = \u00e9t\u00e9; #1");
    QVERIFY(m_store->add({odd, ProfileStore::defaultBaseUrl(), QString()}));
    QSettings again(iniPath(), QSettings::IniFormat);
    ProfileStore reread(&again);
    QCOMPARE(reread.names(), QStringList{odd});
    QCOMPARE(reread.currentName(), odd);
}

void TestProfileStore::namesOfKeptSecretsAreRefused()
{
    // The keychain holds API keys under profile names and signing secrets under
    // "webhook-secret/<id>": a profile may not take such a name, in any case.
    const QString secretEntry = SigningSecrets::entryName(QStringLiteral("7f9c24e5-0000-4000-8000-000000000001"));
    for (const QString &name : {secretEntry, QStringLiteral("Webhook-Secret/x"), QStringLiteral("  webhook-secret/")}) {
        const QString why = m_store->checkNewName(name);
        QVERIFY2(why.contains(QLatin1String("webhook-secret/")), qPrintable(name + QLatin1String(" -> ") + why));
        QString error;
        QVERIFY(!m_store->add({name, ProfileStore::defaultBaseUrl(), QString()}, &error));
        QCOMPARE(error, why);
    }
    QVERIFY(m_store->checkNewName(QStringLiteral("webhook-secrets")).isEmpty());
    QVERIFY(m_store->checkNewName(QStringLiteral("Acme webhook-secret/")).isEmpty());
    QCOMPARE(m_store->count(), 0);

    // A hand-edited file that names one anyway: that entry is not loaded.
    m_settings->beginWriteArray(QStringLiteral("profiles"), 2);
    m_settings->setArrayIndex(0);
    m_settings->setValue(QStringLiteral("name"), secretEntry);
    m_settings->setArrayIndex(1);
    m_settings->setValue(QStringLiteral("name"), QStringLiteral("Acme"));
    m_settings->endArray();
    m_settings->sync();
    QSettings again(iniPath(), QSettings::IniFormat);
    ProfileStore reread(&again);
    QCOMPARE(reread.names(), QStringList{QStringLiteral("Acme")});
}

void TestProfileStore::iniFileNeverContainsTheKey()
{
    // Even a careless caller passing the whole key stores only its display prefix.
    QVERIFY(m_store->add({QStringLiteral("Acme"), ProfileStore::defaultBaseUrl(), m_key}));
    QVERIFY(m_store->update({QStringLiteral("Acme"), ProfileStore::defaultBaseUrl(), m_key}));
    QCOMPARE(m_store->find(QStringLiteral("Acme"))->keyPrefix, ApiKey::displayPrefix(m_key));
    m_settings->sync();
    QFile ini(iniPath());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray content = ini.readAll();
    QVERIFY(content.contains(ApiKey::displayPrefix(m_key).toUtf8()));
    QVERIFY2(!content.contains(m_key.toUtf8()), content.constData());
    QVERIFY(!content.contains(m_key.mid(ApiKey::DisplayPrefixLength).toUtf8()));
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
