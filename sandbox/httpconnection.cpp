#include "httpconnection.h"

#include "sandboxlog.h"

#include <QDateTime>
#include <QLocale>
#include <QTcpSocket>

namespace {

constexpr qsizetype WriteSlice = 1024 * 1024;

QByteArray httpDate()
{
    return QLocale::c()
        .toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}

bool isToken(QByteArrayView s)
{
    if (s.isEmpty())
        return false;
    for (char c : s) {
        if (c <= 32 || c >= 127 || QByteArrayView("()<>@,;:\\\"/[]?={}").contains(c))
            return false;
    }
    return true;
}

} // namespace

void HttpResponder::send(const HttpResponse &response) const
{
    if (m_connection)
        m_connection->send(m_sequence, response);
}

void HttpResponder::drop() const
{
    if (m_connection)
        m_connection->drop(m_sequence);
}


HttpConnection::HttpConnection(QTcpSocket *socket, HttpRequestHandler *handler, QObject *parent)
    : QObject(parent), m_socket(socket), m_handler(handler)
{
    m_socket->setParent(this);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::onDisconnected);
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        if (!m_out.isEmpty())
            writeMore();
    });
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(IdleTimeoutMs);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        if (!m_busy) {
            m_closing = true;
            m_socket->disconnectFromHost();
        }
    });
    m_idleTimer.start();
    if (m_socket->bytesAvailable() > 0)
        scheduleProcessing();
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::onReadyRead()
{
    if (m_closing) {
        m_socket->readAll();
        return;
    }
    m_in.append(m_socket->readAll());
    m_idleTimer.start();
    processBuffer();
}

void HttpConnection::onDisconnected()
{
    m_closing = true;
    m_idleTimer.stop();
    deleteLater();
}

void HttpConnection::scheduleProcessing()
{
    QMetaObject::invokeMethod(this, [this] { processBuffer(); }, Qt::QueuedConnection);
}

void HttpConnection::processBuffer()
{
    if (m_processing)
        return;
    m_processing = true;
    while (!m_busy && !m_closing) {
        if (!m_pending) {
            // Tolerate empty lines before a request line (RFC 9112, 2.2).
            qsizetype skip = 0;
            while (skip < m_in.size() && (m_in.at(skip) == '\r' || m_in.at(skip) == '\n'))
                ++skip;
            if (skip)
                m_in.remove(0, skip);
            const qsizetype headEnd = m_in.indexOf("\r\n\r\n");
            if (headEnd < 0) {
                if (m_in.size() > MaxHeaderBytes)
                    fail(431, QStringLiteral("request header is too large"));
                break;
            }
            if (headEnd > MaxHeaderBytes) {
                fail(431, QStringLiteral("request header is too large"));
                break;
            }
            if (!parseHead(headEnd))
                break;
        }
        if (m_in.size() < m_expectedBody)
            break;
        HttpRequest request = std::move(*m_pending);
        m_pending.reset();
        request.body = m_in.left(m_expectedBody);
        m_in.remove(0, m_expectedBody);
        m_busy = true;
        m_answered = false;
        ++m_sequence;
        m_handler->handleRequest(request, HttpResponder(this, m_sequence));
    }
    m_processing = false;
}

bool HttpConnection::parseHead(qsizetype headEnd)
{
    const QByteArray head = m_in.left(headEnd);
    m_in.remove(0, headEnd + 4);
    const QList<QByteArray> lines = head.split('\n');
    HttpRequest request;
    const QList<QByteArray> parts = lines.first().trimmed().split(' ');
    if (parts.size() != 3 || !isToken(parts[0]) || !parts[2].startsWith("HTTP/1.")) {
        fail(400, QStringLiteral("malformed request line"));
        return false;
    }
    request.method = parts[0];
    request.target = parts[1];
    request.version = parts[2];
    if (request.version != "HTTP/1.1" && request.version != "HTTP/1.0") {
        fail(505, QStringLiteral("only HTTP/1.0 and HTTP/1.1 are supported"));
        return false;
    }
    QByteArray target = request.target;
    if (target.startsWith("http://") || target.startsWith("https://")) { // absolute-form
        const qsizetype slash = target.indexOf('/', target.indexOf("//") + 2);
        target = slash < 0 ? QByteArray("/") : target.mid(slash);
    }
    if (!target.startsWith('/')) {
        fail(400, QStringLiteral("malformed request target"));
        return false;
    }
    const qsizetype q = target.indexOf('?');
    request.path = q < 0 ? target : target.left(q);
    request.query = q < 0 ? QByteArray() : target.mid(q + 1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].endsWith('\r') ? lines[i].chopped(1) : lines[i];
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.left(colon))) {
            fail(400, QStringLiteral("malformed header line"));
            return false;
        }
        const QByteArray name = line.left(colon).toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        bool merged = false;
        for (auto &h : request.headers) {
            if (h.first == name && name != "content-length") {
                h.second += ", " + value;
                merged = true;
            }
        }
        if (!merged)
            request.headers.append({name, value});
    }
    if (request.hasHeader("transfer-encoding")) {
        fail(501, QStringLiteral("chunked request bodies are not supported; send Content-Length"));
        return false;
    }
    qsizetype contentLength = 0;
    int lengthHeaders = 0;
    for (const auto &h : request.headers) {
        if (h.first != "content-length")
            continue;
        ++lengthHeaders;
        bool ok = !h.second.isEmpty();
        for (char c : h.second)
            ok = ok && c >= '0' && c <= '9';
        contentLength = ok ? h.second.toLongLong(&ok) : 0;
        if (!ok || lengthHeaders > 1) {
            fail(400, QStringLiteral("invalid Content-Length"));
            return false;
        }
    }
    if (contentLength > MaxBodyBytes) {
        fail(413, QStringLiteral("request body is larger than %1 bytes").arg(MaxBodyBytes));
        return false;
    }
    const QByteArray connection = request.header("connection").toLower();
    if (request.version == "HTTP/1.0")
        m_keepAlive = connection.contains("keep-alive");
    else
        m_keepAlive = !connection.contains("close");
    if (contentLength > m_in.size() && request.header("expect").toLower() == "100-continue")
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    m_expectedBody = contentLength;
    m_pending = std::move(request);
    return true;
}

void HttpConnection::send(quint64 sequence, const HttpResponse &response)
{
    if (sequence != m_sequence || !m_busy || m_answered || m_closing)
        return;
    m_answered = true;
    const bool noBody = HttpResponse::forbidsBody(response.status);
    QByteArray head;
    head.reserve(256);
    head += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + HttpResponse::reasonPhrase(response.status)
        + "\r\n";
    head += "Date: " + httpDate() + "\r\n";
    head += "Server: optimaldial-sandbox\r\n";
    for (const auto &h : response.headers)
        head += h.first + ": " + h.second + "\r\n";
    if (!noBody)
        head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    head += m_keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
    m_socket->write(head);
    if (noBody || response.body.isEmpty()) {
        responseQueued();
        return;
    }
    if (response.body.size() <= WriteSlice) {
        m_socket->write(response.body);
        responseQueued();
        return;
    }
    m_out = response.body; // shared, not copied
    m_outPos = 0;
    writeMore();
}

void HttpConnection::writeMore()
{
    while (m_outPos < m_out.size() && m_socket->bytesToWrite() < WriteSlice) {
        const qsizetype n = qMin(WriteSlice, m_out.size() - m_outPos);
        if (m_socket->write(m_out.constData() + m_outPos, n) < 0) {
            m_out.clear();
            m_socket->abort();
            return;
        }
        m_outPos += n;
    }
    if (m_outPos >= m_out.size()) {
        m_out.clear();
        m_outPos = 0;
        responseQueued();
    }
}

void HttpConnection::responseQueued()
{
    m_idleTimer.start();
    if (!m_keepAlive) {
        m_closing = true;
        m_socket->disconnectFromHost(); // after the queued bytes are written
        return;
    }
    m_busy = false;
    if (!m_in.isEmpty())
        scheduleProcessing();
}

void HttpConnection::drop(quint64 sequence)
{
    if (sequence != m_sequence || !m_busy || m_answered || m_closing)
        return;
    m_answered = true;
    m_closing = true;
    m_socket->abort();
}

void HttpConnection::fail(int status, const QString &detail)
{
    qCInfo(lcSandboxHttp) << "protocol error" << status << detail;
    m_keepAlive = false;
    m_busy = true;
    m_answered = false;
    ++m_sequence;
    send(m_sequence, HttpResponse::error(status, detail));
}
