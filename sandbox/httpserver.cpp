#include "httpserver.h"

#include "httpconnection.h"

#include <QTcpSocket>

HttpServer::HttpServer(HttpRequestHandler *handler, QObject *parent) : QObject(parent), m_handler(handler)
{
    connect(&m_server, &QTcpServer::newConnection, this, &HttpServer::onNewConnection);
}

bool HttpServer::listen(const QHostAddress &address, quint16 port) { return m_server.listen(address, port); }

void HttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection())
        new HttpConnection(socket, m_handler, this);
}
