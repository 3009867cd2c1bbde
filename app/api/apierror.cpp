#include "apierror.h"

#include "servertext.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTimeZone>
#include <QRegularExpression>

namespace {

QString describeDetailObject(const QJsonObject &detail)
{
    // {"error": "rate_limit_exceeded", "message": "...", ...}
    const QString message = detail.value(QLatin1String("message")).toString();
    if (!message.isEmpty())
        return message;
    const QString error = detail.value(QLatin1String("error")).toString();
    QStringList parts;
    for (auto it = detail.begin(); it != detail.end(); ++it) {
        if (it.key() == QLatin1String("error"))
            continue;
        const QJsonValue v = it.value();
        QString text;
        if (v.isString())
            text = v.toString();
        else if (v.isDouble())
            text = QString::number(v.toDouble());
        else if (v.isBool())
            text = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        else if (v.isArray())
            text = QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
        else if (v.isObject())
            text = QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
        else
            text = QStringLiteral("null");
        parts.append(it.key() + QLatin1Char('=') + text);
    }
    QString human = error;
    human.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (parts.isEmpty())
        return human;
    return human.isEmpty() ? parts.join(QLatin1String(", ")) : human + QLatin1String(" (") + parts.join(QLatin1String(", ")) + QLatin1Char(')');
}

QString textOfHtml(const QByteArray &body)
{
    const QString html = QString::fromUtf8(body.left(64 * 1024));
    static const QRegularExpression title(QStringLiteral("<title[^>]*>(.*?)</title>"),
                                          QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    const auto m = title.match(html);
    QString text = m.hasMatch() ? m.captured(1) : html;
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    text.remove(tags);
    text = text.simplified();
    if (text.size() > 200)
        text = text.left(200) + QChar(0x2026);
    return text;
}

// A wait beyond the longest one worth counting down is "later".
int clampedWait(qint64 seconds) { return int(qMin<qint64>(seconds, ApiError::MaxRetryAfterSeconds + 1)); }

int parseRetryAfter(const QByteArray &header)
{
    const QByteArray h = header.trimmed();
    if (h.isEmpty() || h.size() > 64)
        return -1;
    bool ok = false;
    const qlonglong seconds = h.toLongLong(&ok);
    if (ok)
        return seconds >= 0 ? clampedWait(seconds) : -1;
    if (!h.isEmpty() && h.front() >= '0' && h.front() <= '9' && h.size() > 15)
        return ApiError::MaxRetryAfterSeconds + 1; // digits beyond any integer: far too long
    // HTTP-date form (RFC 9110 IMF-fixdate): "Fri, 27 Nov 2026 01:28:12 GMT"
    QString text = QString::fromLatin1(h);
    const qsizetype comma = text.indexOf(QLatin1Char(','));
    if (comma >= 0)
        text = text.mid(comma + 1).trimmed();
    if (text.endsWith(QLatin1String(" GMT")) || text.endsWith(QLatin1String(" UTC")))
        text.chop(4);
    QDateTime when = QLocale::c().toDateTime(text, QStringLiteral("d MMM yyyy HH:mm:ss"));
    if (when.isValid())
        when.setTimeZone(QTimeZone(0));
    else
        when = QDateTime::fromString(QString::fromLatin1(h), Qt::RFC2822Date);
    if (when.isValid())
        return clampedWait(qMax<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(when)));
    return -1;
}

} // namespace

ApiError::Envelope ApiError::decodeEnvelope(const QByteArray &body)
{
    Envelope env;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error == QJsonParseError::NoError && doc.isObject()) {
        env.wasJson = true;
        const QJsonValue detail = doc.object().value(QLatin1String("detail"));
        if (detail.isString()) {
            env.message = detail.toString();
        } else if (detail.isObject()) {
            env.detailObject = detail.toObject();
            env.message = describeDetailObject(env.detailObject);
        } else if (detail.isArray()) {
            // FastAPI-style validation errors: [{"loc": [...], "msg": "..."}]
            QStringList msgs;
            for (const QJsonValue &item : detail.toArray()) {
                const QString msg = item.toObject().value(QLatin1String("msg")).toString();
                if (!msg.isEmpty())
                    msgs.append(msg);
            }
            env.message = msgs.join(QLatin1String("; "));
        }
        return env;
    }
    if (parseError.error == QJsonParseError::NoError)
        env.wasJson = true; // JSON but not an envelope: no message to show
    else
        env.message = textOfHtml(body);
    return env;
}

ApiError ApiError::fromStatus(int status, const QByteArray &body, const QByteArray &retryAfterHeader)
{
    ApiError e;
    e.httpStatus = status;
    const Envelope env = decodeEnvelope(body);
    e.serverMessage = ServerText::oneLine(env.message);
    e.serverFullText = ServerText::forCopy(env.message);
    e.detailObject = env.detailObject;
    if (status == 400)
        e.kind = Kind::BadRequest;
    else if (status == 401)
        e.kind = Kind::Unauthorized;
    else if (status == 404)
        e.kind = Kind::NotFound;
    else if (status == 429)
        e.kind = Kind::RateLimited;
    else if (status >= 500 && status <= 599)
        e.kind = Kind::Server;
    else
        e.kind = Kind::OtherStatus;
    if (e.kind == Kind::RateLimited) {
        e.retryAfterSeconds = parseRetryAfter(retryAfterHeader);
        if (e.retryAfterSeconds < 0) {
            const QJsonValue v = env.detailObject.value(QLatin1String("retry_after_seconds"));
            if (v.isDouble() && v.toDouble() >= 0)
                e.retryAfterSeconds = clampedWait(qint64(qMin(v.toDouble(), double(MaxRetryAfterSeconds + 1))));
        }
    }
    if (!env.wasJson)
        e.technical = tr("The answer was not JSON (HTTP %1).").arg(status);
    return e;
}

bool ApiError::isTransient() const
{
    switch (kind) {
    case Kind::Connection:
    case Kind::Timeout:
    case Kind::RateLimited:
    case Kind::Server:
        return true;
    default:
        return false;
    }
}

QString ApiError::title() const
{
    switch (kind) {
    case Kind::None: return tr("No error");
    case Kind::Connection: return tr("Cannot reach the server");
    case Kind::Tls: return tr("Secure connection failed");
    case Kind::Timeout: return tr("The server did not answer in time");
    case Kind::BadRequest: return tr("The server refused the request");
    case Kind::Unauthorized: return tr("The API key was not accepted");
    case Kind::NotFound: return tr("Not found");
    case Kind::RateLimited: return tr("Too many changes in a short time");
    case Kind::Server: return tr("The server had a problem");
    case Kind::OtherStatus: return tr("Unexpected answer from the server");
    case Kind::InvalidResponse: return tr("The server's answer could not be read");
    case Kind::Refused: return tr("Request stopped for safety");
    case Kind::Cancelled: return tr("Cancelled");
    }
    return {};
}

QString ApiError::serverSaid() const
{
    return serverMessage.isEmpty() ? QString() : QLatin1Char(' ') + tr("The server said: \u201c%1\u201d").arg(serverMessage);
}

QString ApiError::details() const
{
    QStringList lines{title(), message()};
    if (httpStatus > 0)
        lines << tr("HTTP status: %1").arg(httpStatus);
    if (!serverFullText.isEmpty())
        lines << tr("The server's text:") << serverFullText;
    if (!technical.isEmpty())
        lines << tr("Technical detail: %1").arg(ServerText::forCopy(technical, 4096));
    return lines.join(QLatin1Char('\n'));
}

QString ApiError::message() const
{
    const QString server = serverSaid();
    // Qt's and the decoder's texts can quote what the server sent (a host, a field's
    // value): one safe line too.
    const QString shownTechnical = ServerText::oneLine(technical, 400);
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Connection:
        return tr("Could not connect to the server. Check the network connection and the base URL. (%1)").arg(shownTechnical);
    case Kind::Tls:
        return tr("The secure (TLS) connection to the server failed, so nothing was sent. (%1)").arg(shownTechnical);
    case Kind::Timeout:
        return tr("The server did not answer in time. The change may or may not have been applied; refresh to see.");
    case Kind::BadRequest:
        return serverMessage.isEmpty() ? tr("The server refused the request as invalid (HTTP 400).")
                                       : tr("The server refused the request: \u201c%1\u201d").arg(serverMessage);
    case Kind::Unauthorized:
        return tr("The API key was refused: it may be mistyped, expired or revoked. Replace the key in the profile.") + server;
    case Kind::NotFound:
        return tr("This endpoint no longer exists, or belongs to another organization.") + server;
    case Kind::RateLimited:
        if (retryAfterSeconds > MaxRetryAfterSeconds)
            return tr("The server limits how many changes can be made per minute. Try again later.");
        if (retryAfterSeconds >= 0)
            return tr("The server limits how many changes can be made per minute. Try again in %n second(s).", nullptr,
                      retryAfterSeconds);
        return tr("The server limits how many changes can be made per minute. Try again in a minute.");
    case Kind::Server:
        return tr("The server had a temporary problem (HTTP %1). Try again shortly.").arg(httpStatus) + server;
    case Kind::OtherStatus:
        return tr("The server answered with an unexpected status (HTTP %1).").arg(httpStatus) + server;
    case Kind::InvalidResponse:
        return tr("The server's answer could not be read: %1").arg(shownTechnical);
    case Kind::Refused:
        return shownTechnical;
    case Kind::Cancelled:
        return tr("The request was cancelled.");
    }
    return {};
}

QString ApiError::explanation() const
{
    const QString server = serverSaid().trimmed();
    const QString shownTechnical = ServerText::oneLine(technical, 400);
    switch (kind) {
    case Kind::Connection:
        return tr("Check the network connection and the base URL. (%1)").arg(shownTechnical);
    case Kind::Tls:
        return tr("Nothing was sent. (%1)").arg(shownTechnical);
    case Kind::Timeout:
        return tr("The change may or may not have been applied; refresh to see.");
    case Kind::BadRequest:
        //: After the title "The server refused the request": the server's own words, quoted
        return serverMessage.isEmpty() ? tr("It found the request invalid (HTTP 400).")
                                       : tr("\u201c%1\u201d").arg(serverMessage);
    case Kind::Unauthorized:
        // The server's words say why when it gave some; our guess only when it did not.
        if (!server.isEmpty())
            //: %1: what the server said about the key, a sentence of its own
            return tr("Replace the key in the profile. %1").arg(server);
        return tr("It may be mistyped, expired or revoked: replace the key in the profile.");
    case Kind::Server:
        //: After the title "The server had a problem"; the advice what to do follows elsewhere
        return (tr("Such a problem usually passes within minutes (HTTP %1).").arg(httpStatus) + QLatin1Char(' ') + server)
            .trimmed();
    case Kind::OtherStatus:
        return (tr("HTTP %1.").arg(httpStatus) + QLatin1Char(' ') + server).trimmed();
    case Kind::InvalidResponse:
    case Kind::Refused:
        return shownTechnical;
    case Kind::None:
    case Kind::NotFound:
    case Kind::RateLimited:
    case Kind::Cancelled:
        break;
    }
    return message();
}
