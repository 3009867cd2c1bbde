#include "miniserver.h"

#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

bool HttpRequest::hasHeader(const QByteArray &name) const
{
    const QByteArray lower = name.toLower();
    for (const auto &h : headers) {
        if (h.first == lower)
            return true;
    }
    return false;
}

QByteArray HttpRequest::header(const QByteArray &name) const
{
    const QByteArray lower = name.toLower();
    for (const auto &h : headers) {
        if (h.first == lower)
            return h.second;
    }
    return QByteArray();
}

MiniServer::MiniServer(const QHostAddress &address, const QSslConfiguration &tls, QObject *parent)
    : QObject(parent), m_address(address), m_tls(!tls.isNull())
{
    if (m_tls) {
        auto *sslServer = new QSslServer(this);
        sslServer->setSslConfiguration(tls);
        m_server = sslServer;
    } else {
        m_server = new QTcpServer(this);
    }
    // Emitted once a connection is ready to use: for TLS, after the handshake.
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &MiniServer::onConnection);
    m_server->listen(address, 0);
}

MiniServer::~MiniServer()
{
    // Sockets are children of the server; forget them before they go.
    m_buffers.clear();
}

bool MiniServer::isListening() const { return m_server->isListening(); }

quint16 MiniServer::port() const { return m_server->serverPort(); }

QUrl MiniServer::url(const QString &path) const
{
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(m_address.toString());
    url.setPort(port());
    url.setPath(path);
    return url;
}

QByteArray MiniServer::response(int status, const QByteArray &body, const QList<QByteArray> &extraHeaders,
                                const QByteArray &contentType)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + " Scripted\r\n";
    if (!contentType.isEmpty() && status != 204)
        out += "Content-Type: " + contentType + "\r\n";
    if (status != 204)
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const QByteArray &h : extraHeaders)
        out += h + "\r\n";
    out += "Connection: close\r\n\r\n";
    if (status != 204)
        out += body;
    return out;
}

void MiniServer::answerHeld(const QByteArray &bytes)
{
    const auto held = m_held;
    m_held.clear();
    for (const QPointer<QTcpSocket> &socket : held) {
        if (!socket || socket->state() != QAbstractSocket::ConnectedState)
            continue;
        socket->write(bytes);
        socket->disconnectFromHost();
    }
}

void MiniServer::onConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        ++connections;
        m_buffers.insert(socket, QByteArray());
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

void MiniServer::onReadyRead(QTcpSocket *socket)
{
    if (!m_buffers.contains(socket))
        return;
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        HttpRequest request;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.target = requestLine.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                request.headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
        }
        const qsizetype length = request.header("content-length").toLongLong();
        if (buffer.size() < end + 4 + length)
            return;
        request.body = buffer.mid(end + 4, length);
        buffer.remove(0, end + 4 + length);

        requests.append(request);
        const Answer answer = m_handler ? m_handler(request) : Answer::hangUp();
        if (answer.hang) {
            m_held.append(socket);
            return;
        }
        if (answer.reset) {
            m_buffers.remove(socket);
            socket->abort();
            return;
        }
        socket->write(answer.bytes);
        if (answer.stream) {
            m_buffers.remove(socket);
            startStream(socket, answer);
            return;
        }
        if (answer.close) {
            m_buffers.remove(socket);
            socket->disconnectFromHost();
            return;
        }
    }
}

void MiniServer::startStream(QTcpSocket *socket, const Answer &answer)
{
    auto *timer = new QTimer(socket);
    timer->setInterval(answer.streamIntervalMs);
    connect(timer, &QTimer::timeout, socket, [this, socket, timer, next = answer.stream] {
        if (socket->state() != QAbstractSocket::ConnectedState) {
            timer->stop();
            return;
        }
        if (socket->bytesToWrite() > 256 * 1024)
            return; // the client reads slower than this writes
        const QByteArray more = next();
        if (more.isEmpty()) {
            timer->stop();
            socket->disconnectFromHost();
            return;
        }
        streamedBytes += more.size();
        socket->write(more);
    });
    timer->start();
}
