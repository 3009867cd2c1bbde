#include "apikey.h"

#include <QCoreApplication>

namespace ApiKey {

namespace {
const QLatin1String Prefix("od_live_");
constexpr int BodyLength = 32;

bool isUrlSafe(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'-' || u == u'_';
}
} // namespace

QString check(const QString &key)
{
    if (key.isEmpty())
        return QCoreApplication::translate("ApiKey", "Paste the API key.");
    if (!key.startsWith(Prefix))
        return QCoreApplication::translate("ApiKey", "An OptimalDial API key starts with \u201cod_live_\u201d.");
    const QStringView body = QStringView(key).mid(Prefix.size());
    for (QChar c : body) {
        if (c.isSpace())
            return QCoreApplication::translate("ApiKey", "The key contains a space or line break; copy it again.");
        if (!isUrlSafe(c))
            return QCoreApplication::translate("ApiKey", "The key contains a character that an API key cannot have.");
    }
    if (body.size() != BodyLength)
        return QCoreApplication::translate("ApiKey", "The key should have %1 characters after \u201cod_live_\u201d, not %2.")
            .arg(BodyLength)
            .arg(body.size());
    return {};
}

bool isWellFormed(const QString &key) { return check(key).isEmpty(); }

QString displayPrefix(const QString &key) { return key.left(DisplayPrefixLength); }

} // namespace ApiKey
