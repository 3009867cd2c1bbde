#include "faultinjector.h"

#include "jsonwriter.h"

bool FaultInjector::roll(double rate)
{
    if (rate <= 0)
        return false;
    if (rate >= 1)
        return true;
    return m_random.generateDouble() < rate;
}

FaultInjector::Action FaultInjector::decide()
{
    if (roll(m_settings.dropRate))
        return Action::Drop;
    if (roll(m_settings.errorRate))
        return Action::ServerError;
    return Action::None;
}

HttpResponse FaultInjector::serverError()
{
    if (m_errors++ % 2 == 0) {
        HttpResponse r = HttpResponse::error(503, QStringLiteral("Service temporarily unavailable, please retry"));
        r.setHeader("Retry-After", "1");
        return r;
    }
    HttpResponse r;
    r.status = 502;
    r.setHeader("Content-Type", "text/html");
    r.body = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
             "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
    return r;
}

bool FaultInjector::shouldMalform() { return roll(m_settings.malformedRate); }

QByteArray FaultInjector::malform(const QByteArray &body)
{
    if (m_malformed++ % 3 == 2)
        return QByteArrayLiteral("<html><body><h1>Welcome to nginx!</h1></body></html>");
    // Cut it short: at least one byte removed, so the document is never complete.
    const qsizetype keep = body.size() > 64 ? body.size() / 2 : qMax<qsizetype>(1, body.size() - 1);
    return body.left(keep);
}
