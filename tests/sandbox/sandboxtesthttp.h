#pragma once

// Small HTTP helpers for the sandbox tests: QNetworkAccessManager requests that wait
// with QSignalSpy, and a raw-socket client for what QNAM cannot send.
#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QUrl>

namespace SandboxTestHttp {

struct Answer
{
    bool finished = false;
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
    QString detail() const
    {
        return json().object().value(QLatin1String("detail")).toString();
    }
};

inline Answer send(QNetworkAccessManager &nam, const QUrl &base, const QByteArray &verb, const QString &path,
                   const QString &key = {}, const QByteArray &body = {}, int timeoutMs = 15000)
{
    QUrl url = base;
    const qsizetype q = path.indexOf(QLatin1Char('?'));
    url.setPath(q < 0 ? path : path.left(q));
    if (q >= 0)
        url.setQuery(path.mid(q + 1));
    QNetworkRequest request(url);
    if (!key.isNull())
        request.setRawHeader("Authorization", "Bearer " + key.toUtf8());
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply *reply = nam.sendCustomRequest(request, verb, body);
    QSignalSpy spy(reply, &QNetworkReply::finished);
    Answer a;
    a.finished = spy.wait(timeoutMs);
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.error = reply->error();
    a.body = reply->readAll();
    a.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return a;
}

// Bytes in, bytes out over one TCP connection; for pipelining, protocol errors, and
// clients that vanish mid-request.
class RawClient
{
public:
    bool connect(quint16 port)
    {
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        QSignalSpy spy(&m_socket, &QTcpSocket::connected);
        return m_socket.state() == QAbstractSocket::ConnectedState || spy.wait(5000);
    }
    void write(const QByteArray &bytes) { m_socket.write(bytes); }
    // Waits until `count` complete responses (by Content-Length) have arrived.
    bool waitForResponses(int count, int timeoutMs = 10000)
    {
        QSignalSpy spy(&m_socket, &QTcpSocket::readyRead);
        QDeadlineTimer deadline(timeoutMs);
        while (true) {
            m_received += m_socket.readAll();
            if (responses().size() >= count)
                return true;
            if (deadline.hasExpired() || m_socket.state() != QAbstractSocket::ConnectedState)
                return responses().size() >= count;
            spy.wait(int(qMax<qint64>(1, deadline.remainingTime())));
        }
    }
    bool waitForDisconnect(int timeoutMs = 5000)
    {
        if (m_socket.state() == QAbstractSocket::UnconnectedState)
            return true;
        QSignalSpy spy(&m_socket, &QTcpSocket::disconnected);
        const bool ok = spy.wait(timeoutMs);
        m_received += m_socket.readAll();
        return ok;
    }
    void abort() { m_socket.abort(); }
    QByteArray received() const { return m_received; }

    // Each complete response as (head, body).
    QList<QPair<QByteArray, QByteArray>> responses() const
    {
        QList<QPair<QByteArray, QByteArray>> out;
        qsizetype pos = 0;
        while (true) {
            const qsizetype headEnd = m_received.indexOf("\r\n\r\n", pos);
            if (headEnd < 0)
                break;
            const QByteArray head = m_received.mid(pos, headEnd - pos);
            qsizetype length = 0;
            for (const QByteArray &line : head.split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (m_received.size() < headEnd + 4 + length)
                break;
            out.append({head, m_received.mid(headEnd + 4, length)});
            pos = headEnd + 4 + length;
        }
        return out;
    }

private:
    QTcpSocket m_socket;
    QByteArray m_received;
};

} // namespace SandboxTestHttp
