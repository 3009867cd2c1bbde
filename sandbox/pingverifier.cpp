#include "pingverifier.h"

#include <QTimer>
#include <QUrl>

PingVerifier::PingVerifier(QObject *parent) : QObject(parent), m_failPattern(QStringLiteral("\\.invalid$")) {}

bool PingVerifier::setFailPattern(const QString &pattern, QString *error)
{
    const QRegularExpression re(pattern);
    if (!re.isValid()) {
        if (error)
            *error = QStringLiteral("invalid regular expression \"%1\": %2").arg(pattern, re.errorString());
        return false;
    }
    m_failPattern = re;
    return true;
}

QString PingVerifier::outcomeFor(const QString &url) const
{
    const QString host = QUrl(url).host();
    if (m_failPattern.pattern().isEmpty() || !m_failPattern.match(host).hasMatch())
        return {};
    if (host.endsWith(QLatin1String(".invalid")))
        return QStringLiteral("could not resolve host %1").arg(host);
    if (host.contains(QLatin1String("timeout")) || host.contains(QLatin1String("slow")))
        return QStringLiteral("no answer within 5 seconds");
    return QStringLiteral("the endpoint answered HTTP 503, expected 2xx");
}

void PingVerifier::ping(const QString &url, QObject *context, std::function<void(const QString &)> done)
{
    ++m_pingCount;
    const QString outcome = outcomeFor(url);
    QTimer::singleShot(m_delayMs, context, [done = std::move(done), outcome] { done(outcome); });
}
