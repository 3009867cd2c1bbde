#include "keyformat.h"

namespace KeyFormat {

QString problem(const QString &key)
{
    static const QLatin1String prefix("od_live_");
    if (key.isEmpty())
        return QStringLiteral("the key is empty");
    if (!key.startsWith(prefix))
        return QStringLiteral("the key does not start with \"od_live_\"");
    const QStringView body = QStringView(key).mid(prefix.size());
    for (QChar c : body) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'-'
            || u == u'_';
        if (!ok)
            return QStringLiteral("the key contains a character that is not URL-safe ([A-Za-z0-9_-])");
    }
    if (body.size() != BodyLength)
        return QStringLiteral("the key has %1 characters after \"od_live_\", expected %2").arg(body.size()).arg(BodyLength);
    return {};
}

} // namespace KeyFormat
