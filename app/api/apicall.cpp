#include "apicall.h"

#include "servertext.h"

#include <QLocale>
#include <QNetworkReply>
#include <QSslError>
#include <utility>

#if defined(Q_OS_LINUX)
#include <sys/mman.h>
#endif

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
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        e.kind = ApiError::Kind::InvalidResponse;
        break;
    case QNetworkReply::ContentReSendError:
        e.kind = ApiError::Kind::Connection;
        e.technical = ApiError::tr("the connection closed after the request was sent, and it was not sent again; "
                                   "refresh to see whether the change was applied");
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

// What the network thread may hand over before the call has read it (the reply's read
// buffer), and so the most of a body taken in one turn of the event loop.
constexpr qint64 ReadBufferBytes = 512 * 1024;

// Announced answers from this size on are gathered into one block as they arrive.
constexpr qint64 WholeBlockBytes = 4 * 1024 * 1024;

QString sizeText(qint64 bytes) { return QLocale::c().formattedDataSize(bytes, 0, QLocale::DataSizeTraditionalFormat); }

} // namespace

ApiCall::ApiCall(QObject *parent) : QObject(parent)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        ApiError e;
        e.kind = ApiError::Kind::Timeout;
        e.technical = tr("no complete answer within the time a request may take (%1 s)").arg(m_limits.totalMs / 1000);
        stopWith(e);
    });
}

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

void ApiCall::attach(QNetworkReply *reply, const Limits &limits, Completion onTransportDone)
{
    m_reply = reply;
    m_limits = limits;
    m_onTransportDone = std::move(onTransportDone);
    m_deadline.start(limits.totalMs);
    reply->setReadBufferSize(ReadBufferBytes);
    connect(reply, &QNetworkReply::metaDataChanged, this, &ApiCall::onMetaData);
    connect(reply, &QNetworkReply::readyRead, this, &ApiCall::onReadyRead);
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            m_sslErrors.append(error.errorString());
    });
    connect(reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
}

void ApiCall::stopWith(const ApiError &error)
{
    if (m_stopped.isError() || !m_reply)
        return;
    m_stopped = error;
    m_reply->abort(); // finished() follows at once, and delivers m_stopped
    if (m_replyFinished)
        complete(); // it came already: the rest of the body was being read
}

void ApiCall::refuseChallenge()
{
    ApiError e;
    e.kind = ApiError::Kind::Unauthorized;
    e.httpStatus = 401;
    e.technical = tr("the server asked for another kind of sign-in; the app sends only its API key");
    stopWith(e);
}

qint64 ApiCall::currentLimit() const
{
    const int status = m_reply ? m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : 0;
    return status >= 200 && status <= 299 ? m_limits.maxBodyBytes : m_limits.maxErrorBytes;
}

void ApiCall::onMetaData()
{
    if (!m_reply)
        return;
    // A Content-Length beyond the limit is refused before a byte of the body is read.
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    const qint64 limit = currentLimit();
    m_announced = length.isValid() ? length.toLongLong() : -1;
    if (length.isValid() && length.toLongLong() > limit && limit == m_limits.maxBodyBytes) {
        ApiError e;
        e.kind = ApiError::Kind::InvalidResponse;
        e.technical = tr("the server announced an answer of %1, more than the %2 this request accepts; it was stopped")
                          .arg(sizeText(length.toLongLong()), sizeText(limit));
        stopWith(e);
        return;
    }
    if (length.isValid() && limit == m_limits.maxBodyBytes && bodySize() == 0)
        reserveWhole(length.toLongLong());
}

// A 57 MB list kept as the network layer's blocks had to be joined into one before the
// decoder could read it: a copy of 57 MB into fresh memory on the decoding worker, after
// the last byte, whose page faults cost more than the copy (on the 2-vCPU VM measured,
// ~70 us a 4 KB page: the join took as long as decoding the list). Instead, when the
// server announces the length, one block of that size is made at the first byte and each
// slice is copied into it as it arrives (at most ReadBufferBytes a turn, ~0.1 ms), and
// the decoder takes that block as it is. On Linux the block asks for transparent huge
// pages, so it is faulted in 2 MB at a time: ~30 faults for 57 MB instead of ~14,000.
void ApiCall::reserveWhole(qint64 length)
{
    if (length < WholeBlockBytes || length > m_limits.maxBodyBytes)
        return;
    m_whole = QByteArray();
    m_whole.reserve(qsizetype(length));
#if defined(Q_OS_LINUX) && defined(MADV_HUGEPAGE)
    const quintptr page = 4096;
    const quintptr first = quintptr(m_whole.constData()) & ~(page - 1);
    const quintptr end = (quintptr(m_whole.constData()) + quintptr(length)) & ~(page - 1);
    if (end > first)
        (void)madvise(reinterpret_cast<void *>(first), end - first, MADV_HUGEPAGE); // a hint: no huge pages is fine
#endif
}

// The slice goes into the block while it has room (it was made for the length the server
// announced); a server sending more than it announced gets the rest kept as blocks.
void ApiCall::keep(const QByteArray &slice)
{
    if (m_body.isEmpty() && m_whole.capacity() > 0 && m_whole.size() + slice.size() <= m_whole.capacity()) {
        m_whole.append(slice);
        return;
    }
    if (!m_whole.isEmpty())
        m_body.append(std::exchange(m_whole, QByteArray()));
    m_body.append(slice);
}

void ApiCall::stopTooLarge(qint64 limit)
{
    m_body.clear();
    m_whole = QByteArray();
    ApiError e;
    e.kind = ApiError::Kind::InvalidResponse;
    e.technical = tr("the answer was larger than the %1 this request accepts; it was stopped").arg(sizeText(limit));
    stopWith(e);
}

void ApiCall::onReadyRead()
{
    if (!m_reply || m_stopped.isError())
        return;
    // Read as it arrives, at most ReadBufferBytes in one turn: QIODevice::read(n) hands
    // over the network thread's own block when n is exactly what it holds, and the
    // reply's read buffer (ReadBufferBytes) keeps what waits here to one block or a few.
    // A copy into fresh 4 KB pages on the GUI thread costs their page faults (~18 ms per
    // MB measured here, a 57 MB body ~1 s): a large announced body is copied into its one
    // block of huge pages (keep(), reserveWhole()), anything else is kept as the blocks
    // came (BodyChunks), joined off the GUI thread. Nothing beyond the limit is kept.
    if (m_errorCut)
        return;
    const qint64 limit = currentLimit();
    const qint64 room = limit - bodySize();
    const qint64 available = m_reply->bytesAvailable();
    if (limit != m_limits.maxErrorBytes && available > room) {
        // Received beyond the limit (read or not yet): stopped now, not a slice later.
        stopTooLarge(limit);
        return;
    }
    const qint64 take = qMin(available, room + 1);
    keep(m_reply->read(qMin(take, ReadBufferBytes)));
    if (bodySize() > limit && limit == m_limits.maxErrorBytes) {
        // An error's status says what happened; its first bytes are enough for the
        // server's message. The rest is not read.
        m_body.truncate(limit);
        m_errorCut = true;
        m_deadline.stop();
        m_reply->abort();
        if (m_replyFinished)
            complete();
        return;
    }
    if (bodySize() > limit) {
        stopTooLarge(limit);
        return;
    }
    emit progress(bodySize(), m_announced);
    if (m_reply && m_reply->bytesAvailable() > 0)
        QTimer::singleShot(0, this, &ApiCall::onReadyRead); // the rest in the next turn
    else if (m_replyFinished)
        complete();
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
    if (!m_reply || m_cancelled || m_replyFinished)
        return;
    m_replyFinished = true;
    m_deadline.stop();
    if (!m_stopped.isError() && !m_errorCut && m_reply->isOpen() && m_reply->bytesAvailable() > 0)
        onReadyRead(); // what is left, over as many turns as it takes; then complete()
    else
        complete();
}

void ApiCall::complete()
{
    QNetworkReply *reply = m_reply.data();
    if (!reply || m_cancelled)
        return;
    reply->disconnect(this);
    m_reply.clear();
    reply->deleteLater();

    BodyChunks body;
    if (!m_stopped.isError()) {
        if (!m_whole.isEmpty()) // then the whole body (keep() moves it on when it overflows)
            body.append(std::exchange(m_whole, QByteArray()));
        else
            std::swap(body, m_body);
    }
    const QNetworkReply::NetworkError code = reply->error();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray retryAfter = reply->rawHeader("Retry-After");

    ApiError transport;
    if (m_stopped.isError()) {
        transport = m_stopped;
    } else if (m_errorCut) {
        // the status and the first bytes of the body are the answer
    } else if (status >= 300 && status <= 399) {
        // The API never redirects; following one would send the key elsewhere or a
        // write twice. The target is the server's text: shown on one line, cut.
        const QUrl target = reply->url().resolved(QUrl(QString::fromUtf8(reply->rawHeader("Location").left(4096))));
        transport.kind = ApiError::Kind::Refused;
        transport.httpStatus = status;
        transport.technical
            = tr("The server redirected the request to \u201c%1\u201d (HTTP %2). It was stopped: the API never "
                 "redirects, and the API key must not be sent to another address or a change sent twice.")
                  .arg(ServerText::oneLine(target.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery), 120))
                  .arg(status);
    } else if (isTransportError(code, status)) {
        transport = transportError(code == QNetworkReply::NoError ? QNetworkReply::UnknownNetworkError : code,
                                   reply->errorString(), m_sslErrors);
    }
    if (m_onTransportDone)
        m_onTransportDone(transport, status, body, retryAfter);
}
