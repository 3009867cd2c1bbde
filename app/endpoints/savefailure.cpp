#include "savefailure.h"

#include "endpointeditor.h"

SaveFailure::SaveFailure(const ApiError &error, const WebhookPatch &sent)
    : m_error(error), m_sent(sent), m_ping(EndpointEditor::isPingFailure(error, sent))
{
}

QString SaveFailure::serverWords() const
{
    return m_error.serverMessage.isEmpty() ? m_error.message() : m_error.serverMessage;
}

EditNotice SaveFailure::notice() const
{
    const QString kept = tr("Your edits are still here.");
    if (m_error.kind == ApiError::Kind::Cancelled)
        return EditNotice{EditNotice::Kind::Info, tr("Request cancelled"),
                          kept + QLatin1Char(' ')
                              + tr("If the server had already received the change it may have been applied; "
                                   "Save checks the server's version first.")};

    EditNotice notice{EditNotice::Kind::Error, m_error.title(), m_error.message()};
    if (m_ping) {
        notice.title = tr("The new URL failed the test ping; nothing was saved");
        notice.text = tr("OptimalDial's test ping to %1 did not succeed (it needs a 2xx answer within 5 seconds). "
                         "The server said: \u201c%2\u201d")
                          .arg(m_sent.url.value_or(QString()), serverWords());
    }
    notice.text += QLatin1Char('\n') + kept;
    // Nothing needs changing for these: the same save may well go through later.
    if (m_error.isTransient())
        notice.text += QLatin1Char(' ') + tr("Press Save to try again.");
    return notice;
}

QString SaveFailure::fieldRemark() const
{
    if (m_ping)
        return tr("The test ping to this URL failed, so nothing was saved. The server said: \u201c%1\u201d").arg(serverWords());
    return tr("The server refused this: \u201c%1\u201d").arg(serverWords());
}
