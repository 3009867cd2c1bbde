#include "apicall.h"

#include <QNetworkReply>
#include <QSslError>

namespace {

ApiError transportError(QNetworkReply::NetworkError code, const QString &qtText, const QStringList &sslErrors)
{
    ApiError e;
    e.technical = qtText;
    switch (code) {
    case QNetworkReply::OperationCanceledError: // setTransferTimeout() aborts this way
    case QNetworkReply::TimeoutError:
        e.kind = ApiError::Kind::Timeout;
        break;
    case QNetworkReply::SslHandshakeFailedError:
        e.kind = ApiError::Kind::Tls;
        if (!sslErrors.isEmpty())
            e.technical = sslErrors.join(QLatin1String("; "));
        break;
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::TooManyRedirectsError:
        e.kind = ApiError::Kind::Refused;
        e.technical = ApiError::tr("The server redirected the request somewhere the API key must not go (%1); it was stopped.").arg(qtText);
        break;
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        e.kind = ApiError::Kind::InvalidResponse;
        break;
    case QNetworkReply::RemoteHostClosedError:
        e.kind = ApiError::Kind::Connection;
        e.technical = ApiError::tr("the server closed the connection without a complete answer");
        break;
    default:
        e.kind = ApiError::Kind::Connection;
        break;
    }
    return e;
}

bool isTransportError(QNetworkReply::NetworkError code, int status)
{
    // Qt's ranges: 1-99 network layer, 101-199 proxy. From 200 on Qt mirrors HTTP
    // statuses (400 becomes ProtocolInvalidOperationError): those are answers, and
    // only count as transport problems when no status arrived at all.
    return (code > 0 && code < 200) || status == 0;
}

} // namespace

ApiCall::ApiCall(QObject *parent) : QObject(parent) {}

ApiCall::~ApiCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

bool ApiCall::beginDelivery()
{
    if (m_delivered)
        return false;
    m_delivered = true;
    return true;
}

void ApiCall::attach(QNetworkReply *reply, Completion onTransportDone)
{
    m_reply = reply;
    m_onTransportDone = std::move(onTransportDone);
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            m_sslErrors.append(error.errorString());
    });
    connect(reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
}

void ApiCall::refuseRedirect(const QString &why)
{
    m_refusedRedirect = why;
    if (m_reply)
        m_reply->abort();
}

void ApiCall::cancel()
{
    if (m_cancelled || m_delivered)
        return;
    m_cancelled = true;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply.clear();
    }
    if (m_onCancel)
        m_onCancel();
}

void ApiCall::markFinished()
{
    emit finished();
    deleteLater();
}

void ApiCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply.data();
    if (!reply || m_cancelled)
        return;
    m_reply.clear();
    reply->deleteLater();

    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    const QNetworkReply::NetworkError code = reply->error();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray retryAfter = reply->rawHeader("Retry-After");

    ApiError transport;
    if (!m_refusedRedirect.isEmpty()) {
        transport.kind = ApiError::Kind::Refused;
        transport.technical = m_refusedRedirect;
    } else if (isTransportError(code, status)) {
        transport = transportError(code == QNetworkReply::NoError ? QNetworkReply::UnknownNetworkError : code,
                                   reply->errorString(), m_sslErrors);
    }
    if (m_onTransportDone)
        m_onTransportDone(transport, status, body, retryAfter);
}
