#pragma once

#include "apierror.h"
#include "editnotice.h"
#include "webhookpatch.h"

#include <QCoreApplication>

// A save that did not go through, as the person editing is told: the notice for the
// form (with what to do next; the edits are always kept), and the remark beside the
// field the server's error concerns (EndpointEditor::fieldForError()).
class SaveFailure
{
    Q_DECLARE_TR_FUNCTIONS(SaveFailure)

public:
    // `sent`: the patch of the last PATCH sent, which a 400 may answer.
    SaveFailure(const ApiError &error, const WebhookPatch &sent);

    // Information for a cancelled request, an error otherwise; a failed test ping of a
    // new URL (EndpointEditor::isPingFailure()) is explained as such.
    EditNotice notice() const;
    // "The server refused this: “…”", or for a failed ping that the ping failed.
    QString fieldRemark() const;

private:
    QString serverWords() const;

    ApiError m_error;
    WebhookPatch m_sent;
    bool m_ping = false; // the server's test ping to the new URL failed
};
