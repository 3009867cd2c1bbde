#pragma once

#include <QHostAddress>
#include <QObject>
#include <QTcpServer>

class HttpRequestHandler;

// A minimal HTTP/1.1 server on QTcpServer; every request goes to one handler.
class HttpServer : public QObject
{
    Q_OBJECT

public:
    explicit HttpServer(HttpRequestHandler *handler, QObject *parent = nullptr);

    bool listen(const QHostAddress &address, quint16 port);
    quint16 serverPort() const { return m_server.serverPort(); }
    QString errorString() const { return m_server.errorString(); }
    void close() { m_server.close(); }

private:
    void onNewConnection();

    QTcpServer m_server;
    HttpRequestHandler *m_handler;
};
