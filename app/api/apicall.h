#pragma once

#include "apierror.h"
#include "bodychunks.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>

class QNetworkReply;

// One request in flight. The client creates it, delivers its result exactly once
// (also when cancelled: with ApiError::Kind::Cancelled), then deletes it later.
// Hold it in a QPointer.
//
// Whatever the server does, the call ends: the body is read as it arrives and the
// reply is aborted the moment it passes its size limit (a lower one for an error
// answer), and a total deadline stops an answer that drips forever (the transfer
// timeout only notices silence). Redirects and authentication challenges are never
// followed: the request is sent exactly once.
class ApiCall : public QObject
{
    Q_OBJECT

public:
    // What the transport produced: a status and body, or a transport error.
    using Completion = std::function<void(const ApiError &transportError, int status, const BodyChunks &body,
                                          const QByteArray &retryAfter)>;

    // What one call may take from the server.
    struct Limits
    {
        qint64 maxBodyBytes = 1024 * 1024;  // a 2xx answer
        qint64 maxErrorBytes = 64 * 1024;   // any other answer
        int totalMs = 60000;                // from sending to the last byte
    };

    explicit ApiCall(QObject *parent = nullptr);
    ~ApiCall() override;

    // Stops the call; its callback runs at once with a Cancelled error.
    void cancel();
    bool isCancelled() const { return m_cancelled; }

    // Used by ApiClient.
    void setCancelHandler(std::function<void()> onCancel) { m_onCancel = std::move(onCancel); }
    void attach(QNetworkReply *reply, const Limits &limits, Completion onTransportDone);
    // True once: the result is being handed over; later results and cancel() are ignored.
    bool beginDelivery();
    // Once the result was handed over (after beginDelivery()): finished(), then deleteLater().
    void markFinished();
    // The server challenged for another kind of authentication (NTLM, Basic, ...):
    // the call ends as Unauthorized instead of answering it.
    void refuseChallenge();

signals:
    // Bytes of the body received so far, and the announced total (-1 when not announced).
    void progress(qint64 received, qint64 total);
    void finished();

private:
    void onReplyFinished();
    // The transport's result, once the body is read.
    void complete();
    void onMetaData();
    void onReadyRead();
    // A large answer whose length the server announced: one block of that size, filled as
    // the slices arrive (see apicall.cpp).
    void reserveWhole(qint64 length);
    void keep(const QByteArray &slice);
    qint64 bodySize() const { return m_whole.size() + m_body.size(); }
    qint64 currentLimit() const;
    // Aborts the reply; its result is `error` (not Qt's "operation cancelled").
    void stopWith(const ApiError &error);
    // The answer passed `limit`: nothing of it is kept, and the call ends saying so.
    void stopTooLarge(qint64 limit);

    QPointer<QNetworkReply> m_reply;
    Limits m_limits;
    BodyChunks m_body;
    QByteArray m_whole; // the body's first bytes, when reserveWhole() made room for them
    qint64 m_announced = -1; // Content-Length
    QTimer m_deadline;
    ApiError m_stopped;
    bool m_errorCut = false; // an error answer beyond its limit: its first bytes are kept
    Completion m_onTransportDone;
    std::function<void()> m_onCancel;
    QStringList m_sslErrors;
    bool m_cancelled = false;
    bool m_delivered = false;
    bool m_replyFinished = false;
};
