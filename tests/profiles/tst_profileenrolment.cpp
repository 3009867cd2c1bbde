// ProfileEnrolment against a scripted loopback server, keys in a MemoryCredentialStore
// and profiles in a temporary INI file: what is stored and what is saved when the key
// is accepted, refused, cannot be checked, cannot go to the keychain (kept for this
// session, or not at all) and when the check is stopped.
#include "apikey.h"
#include "keyring.h"
#include "memorycredentialstore.h"
#include "miniserver.h"
#include "profileenrolment.h"
#include "profilestore.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <optional>

using Outcome = ProfileEnrolment::Outcome;
using Purpose = ProfileEnrolment::Purpose;
using Step = ProfileEnrolment::Step;
using Status = CredentialStore::Status;

class TestProfileEnrolment : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void acceptedKeyIsStoredAndTheProfileSaved();
    void addedProfileDoesNotBecomeCurrent();
    void replacedKeyUpdatesTheProfile();
    void refusedKeySavesNothing();
    void networkErrorSavesNothing();
    void unavailableKeychainKeepsTheKeyForThisSessionOnly();
    void declinedSessionOnlySavesNothing();
    void keychainFailureOffersNoSessionOnly();
    void cancelledMidCheckSavesNothing();
    void nameRulesFollowThePurpose();

private:
    std::unique_ptr<ProfileEnrolment> make(Purpose purpose, const Profile &existing = Profile());
    // Starts and waits for the single finished(); an empty Result when there is none.
    ProfileEnrolment::Result run(ProfileEnrolment *enrolment, const QString &name, const QUrl &baseUrl, const QString &key);
    // From now on the server answers every key check with this, or never (hangUp).
    void answer(int status, const QByteArray &body);
    void hangUp();
    // What the memory store itself holds, bypassing session keys.
    CredentialStore::Result rawKey(const QString &profile);
    Keyring::Result keyOf(const QString &profile);
    void assertNothingKept(const QString &profile);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MemoryCredentialStore> m_store;
    std::unique_ptr<Keyring> m_keyring;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<MiniServer> m_server;
    const QString m_keyA = QStringLiteral("od_live_EnrolmentKeyA0000000000000000000");
    const QString m_keyB = QStringLiteral("od_live_EnrolmentKeyB0000000000000000000");
};

void TestProfileEnrolment::init()
{
    QVERIFY(ApiKey::isWellFormed(m_keyA) && ApiKey::isWellFormed(m_keyB));
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_profiles = std::make_unique<ProfileStore>(m_settings.get());
    m_store = std::make_unique<MemoryCredentialStore>();
    m_keyring = std::make_unique<Keyring>(m_store.get());
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_server = std::make_unique<MiniServer>();
    QVERIFY(m_server->isListening());
    answer(404, R"({"detail":"Webhook endpoint not found"})"); // the key was accepted
}

void TestProfileEnrolment::cleanup()
{
    m_server.reset();
    m_nam.reset();
    m_keyring.reset();
    m_store.reset();
    m_profiles.reset();
    m_settings.reset();
    m_dir.reset();
}

std::unique_ptr<ProfileEnrolment> TestProfileEnrolment::make(Purpose purpose, const Profile &existing)
{
    return std::make_unique<ProfileEnrolment>(purpose, existing, m_profiles.get(), m_keyring.get(), m_nam.get());
}

ProfileEnrolment::Result TestProfileEnrolment::run(ProfileEnrolment *enrolment, const QString &name, const QUrl &baseUrl,
                                                   const QString &key)
{
    QSignalSpy finished(enrolment, &ProfileEnrolment::finished);
    if (!enrolment->start(name, baseUrl, key) || !finished.wait(20000) || finished.count() != 1)
        return ProfileEnrolment::Result{};
    return finished.at(0).at(0).value<ProfileEnrolment::Result>();
}

void TestProfileEnrolment::answer(int status, const QByteArray &body)
{
    const QByteArray bytes =
        MiniServer::response(status, body, status == 401 ? QList<QByteArray>{"WWW-Authenticate: Bearer"} : QList<QByteArray>{});
    m_server->setHandler([bytes](const HttpRequest &) { return MiniServer::Answer{bytes}; });
}

void TestProfileEnrolment::hangUp()
{
    m_server->setHandler([](const HttpRequest &) { return MiniServer::Answer::hangUp(); });
}

CredentialStore::Result TestProfileEnrolment::rawKey(const QString &profile)
{
    std::optional<CredentialStore::Result> result;
    m_store->readKey(profile, this, [&](const CredentialStore::Result &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 5000))
        return CredentialStore::Result{};
    return *result;
}

Keyring::Result TestProfileEnrolment::keyOf(const QString &profile)
{
    std::optional<Keyring::Result> result;
    m_keyring->keyFor(profile, this, [&](const Keyring::Result &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 5000))
        return Keyring::Result{};
    return *result;
}

void TestProfileEnrolment::assertNothingKept(const QString &profile)
{
    m_store->setForcedStatus(Status::Ok);
    QCOMPARE(rawKey(profile).status, Status::NotFound);
    QVERIFY(!m_keyring->hasSessionKey(profile));
    QVERIFY(m_profiles->isEmpty());
    QVERIFY(m_profiles->currentName().isEmpty());
}

void TestProfileEnrolment::acceptedKeyIsStoredAndTheProfileSaved()
{
    auto enrolment = make(Purpose::FirstRun);
    QSignalSpy steps(enrolment.get(), &ProfileEnrolment::stepChanged);
    QSignalSpy offered(enrolment.get(), &ProfileEnrolment::sessionOnlyOffered);
    const auto r = run(enrolment.get(), QStringLiteral("  Acme production "), m_server->url(), m_keyA);

    QCOMPARE(r.outcome, Outcome::Saved);
    QVERIFY(r.saved());
    QVERIFY(r.message.isEmpty());
    QVERIFY(!r.sessionOnly);
    QCOMPARE(r.profile.name, QStringLiteral("Acme production"));
    QCOMPARE(r.profile.baseUrl, m_server->url());
    QCOMPARE(r.profile.keyPrefix, ApiKey::displayPrefix(m_keyA));
    QCOMPARE(offered.count(), 0);
    QCOMPARE(steps.count(), 3);
    QCOMPARE(steps.at(0).at(0).value<Step>(), Step::Verifying);
    QCOMPARE(steps.at(1).at(0).value<Step>(), Step::Storing);
    QCOMPARE(steps.at(2).at(0).value<Step>(), Step::Idle);
    QVERIFY(!enrolment->isRunning());

    // Checked once, with the key, on an endpoint that cannot exist.
    QCOMPARE(m_server->requests.size(), 1);
    QCOMPARE(m_server->requests.first().method, QByteArray("GET"));
    QVERIFY(m_server->requests.first().target.startsWith("/api/v1/webhooks/"));
    QCOMPARE(m_server->requests.first().header("authorization"), "Bearer " + m_keyA.toUtf8());
    // Stored in the keychain, not for the session; saved and current.
    QCOMPARE(rawKey(r.profile.name).secret, m_keyA);
    QVERIFY(!m_keyring->hasSessionKey(r.profile.name));
    QCOMPARE(m_profiles->profiles(), QList<Profile>{r.profile});
    QCOMPARE(m_profiles->currentName(), r.profile.name);
}

void TestProfileEnrolment::addedProfileDoesNotBecomeCurrent()
{
    QVERIFY(m_profiles->add({QStringLiteral("Acme"), ProfileStore::defaultBaseUrl(), ApiKey::displayPrefix(m_keyA)}));
    auto enrolment = make(Purpose::AddProfile);
    const auto r = run(enrolment.get(), QStringLiteral("Globex"), m_server->url(), m_keyB);
    QCOMPARE(r.outcome, Outcome::Saved);
    QCOMPARE(m_profiles->names(), (QStringList{QStringLiteral("Acme"), QStringLiteral("Globex")}));
    QCOMPARE(m_profiles->currentName(), QStringLiteral("Acme"));
    QCOMPARE(rawKey(QStringLiteral("Globex")).secret, m_keyB);
}

void TestProfileEnrolment::replacedKeyUpdatesTheProfile()
{
    const Profile existing{QStringLiteral("Acme"), ProfileStore::defaultBaseUrl(), ApiKey::displayPrefix(m_keyA)};
    QVERIFY(m_profiles->add(existing));
    m_keyring->useForSessionOnly(existing.name, m_keyA);
    auto enrolment = make(Purpose::ReplaceKey, existing);
    // The name is the existing profile's, whatever is passed.
    const auto r = run(enrolment.get(), QStringLiteral("Other"), m_server->url(), m_keyB);
    QCOMPARE(r.outcome, Outcome::Saved);
    QCOMPARE(r.profile.name, existing.name);
    QCOMPARE(m_profiles->count(), 1);
    QCOMPARE(m_profiles->find(existing.name)->baseUrl, m_server->url());
    QCOMPARE(m_profiles->find(existing.name)->keyPrefix, ApiKey::displayPrefix(m_keyB));
    // In the keychain now; the old session key is gone.
    QCOMPARE(rawKey(existing.name).secret, m_keyB);
    QVERIFY(!m_keyring->hasSessionKey(existing.name));
}

void TestProfileEnrolment::refusedKeySavesNothing()
{
    answer(401, R"({"detail":"Invalid or revoked API key"})");
    auto enrolment = make(Purpose::FirstRun);
    const auto r = run(enrolment.get(), QStringLiteral("Acme"), m_server->url(), m_keyA);
    QCOMPARE(r.outcome, Outcome::KeyRefused);
    QVERIFY(!r.saved());
    QVERIFY2(r.message.contains(QStringLiteral("refused")), qPrintable(r.message));
    QVERIFY(!r.message.contains(m_keyA));
    QVERIFY(!enrolment->isRunning());
    assertNothingKept(QStringLiteral("Acme"));
}

void TestProfileEnrolment::networkErrorSavesNothing()
{
    const QUrl gone = m_server->url();
    m_server.reset(); // nobody listens there any more
    auto enrolment = make(Purpose::FirstRun);
    const auto r = run(enrolment.get(), QStringLiteral("Acme"), gone, m_keyA);
    QCOMPARE(r.outcome, Outcome::CheckFailed);
    QVERIFY(!r.message.isEmpty());
    QVERIFY(!r.message.contains(m_keyA));
    assertNothingKept(QStringLiteral("Acme"));
}

void TestProfileEnrolment::unavailableKeychainKeepsTheKeyForThisSessionOnly()
{
    m_store->setForcedStatus(Status::Unavailable);
    auto enrolment = make(Purpose::FirstRun);
    QStringList offers;
    // Answered at once, from inside the signal, as the dialog's question does.
    connect(enrolment.get(), &ProfileEnrolment::sessionOnlyOffered, this, [&](const QString &why) {
        offers.append(why);
        QCOMPARE(enrolment->step(), Step::AwaitingAnswer);
        enrolment->keepForSessionOnly();
    });
    const auto r = run(enrolment.get(), QStringLiteral("Acme"), m_server->url(), m_keyA);

    QCOMPARE(offers, QStringList{CredentialStore::describe(Status::Unavailable)});
    QCOMPARE(r.outcome, Outcome::Saved);
    QVERIFY(r.sessionOnly);
    QCOMPARE(r.profile.keyPrefix, ApiKey::displayPrefix(m_keyA));
    QVERIFY(m_keyring->hasSessionKey(QStringLiteral("Acme")));
    const auto key = keyOf(QStringLiteral("Acme"));
    QCOMPARE(key.key, m_keyA);
    QCOMPARE(key.source, Keyring::Source::Session);
    QCOMPARE(m_profiles->currentName(), QStringLiteral("Acme"));
    // Memory only: the keychain, once back, holds nothing.
    m_store->setForcedStatus(Status::Ok);
    QCOMPARE(rawKey(QStringLiteral("Acme")).status, Status::NotFound);
}

void TestProfileEnrolment::declinedSessionOnlySavesNothing()
{
    m_store->setForcedStatus(Status::Denied);
    auto enrolment = make(Purpose::FirstRun);
    QSignalSpy offered(enrolment.get(), &ProfileEnrolment::sessionOnlyOffered);
    QSignalSpy finished(enrolment.get(), &ProfileEnrolment::finished);
    QVERIFY(enrolment->start(QStringLiteral("Acme"), m_server->url(), m_keyA));
    QVERIFY(offered.wait(20000));
    // Nothing happens until the answer, which may come later.
    QTest::qWait(50);
    QCOMPARE(finished.count(), 0);
    QCOMPARE(enrolment->step(), Step::AwaitingAnswer);
    QVERIFY(!enrolment->start(QStringLiteral("Acme"), m_server->url(), m_keyA));
    enrolment->declineSessionOnly();

    QCOMPARE(finished.count(), 1);
    const auto r = finished.at(0).at(0).value<ProfileEnrolment::Result>();
    QCOMPARE(r.outcome, Outcome::SessionOnlyDeclined);
    QVERIFY2(r.message.contains(CredentialStore::describe(Status::Denied)), qPrintable(r.message));
    QVERIFY2(r.message.contains(QStringLiteral("not saved")), qPrintable(r.message));
    QVERIFY(!enrolment->isRunning());
    assertNothingKept(QStringLiteral("Acme"));
}

void TestProfileEnrolment::keychainFailureOffersNoSessionOnly()
{
    m_store->setForcedStatus(Status::Failed);
    auto enrolment = make(Purpose::FirstRun);
    QSignalSpy offered(enrolment.get(), &ProfileEnrolment::sessionOnlyOffered);
    const auto r = run(enrolment.get(), QStringLiteral("Acme"), m_server->url(), m_keyA);
    QCOMPARE(r.outcome, Outcome::StoreFailed);
    QVERIFY2(r.message.contains(CredentialStore::describe(Status::Failed)), qPrintable(r.message));
    QCOMPARE(offered.count(), 0);
    assertNothingKept(QStringLiteral("Acme"));
}

void TestProfileEnrolment::cancelledMidCheckSavesNothing()
{
    hangUp();
    auto enrolment = make(Purpose::FirstRun);
    QSignalSpy finished(enrolment.get(), &ProfileEnrolment::finished);
    QVERIFY(enrolment->start(QStringLiteral("Acme"), m_server->url(), m_keyA));
    QCOMPARE(enrolment->step(), Step::Verifying);
    QCOMPARE(enrolment->baseUrl(), m_server->url());
    QTRY_COMPARE(m_server->requests.size(), 1);
    QVERIFY(!enrolment->start(QStringLiteral("Acme"), m_server->url(), m_keyA)); // one at a time

    enrolment->cancel();
    QCOMPARE(finished.count(), 1); // at once
    const auto r = finished.at(0).at(0).value<ProfileEnrolment::Result>();
    QCOMPARE(r.outcome, Outcome::Stopped);
    QVERIFY2(r.message.contains(QStringLiteral("Nothing was saved")), qPrintable(r.message));
    QVERIFY(!enrolment->isRunning());
    enrolment->cancel(); // nothing running: nothing happens
    QTest::qWait(50);
    QCOMPARE(finished.count(), 1);
    assertNothingKept(QStringLiteral("Acme"));

    // A new enrolment after a stop works.
    answer(404, R"({"detail":"Not found"})");
    QCOMPARE(run(enrolment.get(), QStringLiteral("Acme"), m_server->url(), m_keyA).outcome, Outcome::Saved);
    QCOMPARE(rawKey(QStringLiteral("Acme")).secret, m_keyA);
}

void TestProfileEnrolment::nameRulesFollowThePurpose()
{
    QVERIFY(m_profiles->add({QStringLiteral("Acme"), ProfileStore::defaultBaseUrl(), ApiKey::displayPrefix(m_keyA)}));
    auto adding = make(Purpose::AddProfile);
    QCOMPARE(adding->purpose(), Purpose::AddProfile);
    QVERIFY2(adding->checkName(QStringLiteral(" acme ")).contains(QStringLiteral("already exists")),
             qPrintable(adding->checkName(QStringLiteral(" acme "))));
    QVERIFY(!adding->checkName(QString()).isEmpty());
    QVERIFY(adding->checkName(QStringLiteral("Globex")).isEmpty());
    const Profile existing = *m_profiles->find(QStringLiteral("Acme"));
    auto replacing = make(Purpose::ReplaceKey, existing);
    QCOMPARE(replacing->existing(), existing);
    QVERIFY(replacing->checkName(QStringLiteral("Acme")).isEmpty()); // its own name is fixed
}

QTEST_GUILESS_MAIN(TestProfileEnrolment)
#include "tst_profileenrolment.moc"
