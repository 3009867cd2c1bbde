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
    // What failed: a save of an endpoint's changes (PATCH), or the creation of a new one (POST).
    enum class Request { Save, Create };

    // `sent`: the patch of the last PATCH sent, which a 400 may answer (a create: its URL).
    // `unsent`: a cancelled save stopped before any write reached the server
    // (EndpointEditor::cancelledUnsent()).
    SaveFailure(const ApiError &error, const WebhookPatch &sent, Request request = Request::Save, bool unsent = false);

    // Information for a cancelled request, an error otherwise: the error's title and
    // ApiError::explanation() (never the title again), what is kept and what to do next.
    // A failed test ping of a new URL (EndpointEditor::isPingFailure()) is the title;
    // an error about a field points to that field, where fieldRemark() gives the
    // server's words. For a create, what was typed is kept and the user is told when
    // the endpoint may exist all the same.
    EditNotice notice() const;
    // What goes beside the field the error concerns: "The server said: “…”".
    QString fieldRemark() const;

private:
    ApiError m_error;
    WebhookPatch m_sent;
    Request m_request = Request::Save;
    bool m_ping = false; // the server's test ping to the new URL failed
    bool m_unsent = false;
};
