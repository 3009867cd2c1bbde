#include "profilestore.h"

#include "apiclient.h"
#include "apikey.h"
#include "signingsecrets.h"

#include <QLoggingCategory>
#include <QSettings>

namespace {
Q_LOGGING_CATEGORY(lcProfiles, "odwh.profiles", QtInfoMsg)

const QLatin1String ArrayKey("profiles");
const QLatin1String NameKey("name");
const QLatin1String BaseUrlKey("baseUrl");
const QLatin1String KeyPrefixKey("keyPrefix");
const QLatin1String CurrentKey("currentProfile");

int indexOf(const QList<Profile> &profiles, const QString &name, Qt::CaseSensitivity cs)
{
    for (int i = 0; i < profiles.size(); ++i) {
        if (profiles.at(i).name.compare(name, cs) == 0)
            return i;
    }
    return -1;
}

} // namespace

ProfileStore::ProfileStore(QSettings *settings, QObject *parent) : QObject(parent), m_settings(settings)
{
    Q_ASSERT(m_settings);
}

QUrl ProfileStore::defaultBaseUrl() { return QUrl(QStringLiteral("https://api.optimaldial.com")); }

QString ProfileStore::normalizedName(const QString &name) { return name.trimmed(); }

bool ProfileStore::isReserved(const QString &name)
{
    return name.startsWith(SigningSecrets::EntryPrefix, Qt::CaseInsensitive);
}

QString ProfileStore::checkNewName(const QString &name) const
{
    const QString n = normalizedName(name);
    if (n.isEmpty())
        return tr("Give the profile a name, for example the organization's name.");
    if (n.size() > MaxNameLength)
        return tr("The name is too long: at most %1 characters.").arg(MaxNameLength);
    for (QChar c : n) {
        if (c.category() == QChar::Other_Control)
            return tr("The name cannot contain control characters.");
    }
    if (isReserved(n))
        //: %1 is a fixed prefix, e.g. "webhook-secret/"
        return tr("Names that begin with \u201c%1\u201d are kept for signing secrets in the keychain.")
            .arg(SigningSecrets::EntryPrefix);
    if (indexOf(load(), n, Qt::CaseInsensitive) >= 0)
        return tr("A profile named \u201c%1\u201d already exists.").arg(n);
    return {};
}

QList<Profile> ProfileStore::load() const
{
    QList<Profile> result;
    const int size = m_settings->beginReadArray(ArrayKey);
    for (int i = 0; i < size; ++i) {
        m_settings->setArrayIndex(i);
        Profile p;
        p.name = normalizedName(m_settings->value(NameKey).toString());
        p.baseUrl = QUrl(m_settings->value(BaseUrlKey).toString(), QUrl::StrictMode);
        p.keyPrefix = ApiKey::displayPrefix(m_settings->value(KeyPrefixKey).toString());
        if (p.name.isEmpty() || isReserved(p.name) || indexOf(result, p.name, Qt::CaseInsensitive) >= 0)
            continue; // a hand-edited file: skip what cannot be told apart
        result.append(p);
    }
    m_settings->endArray();
    return result;
}

void ProfileStore::save(const QList<Profile> &profiles)
{
    m_settings->remove(ArrayKey);
    m_settings->beginWriteArray(ArrayKey, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        const Profile &p = profiles.at(i);
        m_settings->setArrayIndex(i);
        m_settings->setValue(NameKey, p.name);
        m_settings->setValue(BaseUrlKey, p.baseUrl.toString(QUrl::FullyEncoded));
        // Already cut to the display prefix, by load(), add() or update().
        m_settings->setValue(KeyPrefixKey, p.keyPrefix);
    }
    m_settings->endArray();
    m_settings->sync();
}

QString ProfileStore::validate(const Profile &profile) const { return ApiClient::checkBaseUrl(profile.baseUrl); }

QList<Profile> ProfileStore::profiles() const { return load(); }

QStringList ProfileStore::names() const
{
    QStringList result;
    for (const Profile &p : load())
        result.append(p.name);
    return result;
}

int ProfileStore::count() const { return int(load().size()); }

std::optional<Profile> ProfileStore::find(const QString &name) const
{
    const QList<Profile> all = load();
    const int i = indexOf(all, normalizedName(name), Qt::CaseSensitive);
    if (i < 0)
        return std::nullopt;
    return all.at(i);
}

bool ProfileStore::add(const Profile &profile, QString *error)
{
    Profile p = profile;
    p.name = normalizedName(p.name);
    p.baseUrl = ApiClient::normalizedBaseUrl(p.baseUrl);
    p.keyPrefix = ApiKey::displayPrefix(p.keyPrefix);
    QString why = checkNewName(p.name);
    if (why.isEmpty())
        why = validate(p);
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    QList<Profile> all = load();
    all.append(p);
    save(all);
    qCInfo(lcProfiles) << "added profile" << p.name << "with key" << p.keyPrefix;
    emit profilesChanged();
    if (currentName().isEmpty())
        setCurrentName(p.name);
    return true;
}

bool ProfileStore::update(const Profile &profile, QString *error)
{
    const QString name = normalizedName(profile.name);
    QList<Profile> all = load();
    const int i = indexOf(all, name, Qt::CaseSensitive);
    if (i < 0) {
        if (error)
            *error = tr("There is no profile named \u201c%1\u201d.").arg(name);
        return false;
    }
    Profile p = profile;
    p.name = name;
    p.baseUrl = ApiClient::normalizedBaseUrl(p.baseUrl);
    p.keyPrefix = ApiKey::displayPrefix(p.keyPrefix);
    const QString why = validate(p);
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    if (all.at(i) == p)
        return true;
    all[i] = p;
    save(all);
    qCInfo(lcProfiles) << "updated profile" << p.name << "with key" << p.keyPrefix;
    emit profilesChanged();
    return true;
}

bool ProfileStore::remove(const QString &name)
{
    const QString n = normalizedName(name);
    QList<Profile> all = load();
    const int i = indexOf(all, n, Qt::CaseSensitive);
    if (i < 0)
        return false;
    const bool wasCurrent = currentName() == n;
    all.removeAt(i);
    save(all);
    qCInfo(lcProfiles) << "removed profile" << n;
    emit profilesChanged();
    if (wasCurrent)
        setCurrentName(all.isEmpty() ? QString() : all.first().name);
    return true;
}

QString ProfileStore::currentName() const
{
    const QString name = normalizedName(m_settings->value(CurrentKey).toString());
    // Only a profile that exists is current.
    return indexOf(load(), name, Qt::CaseSensitive) >= 0 ? name : QString();
}

std::optional<Profile> ProfileStore::current() const
{
    const QString name = currentName();
    return name.isEmpty() ? std::nullopt : find(name);
}

bool ProfileStore::setCurrentName(const QString &name)
{
    const QString n = normalizedName(name);
    if (!n.isEmpty() && !contains(n))
        return false;
    const QString stored = m_settings->value(CurrentKey).toString();
    if (n.isEmpty())
        m_settings->remove(CurrentKey);
    else
        m_settings->setValue(CurrentKey, n);
    m_settings->sync();
    if (stored != n)
        emit currentChanged(n);
    return true;
}
