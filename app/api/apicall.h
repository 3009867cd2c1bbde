#pragma once

#include "apierror.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <functional>

class QNetworkReply;

// One request in flight. The client creates it, delivers its result exactly once
// (also when cancelled: with ApiError::Kind::Cancelled), then deletes it later.
// Hold it in a QPointer.
class ApiCall : public QObject
{
    Q_OBJECT

public:
    // What the transport produced: a status and body, or a transport error.
    using Completion = std::function<void(const ApiError &transportError, int status, const QByteArray &body,
                                          const QByteArray &retryAfter)>;

    explicit ApiCall(QObject *parent = nullptr);
    ~ApiCall() override;

    // Stops the call; its callback runs at once with a Cancelled error.
    void cancel();
    bool isCancelled() const { return m_cancelled; }

    // Used by ApiClient.
    void setCancelHandler(std::function<void()> onCancel) { m_onCancel = std::move(onCancel); }
    void attach(QNetworkReply *reply, Completion onTransportDone);
    // True once: the result is being handed over; later results and cancel() are ignored.
    bool beginDelivery();
    void refuseRedirect(const QString &why);
    // Once the result was handed over (after beginDelivery()): finished(), then deleteLater().
    void markFinished();

signals:
    void finished();

private:
    void onReplyFinished();

    QPointer<QNetworkReply> m_reply;
    Completion m_onTransportDone;
    std::function<void()> m_onCancel;
    QString m_refusedRedirect;
    QStringList m_sslErrors;
    bool m_cancelled = false;
    bool m_delivered = false;
};
