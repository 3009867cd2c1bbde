#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

// One parsed HTTP/1.1 request. Header names are lower-case.
struct HttpRequest
{
    QByteArray method;
    QByteArray target; // as sent: path and query
    QByteArray path;   // percent-encoded, without the query
    QByteArray query;  // without '?', empty when none
    QByteArray version; // "HTTP/1.1"
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(QByteArrayView lowerCaseName) const;
    bool hasHeader(QByteArrayView lowerCaseName) const;
};

// One answer. Content-Length, Connection, Date and Server are added when it is sent.
struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(QByteArrayView name) const;

    static HttpResponse json(int status, const QByteArray &body);
    // {"detail": "..."} with Content-Type: application/json
    static HttpResponse error(int status, const QString &detail);
    // 405 with the Allow header.
    static HttpResponse methodNotAllowed(const QByteArray &allow);
    static HttpResponse empty(int status);
    static QByteArray reasonPhrase(int status);
    // No body allowed (1xx, 204, 304).
    static bool forbidsBody(int status);
};
