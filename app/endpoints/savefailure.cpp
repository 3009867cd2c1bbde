#include "savefailure.h"

#include "endpointeditor.h"

SaveFailure::SaveFailure(const ApiError &error, const WebhookPatch &sent, Request request)
    : m_error(error), m_sent(sent), m_request(request), m_ping(EndpointEditor::isPingFailure(error, sent))
{
}

QString SaveFailure::serverWords() const
{
    return m_error.serverMessage.isEmpty() ? m_error.message() : m_error.serverMessage;
}

EditNotice SaveFailure::notice() const
{
    const bool create = m_request == Request::Create;
    const QString kept = create ? tr("What you entered is still here.") : tr("Your edits are still here.");
    if (m_error.kind == ApiError::Kind::Cancelled) {
        const QString maybe = create
            ? tr("If the server had already received the request, the endpoint may have been created anyway: "
                 "refresh the list before you create it again.")
            : tr("If the server had already received the change it may have been applied; "
                 "Save checks the server's version first.");
        return EditNotice{EditNotice::Kind::Info, tr("Request cancelled"), kept + QLatin1Char(' ') + maybe};
    }

    EditNotice notice{EditNotice::Kind::Error, m_error.title(), m_error.message()};
    if (m_ping) {
        notice.title = create ? tr("The URL failed the test ping; nothing was created")
                              : tr("The new URL failed the test ping; nothing was saved");
        notice.text = tr("OptimalDial's test ping to %1 did not succeed (it needs a 2xx answer within 5 seconds). "
                         "The server said: \u201c%2\u201d")
                          .arg(m_sent.url.value_or(QString()), serverWords());
    }
    notice.text += QLatin1Char('\n') + kept;
    // Nothing needs changing for these: the same save may well go through later.
    if (m_error.isTransient()) {
        notice.text += QLatin1Char(' ')
            + (create ? tr("If the server received the request before the problem, the endpoint may exist already: "
                           "refresh the list before you press Create again.")
                      : tr("Press Save to try again."));
    }
    return notice;
}

QString SaveFailure::fieldRemark() const
{
    if (m_ping) {
        return m_request == Request::Create
            ? tr("The test ping to this URL failed, so nothing was created. The server said: \u201c%1\u201d")
                  .arg(serverWords())
            : tr("The test ping to this URL failed, so nothing was saved. The server said: \u201c%1\u201d")
                  .arg(serverWords());
    }
    return tr("The server refused this: \u201c%1\u201d").arg(serverWords());
}
