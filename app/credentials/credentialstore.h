#pragma once

#include <QObject>
#include <QString>
#include <functional>

// Where API keys live: one entry per profile. Asynchronous, because the operating
// system's keychain is. Implementations never fall back to a file.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    enum class Status {
        Ok,
        NotFound,    // nothing stored for this profile: not an error
        Unavailable, // no keychain service (no Secret Service, no D-Bus)
        Denied,      // the user or the system refused access (locked, cancelled prompt)
        Failed,      // anything else, with a message
    };

    struct Result
    {
        Status status = Status::Failed;
        QString secret;  // the key, for a successful read
        QString message; // translated, for anything but Ok/NotFound
        bool ok() const { return status == Status::Ok; }
    };

    using Callback = std::function<void(const Result &)>;

    using QObject::QObject;

    // Each call runs `done` exactly once, later, unless `context` was destroyed.
    virtual void readKey(const QString &profile, QObject *context, Callback done) = 0;
    virtual void writeKey(const QString &profile, const QString &key, QObject *context, Callback done) = 0;
    // Removing an entry that is not there is not an error: Ok or NotFound, as the
    // backend tells (libsecret's Secret Service answers Ok).
    virtual void removeKey(const QString &profile, QObject *context, Callback done) = 0;

    // Translated sentence for a status, e.g. for Unavailable.
    static QString describe(Status status);
};
