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

    // The form shows the title above the text: the text does not say it again.
    EditNotice notice{EditNotice::Kind::Error, m_error.title(), m_error.explanation()};
    if (m_ping) {
        // Said once each: the title that the ping failed, here what a ping needs, and
        // beside the URL field the server's words (fieldRemark()).
        notice.title = create ? tr("The URL failed the test ping; nothing was created")
                              : tr("The new URL failed the test ping; nothing was saved");
        notice.text = tr("OptimalDial pings %1 and needs a 2xx answer within 5 seconds.")
                          .arg(m_sent.url.value_or(QString()));
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
    if (m_ping)
        return tr("The test ping failed. The server said: \u201c%1\u201d").arg(serverWords());
    return tr("The server refused this: \u201c%1\u201d").arg(serverWords());
}
