#pragma once
// A tiny scripted HTTP/1.1 server for transport tests: plain TCP or TLS (QSslServer),
// on a loopback address. It records every request it receives and answers each with
// what the test's handler says: bytes, nothing (hang), a close or a reset.

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QUrl>
#include <functional>

class QTcpServer;
class QTcpSocket;

struct HttpRequest
{
    QByteArray method;
    QByteArray target; // as on the request line: path and query
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased
    QByteArray body;

    bool hasHeader(const QByteArray &name) const;
    QByteArray header(const QByteArray &name) const;
};

class MiniServer : public QObject
{
    Q_OBJECT

public:
    struct Answer
    {
        QByteArray bytes;   // written as they are
        bool close = true;  // then close the connection (after the bytes are sent)
        bool hang = false;  // write nothing and keep the connection open
        bool reset = false; // abort the connection (RST) without writing
        // After `bytes`: more bytes from stream() every streamIntervalMs (0: as fast as
        // the client reads), until it returns nothing or the client goes away.
        std::function<QByteArray()> stream = nullptr;
        int streamIntervalMs = 0;

        static Answer hangUp() { return Answer{QByteArray(), false, true, false}; }
        static Answer resetNow() { return Answer{QByteArray(), true, false, true}; }
    };
    using Handler = std::function<Answer(const HttpRequest &)>;

    // tls: present `tls` (certificate and key) to clients; otherwise plain TCP.
    explicit MiniServer(const QHostAddress &address = QHostAddress::LocalHost,
                        const QSslConfiguration &tls = QSslConfiguration(), QObject *parent = nullptr);
    ~MiniServer() override;

    bool isListening() const;
    quint16 port() const;
    QString host() const { return m_address.toString(); }
    // "http://127.0.0.1:<port>" (or https when TLS) followed by `path`.
    QUrl url(const QString &path = QString()) const;

    void setHandler(Handler handler) { m_handler = std::move(handler); }

    // Answers every connection held by a hanging answer.
    void answerHeld(const QByteArray &bytes);

    QList<HttpRequest> requests;
    int connections = 0;
    qint64 streamedBytes = 0; // written by stream answers so far

    // A complete response with Content-Length and Connection: close.
    static QByteArray response(int status, const QByteArray &body = QByteArray(),
                               const QList<QByteArray> &extraHeaders = {},
                               const QByteArray &contentType = "application/json");

private:
    void onConnection();
    void onReadyRead(QTcpSocket *socket);
    void startStream(QTcpSocket *socket, const Answer &answer);

    QTcpServer *m_server = nullptr;
    QHostAddress m_address;
    bool m_tls = false;
    Handler m_handler;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<QPointer<QTcpSocket>> m_held;
};
