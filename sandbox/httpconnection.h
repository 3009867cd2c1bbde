#pragma once

#include "httpmessage.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <optional>

class QTcpSocket;
class HttpConnection;

// The way to answer one request, now or later (from a timer). Copyable. When the client
// has gone meanwhile, send() and drop() do nothing: the connection is held by QPointer.
class HttpResponder
{
public:
    HttpResponder() = default;
    void send(const HttpResponse &response) const;
    // Closes the connection without any answer (fault injection).
    void drop() const;

private:
    friend class HttpConnection;
    HttpResponder(HttpConnection *connection, quint64 sequence) : m_connection(connection), m_sequence(sequence) {}

    QPointer<HttpConnection> m_connection;
    quint64 m_sequence = 0;
};

class HttpRequestHandler
{
public:
    virtual ~HttpRequestHandler() = default;
    // Must eventually call responder.send() or responder.drop() exactly once (unless the
    // client goes away first); may do so synchronously.
    virtual void handleRequest(const HttpRequest &request, const HttpResponder &responder) = 0;
};

// One client connection: HTTP/1.1 with keep-alive, requests answered strictly in order,
// Content-Length bodies (no chunked uploads), "Expect: 100-continue", big answers
// streamed to the socket in slices so that they are not copied whole.
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype MaxHeaderBytes = 64 * 1024;
    static constexpr qsizetype MaxBodyBytes = 1024 * 1024;
    static constexpr int IdleTimeoutMs = 5 * 60 * 1000;

    HttpConnection(QTcpSocket *socket, HttpRequestHandler *handler, QObject *parent = nullptr);
    ~HttpConnection() override;

private:
    friend class HttpResponder;

    void onReadyRead();
    void onDisconnected();
    void processBuffer();
    bool parseHead(qsizetype headEnd);
    void scheduleProcessing();
    void send(quint64 sequence, const HttpResponse &response);
    void drop(quint64 sequence);
    void writeMore();
    void responseQueued();
    // Answers a protocol error and closes the connection.
    void fail(int status, const QString &detail);

    QTcpSocket *m_socket;
    HttpRequestHandler *m_handler;
    QTimer m_idleTimer;
    QByteArray m_in;
    std::optional<HttpRequest> m_pending; // head parsed, body not complete yet
    qsizetype m_expectedBody = 0;
    bool m_busy = false;     // a request is with the handler or its answer is being queued
    bool m_answered = false; // the current request got its answer
    bool m_closing = false;
    bool m_processing = false;
    bool m_keepAlive = true;
    quint64 m_sequence = 0;
    QByteArray m_out; // body being streamed
    qsizetype m_outPos = 0;
};
