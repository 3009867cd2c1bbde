#pragma once

#include <QMetaType>
#include <QString>
#include <QUrl>

// One organization the operator administers: a name, the API's base URL and the
// display prefix of its key ("od_live_XXXX"). The key itself lives in the keychain
// (or, for this session only, in memory): never here, never in a settings file.
struct Profile
{
    QString name;      // unique, trimmed, not empty; also the keychain entry's name
    QUrl baseUrl;      // e.g. https://api.optimaldial.com
    QString keyPrefix; // ApiKey::displayPrefix of the key, at most 12 characters

    friend bool operator==(const Profile &a, const Profile &b)
    {
        return a.name == b.name && a.baseUrl == b.baseUrl && a.keyPrefix == b.keyPrefix;
    }
    friend bool operator!=(const Profile &a, const Profile &b) { return !(a == b); }
};

Q_DECLARE_METATYPE(Profile)
