#include "profileenrolment.h"

#include "apikey.h"
#include "profilestore.h"

#include <QLoggingCategory>

namespace {
Q_LOGGING_CATEGORY(lcEnrolment, "odwh.profiles.enrolment", QtInfoMsg)
} // namespace

ProfileEnrolment::ProfileEnrolment(Purpose purpose, const Profile &existing, ProfileStore *profiles, Keyring *keyring,
                                   QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent),
      m_purpose(purpose),
      m_existing(existing),
      m_profiles(profiles),
      m_keyring(keyring),
      m_verifier(new KeyVerifier(nam, this))
{
    Q_ASSERT(m_profiles && m_keyring);
    connect(m_verifier, &KeyVerifier::finished, this, &ProfileEnrolment::onVerified);
}

QString ProfileEnrolment::checkName(const QString &name) const
{
    if (m_purpose == Purpose::ReplaceKey)
        return {};
    return m_profiles->checkNewName(name);
}

bool ProfileEnrolment::start(const QString &name, const QUrl &baseUrl, const QString &key)
{
    if (isRunning())
        return false;
    m_name = m_purpose == Purpose::ReplaceKey ? m_existing.name : ProfileStore::normalizedName(name);
    m_baseUrl = baseUrl;
    m_key = key;
    setStep(Step::Verifying);
    qCInfo(lcEnrolment) << "verifying key" << ApiKey::displayPrefix(m_key) << "for profile" << m_name;
    m_verifier->verify(m_baseUrl, m_key);
    return true;
}

void ProfileEnrolment::cancel()
{
    if (m_step == Step::Verifying)
        m_verifier->cancel(); // answers Cancelled at once, through onVerified()
}

void ProfileEnrolment::onVerified(const KeyVerifier::Result &result)
{
    if (m_step != Step::Verifying)
        return;
    switch (result.outcome) {
    case KeyVerifier::Outcome::Valid:
        setStep(Step::Storing);
        m_keyring->storeKey(m_name, m_key, this, [this](const Keyring::Result &r) { onStored(r); });
        return;
    case KeyVerifier::Outcome::Cancelled:
        finish(failure(Outcome::Stopped, tr("The check was stopped. Nothing was saved.")));
        return;
    case KeyVerifier::Outcome::Invalid:
        finish(failure(Outcome::KeyRefused, result.message));
        return;
    case KeyVerifier::Outcome::Failed:
        finish(failure(Outcome::CheckFailed, result.message));
        return;
    }
}

void ProfileEnrolment::onStored(const Keyring::Result &result)
{
    if (m_step != Step::Storing)
        return;
    if (result.ok()) {
        save(false);
        return;
    }
    if (!Keyring::keychainIsUnusable(result.status)) {
        finish(failure(Outcome::StoreFailed, result.message));
        return;
    }
    m_unusableKeychain = result.message;
    setStep(Step::AwaitingAnswer);
    // The answer may come before this returns; nothing follows here.
    emit sessionOnlyOffered(result.message);
}

void ProfileEnrolment::keepForSessionOnly()
{
    if (m_step != Step::AwaitingAnswer)
        return;
    m_keyring->useForSessionOnly(m_name, m_key);
    save(true);
}

void ProfileEnrolment::declineSessionOnly()
{
    if (m_step != Step::AwaitingAnswer)
        return;
    finish(failure(Outcome::SessionOnlyDeclined, m_unusableKeychain + QLatin1Char(' ') + tr("The key was not saved.")));
}

void ProfileEnrolment::save(bool sessionOnly)
{
    const Profile profile{m_name, m_baseUrl, ApiKey::displayPrefix(m_key)};
    QString error;
    const bool saved =
        m_purpose == Purpose::ReplaceKey ? m_profiles->update(profile, &error) : m_profiles->add(profile, &error);
    if (!saved) {
        finish(failure(Outcome::SaveFailed, error));
        return;
    }
    if (m_purpose == Purpose::FirstRun)
        m_profiles->setCurrentName(profile.name);
    Result result;
    result.outcome = Outcome::Saved;
    result.profile = m_profiles->find(profile.name).value_or(profile);
    result.sessionOnly = sessionOnly;
    qCInfo(lcEnrolment) << "saved profile" << result.profile.name << "with key" << result.profile.keyPrefix
                        << (sessionOnly ? "for this session only" : "in the keychain");
    finish(result);
}

ProfileEnrolment::Result ProfileEnrolment::failure(Outcome outcome, const QString &message)
{
    Result result;
    result.outcome = outcome;
    result.message = message;
    return result;
}

void ProfileEnrolment::finish(const Result &result)
{
    // What was typed stays in the caller's form; these copies are not needed any more.
    m_name.clear();
    m_baseUrl.clear();
    m_key.clear();
    m_unusableKeychain.clear();
    setStep(Step::Idle);
    emit finished(result);
}

void ProfileEnrolment::setStep(Step step)
{
    if (m_step == step)
        return;
    m_step = step;
    emit stepChanged(step);
}
