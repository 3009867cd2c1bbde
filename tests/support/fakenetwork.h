#pragma once

// A scripted QNetworkAccessManager for tests that need an answer but not a server:
// each request takes the next scripted answer (or hangs), and every request is recorded.
// Replies behave as Qt's HTTP replies do: an HTTP error status also sets the
// NetworkError that Qt sets for it (400 -> ProtocolInvalidOperationError, ...).

#include "jsoncodec.h"
#include "webhookendpoint.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

// An error body as the API sends it: {"detail":"<message>"}.
inline QByteArray detail(const char *message)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("detail"), QString::fromUtf8(message)}}).toJson(QJsonDocument::Compact);
}

struct ScriptedAnswer
{
    int status = 200;
    QByteArray body;
    QByteArray retryAfter;
    int delayMs = 0;
    bool hang = false; // never answers (until aborted)

    static ScriptedAnswer endpoint(const WebhookEndpoint &e, int delayMs = 0)
    {
        ScriptedAnswer a;
        a.body = QJsonDocument(JsonCodec::endpointToJson(e)).toJson(QJsonDocument::Compact);
        a.delayMs = delayMs;
        return a;
    }
    static ScriptedAnswer error(int status, const QByteArray &body, const QByteArray &retryAfter = {})
    {
        ScriptedAnswer a;
        a.status = status;
        a.body = body;
        a.retryAfter = retryAfter;
        return a;
    }
    static ScriptedAnswer hanging()
    {
        ScriptedAnswer a;
        a.hang = true;
        return a;
    }
};

struct SeenRequest
{
    QByteArray verb;
    QString path;
    QString query; // the URL's query, e.g. "limit=20"
    QByteArray body;
    QByteArray authorization;
};

class FakeReply : public QNetworkReply
{
public:
    FakeReply(const QNetworkRequest &request, QNetworkAccessManager::Operation op, const ScriptedAnswer &answer,
              QObject *parent)
        : QNetworkReply(parent), m_answer(answer)
    {
        setRequest(request);
        setUrl(request.url());
        setOperation(op);
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        if (!answer.hang)
            QTimer::singleShot(answer.delayMs, this, &FakeReply::deliver);
    }

    void abort() override
    {
        if (m_done)
            return;
        m_done = true;
        setError(OperationCanceledError, QStringLiteral("Operation canceled"));
        emit errorOccurred(OperationCanceledError);
        setFinished(true);
        emit finished();
    }
    qint64 bytesAvailable() const override { return m_data.size() - m_pos + QIODevice::bytesAvailable(); }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = qMin<qint64>(maxSize, m_data.size() - m_pos);
        if (n <= 0)
            return m_done ? -1 : 0;
        memcpy(data, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }

private:
    static NetworkError errorForStatus(int status)
    {
        switch (status) {
        case 400: return ProtocolInvalidOperationError;
        case 401: return AuthenticationRequiredError;
        case 403: return ContentAccessDenied;
        case 404: return ContentNotFoundError;
        case 409: return ContentConflictError;
        case 500: return InternalServerError;
        case 503: return ServiceUnavailableError;
        default: break;
        }
        if (status >= 500)
            return UnknownServerError;
        return status >= 400 ? UnknownContentError : NoError;
    }

    void deliver()
    {
        if (m_done)
            return;
        m_data = m_answer.body;
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_answer.status);
        setRawHeader("Content-Type", "application/json");
        if (!m_answer.retryAfter.isEmpty())
            setRawHeader("Retry-After", m_answer.retryAfter);
        emit metaDataChanged();
        emit readyRead();
        m_done = true;
        const NetworkError code = errorForStatus(m_answer.status);
        if (code != NoError) {
            setError(code, QStringLiteral("server replied with HTTP %1").arg(m_answer.status));
            emit errorOccurred(code);
        }
        setFinished(true);
        emit finished();
    }

    ScriptedAnswer m_answer;
    QByteArray m_data;
    qint64 m_pos = 0;
    bool m_done = false;
};

class FakeNetwork : public QNetworkAccessManager
{
public:
    using QNetworkAccessManager::QNetworkAccessManager;

    void script(const QList<ScriptedAnswer> &answers) { m_answers += answers; }
    void clear()
    {
        m_answers.clear();
        m_seen.clear();
    }
    QList<SeenRequest> seen() const { return m_seen; }
    QList<SeenRequest> seen(const QByteArray &verb) const
    {
        QList<SeenRequest> out;
        for (const SeenRequest &r : m_seen) {
            if (r.verb == verb)
                out.append(r);
        }
        return out;
    }
    int pendingAnswers() const { return int(m_answers.size()); }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override
    {
        SeenRequest seen;
        switch (op) {
        case GetOperation: seen.verb = "GET"; break;
        case PostOperation: seen.verb = "POST"; break;
        case PutOperation: seen.verb = "PUT"; break;
        case DeleteOperation: seen.verb = "DELETE"; break;
        case HeadOperation: seen.verb = "HEAD"; break;
        default: seen.verb = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray(); break;
        }
        seen.path = request.url().path();
        seen.query = request.url().query();
        seen.body = outgoingData ? outgoingData->readAll() : QByteArray();
        seen.authorization = request.rawHeader("Authorization");
        m_seen.append(seen);
        // Unscripted requests get a 599 so that a test sees them rather than hanging.
        const ScriptedAnswer answer = m_answers.isEmpty() ? ScriptedAnswer::error(599, "{\"detail\":\"unscripted\"}")
                                                          : m_answers.takeFirst();
        return new FakeReply(request, op, answer, this);
    }

private:
    QList<ScriptedAnswer> m_answers;
    QList<SeenRequest> m_seen;
};
