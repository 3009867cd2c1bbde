#pragma once

#include "profile.h"

#include <QList>
#include <QObject>
#include <QStringList>
#include <optional>

class QSettings;

// The profiles, kept in an injected QSettings (the app's settings; a temporary INI
// file in tests): name, base URL and the key's display prefix, plus which profile is
// current. It never holds a key: a prefix longer than ApiKey::DisplayPrefixLength is
// cut before it is written. Names are trimmed, not empty and unique (ignoring case).
class ProfileStore : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxNameLength = 64;

    explicit ProfileStore(QSettings *settings, QObject *parent = nullptr);

    // https://api.optimaldial.com
    static QUrl defaultBaseUrl();
    static QString normalizedName(const QString &name);
    // Names that begin with SigningSecrets::EntryPrefix (any case): the keychain keeps
    // signing secrets under them.
    static bool isReserved(const QString &name);

    // Empty when `name` (normalized) may name a new profile, else why not (translated).
    QString checkNewName(const QString &name) const;

    QList<Profile> profiles() const; // in the order they were added
    QStringList names() const;
    int count() const;
    bool isEmpty() const { return count() == 0; }
    // Exact name (after trimming).
    std::optional<Profile> find(const QString &name) const;
    bool contains(const QString &name) const { return find(name).has_value(); }

    // A new profile; refused (false, *error) when its name is taken or invalid, or its
    // base URL is refused by ApiClient::checkBaseUrl. The first profile becomes current.
    bool add(const Profile &profile, QString *error = nullptr);
    // Replaces the base URL and key prefix of the profile of that name.
    bool update(const Profile &profile, QString *error = nullptr);
    // Removes the profile from the settings (its key is the Keyring's business). When it
    // was current, the first remaining profile (or none) becomes current.
    bool remove(const QString &name);

    // The remembered current profile; empty when there is none.
    QString currentName() const;
    std::optional<Profile> current() const;
    bool setCurrentName(const QString &name);

signals:
    void profilesChanged();
    void currentChanged(const QString &name);

private:
    QList<Profile> load() const;
    void save(const QList<Profile> &profiles);
    QString validate(const Profile &profile) const;

    QSettings *m_settings;
};
