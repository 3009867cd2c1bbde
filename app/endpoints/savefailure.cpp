#include "savefailure.h"

#include "endpointeditor.h"

SaveFailure::SaveFailure(const ApiError &error, const WebhookPatch &sent, Request request, bool unsent)
    : m_error(error), m_sent(sent), m_request(request), m_ping(EndpointEditor::isPingFailure(error, sent)),
      m_unsent(unsent)
{
}

EditNotice SaveFailure::notice() const
{
    const bool create = m_request == Request::Create;
    const QString kept = create ? tr("What you entered is still here.") : tr("Your edits are still here.");
    if (m_error.kind == ApiError::Kind::Cancelled) {
        if (m_unsent)
            return EditNotice{EditNotice::Kind::Info, tr("Request cancelled"),
                              kept + QLatin1Char(' ')
                                  + (create ? tr("Nothing was created.") : tr("Nothing was changed on the server."))};
        const QString maybe = create
            ? tr("If the server had already received the request, the endpoint may have been created anyway: "
                 "refresh the list before you create it again.")
            : tr("If the server had already received the change it may have been applied; "
                 "Save checks the server's version first.");
        return EditNotice{EditNotice::Kind::Info, tr("Request cancelled"), kept + QLatin1Char(' ') + maybe};
    }

    // The form shows the title above the text, and the server's words about a field
    // beside that field (fieldRemark()): each is said once.
    EditNotice notice{EditNotice::Kind::Error, m_error.title(), m_error.explanation()};
    if (m_ping) {
        notice.title = create ? tr("The URL failed the test ping; nothing was created")
                              : tr("The new URL failed the test ping; nothing was saved");
        notice.text = kept;
        return notice;
    }
    if (EndpointEditor::fieldForError(m_error) != EndpointEditor::Field::None)
        notice.text = tr("The server's reason is shown beside the field it concerns.");
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
    // Beside the field, under a title that already says what failed: the server's words.
    if (m_error.serverMessage.isEmpty())
        return tr("The server gave no reason (HTTP %1).").arg(m_error.httpStatus);
    return tr("The server said: \u201c%1\u201d").arg(m_error.serverMessage);
}
