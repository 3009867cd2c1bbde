#include "keyverifier.h"

#include "apicall.h"
#include "apiclient.h"
#include "apikey.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTimer>
#include <QUuid>

namespace {
Q_LOGGING_CATEGORY(lcVerify, "odwh.keyverifier", QtInfoMsg)
} // namespace

KeyVerifier::KeyVerifier(QNetworkAccessManager *nam, QObject *parent) : QObject(parent), m_nam(nam)
{
    qRegisterMetaType<KeyVerifier::Result>();
}

KeyVerifier::~KeyVerifier()
{
    // Quietly: nobody listens any more.
    ++m_generation;
    if (m_call)
        m_call->cancel();
    // m_client, a child, goes with this object.
}

void KeyVerifier::verify(const QUrl &baseUrl, const QString &key)
{
    cancel();
    const quint64 generation = ++m_generation;

    Result refused;
    refused.outcome = Outcome::Failed;
    refused.error.kind = ApiError::Kind::Refused;
    QString why = ApiKey::check(key);
    if (why.isEmpty() && !m_nam)
        why = tr("No network access is set up.");
    if (why.isEmpty())
        why = ApiClient::checkBaseUrl(baseUrl);
    if (!why.isEmpty()) {
        refused.error.technical = why;
        refused.message = why;
        QTimer::singleShot(0, this, [this, generation, refused] {
            if (generation == m_generation)
                emit finished(refused);
        });
        return;
    }

    auto *client = new ApiClient(m_nam, this);
    client->configure(baseUrl, key); // cannot fail: the base URL was checked above
    ApiClient::Timeouts timeouts = client->timeouts();
    timeouts.readMs = m_timeoutMs;
    client->setTimeouts(timeouts);
    m_client = client;
    qCInfo(lcVerify) << "checking key" << ApiKey::displayPrefix(key) << "with" << client->baseUrl().toDisplayString();
    const QString probeId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_call = client->getWebhook(probeId, this, [this, generation](const ApiResult<WebhookEndpoint> &r) {
        if (generation != m_generation)
            return;
        Result result;
        const ApiError &e = r.error;
        if (e.kind == ApiError::Kind::NotFound && !e.technical.isEmpty()) {
            // fromStatus() explains a body that is not JSON: a web server's 404 page,
            // not the API's {"detail": ...}. It says nothing about the key.
            result.outcome = Outcome::Failed;
            result.error = e;
            result.message = tr("The server at this base URL does not answer like the OptimalDial API "
                                "(a 404 page that is not JSON). Check the base URL.");
        } else if (r.ok() || e.kind == ApiError::Kind::NotFound) {
            // The server looked for the endpoint, so it knew the key.
            result.outcome = Outcome::Valid;
        } else if (e.kind == ApiError::Kind::Cancelled) {
            result.outcome = Outcome::Cancelled;
        } else if (e.kind == ApiError::Kind::Unauthorized) {
            result.outcome = Outcome::Invalid;
            result.error = e;
            result.message = tr("The server refused this API key: it may be mistyped, expired or revoked.")
                + e.serverSaid();
        } else if (e.kind == ApiError::Kind::OtherStatus && e.httpStatus == 403) {
            result.outcome = Outcome::Invalid;
            result.error = e;
            result.message = tr("The server knows this key but does not let it manage webhooks "
                                "(it needs the scope webhooks:manage).")
                + e.serverSaid();
        } else {
            result.outcome = Outcome::Failed;
            result.error = e;
            result.message = e.title() + QLatin1String(". ") + e.explanation();
        }
        qCInfo(lcVerify) << "key check:" << (result.ok() ? QStringLiteral("accepted") : e.title());
        finish(result);
    });
    emit started();
}

void KeyVerifier::cancel()
{
    // The call answers Cancelled at once, through the callback above. (m_client and
    // m_call are set together, and cleared together in finish().)
    if (m_call)
        m_call->cancel();
}

void KeyVerifier::finish(const Result &result)
{
    ApiClient *client = m_client.data();
    m_client.clear();
    m_call.clear();
    if (client)
        client->deleteLater();
    ++m_generation;
    emit finished(result);
}
