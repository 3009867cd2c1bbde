#pragma once

// A tiny HTTP/1.1 server on loopback for tests that need one precise answer (or
// none at all): it answers every request with the configured status and body, or,
// when silent, reads the request and never answers. It records what it received.
#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

class FakeApiServer : public QObject
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QByteArray authorization;
    };

    explicit FakeApiServer(QObject *parent = nullptr) : QObject(parent)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onData(socket); });
            }
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl baseUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }

    void answer(int status, const QByteArray &body, const QByteArray &contentType = QByteArray("application/json"))
    {
        m_status = status;
        m_body = body;
        m_contentType = contentType;
        m_silent = false;
    }
    void beSilent() { m_silent = true; }
    const QList<Request> &requests() const { return m_requests; }

private:
    void onData(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const int end = int(buffer.indexOf("\r\n\r\n"));
        if (end < 0)
            return;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        buffer.clear();
        Request request;
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.method = first.value(0);
        request.path = first.value(1);
        for (const QByteArray &line : lines) {
            if (line.toLower().startsWith("authorization:"))
                request.authorization = line.mid(int(qstrlen("authorization:"))).trimmed();
        }
        m_requests.append(request);
        if (m_silent)
            return;
        QByteArray reply = "HTTP/1.1 " + QByteArray::number(m_status) + " Status\r\nContent-Type: " + m_contentType
            + "\r\nContent-Length: " + QByteArray::number(m_body.size()) + "\r\nConnection: close\r\n";
        if (m_status == 401)
            reply += "WWW-Authenticate: Bearer\r\n";
        reply += "\r\n" + m_body;
        socket->write(reply);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<Request> m_requests;
    int m_status = 404;
    QByteArray m_body = R"({"detail":"Webhook endpoint not found"})";
    QByteArray m_contentType = "application/json";
    bool m_silent = false;
};
