#pragma once

#include "keyring.h"
#include "keyverifier.h"
#include "profile.h"

#include <QMetaType>
#include <QObject>
#include <QString>
#include <QUrl>

class ProfileStore;
class QNetworkAccessManager;

// The enrolment of one API key, without widgets:
//
//   start(name, baseUrl, key)
//     -> check the key with the server (KeyVerifier; cancel() stops the check)
//     -> store it in the system keychain (Keyring)
//          keychain unusable (unavailable, denied): sessionOnlyOffered(why), and
//          nothing happens until the caller picks keepForSessionOnly() or
//          declineSessionOnly()
//     -> save the profile (ProfileStore; with FirstRun it becomes current)
//     -> finished(result)
//
// A failing step ends the enrolment with finished() and a sentence for a person.
// The key is held only while an enrolment runs, and never logged.
class ProfileEnrolment : public QObject
{
    Q_OBJECT

public:
    enum class Purpose {
        FirstRun,   // the first profile; it becomes current
        AddProfile, // another profile
        ReplaceKey, // a new key (and base URL) for an existing profile; the name is fixed
    };
    Q_ENUM(Purpose)

    enum class Step {
        Idle,
        Verifying,      // the server is checking the key; cancel() stops it
        Storing,        // the keychain is writing the key; it always answers
        AwaitingAnswer, // after sessionOnlyOffered(): waiting for the caller's choice
    };
    Q_ENUM(Step)

    enum class Outcome {
        Saved,               // checked, stored (or kept for this session) and saved
        Stopped,             // cancel() during the check
        KeyRefused,          // the server refused the key (401), or it may not manage webhooks (403)
        CheckFailed,         // no verdict from the server: connection, TLS, timeout, base URL ...
        StoreFailed,         // the keychain failed where a session-only key is no way out
        SessionOnlyDeclined, // the keychain is unusable and declineSessionOnly() was picked
        SaveFailed,          // the profile store refused the profile
    };
    Q_ENUM(Outcome)

    struct Result
    {
        Outcome outcome = Outcome::CheckFailed;
        QString message;          // translated, for anything but Saved
        Profile profile;          // Saved: the profile as saved (its key is in the Keyring)
        bool sessionOnly = false; // Saved: the key is kept in memory for this session only
        bool saved() const { return outcome == Outcome::Saved; }
    };

    // `existing`: the profile whose key is replaced (ReplaceKey), else ignored.
    // `profiles`, `keyring` and `nam` are not owned.
    ProfileEnrolment(Purpose purpose, const Profile &existing, ProfileStore *profiles, Keyring *keyring,
                     QNetworkAccessManager *nam, QObject *parent = nullptr);

    Purpose purpose() const { return m_purpose; }
    const Profile &existing() const { return m_existing; }
    // Empty when `name` may name the profile, else why not (translated). ReplaceKey
    // keeps the existing name: always empty.
    QString checkName(const QString &name) const;

    Step step() const { return m_step; }
    bool isRunning() const { return m_step != Step::Idle; }
    // The base URL being checked, while running.
    QUrl baseUrl() const { return m_baseUrl; }

    // Starts an enrolment; false (and nothing happens) while one runs. `name` should
    // pass checkName() (ReplaceKey ignores it); `baseUrl` is where the key is checked
    // and what the profile keeps. finished() follows exactly once, always later.
    bool start(const QString &name, const QUrl &baseUrl, const QString &key);
    // While Verifying: stops the check; finished() with Outcome::Stopped follows at
    // once. Later steps are not stopped: a half-stored key is worse than a short wait.
    void cancel();
    // The answers to sessionOnlyOffered(): keep the key in memory for this session
    // and save the profile, or save nothing.
    void keepForSessionOnly();
    void declineSessionOnly();

signals:
    void stepChanged(ProfileEnrolment::Step step);
    // The keychain cannot be used (`why`, translated). Answer with keepForSessionOnly()
    // or declineSessionOnly().
    void sessionOnlyOffered(const QString &why);
    void finished(const ProfileEnrolment::Result &result);

private:
    void setStep(Step step);
    void onVerified(const KeyVerifier::Result &result);
    void onStored(const Keyring::Result &result);
    void save(bool sessionOnly);
    static Result failure(Outcome outcome, const QString &message);
    void finish(const Result &result);

    Purpose m_purpose;
    Profile m_existing;
    ProfileStore *m_profiles;
    Keyring *m_keyring;
    KeyVerifier *m_verifier;
    Step m_step = Step::Idle;
    // The enrolment under way; the key only until it ends.
    QString m_name;
    QUrl m_baseUrl;
    QString m_key;
    QString m_unusableKeychain; // why, while AwaitingAnswer
};

Q_DECLARE_METATYPE(ProfileEnrolment::Result)
