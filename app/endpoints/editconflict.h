#pragma once

#include "editnotice.h"
#include "editquestion.h"
#include "webhookendpoint.h"
#include "webhookpatch.h"

#include <QCoreApplication>
#include <QStringList>
#include <optional>

// The endpoint changed on the server while a person was editing it: whether that
// counts as a conflict, what changed, the question it raises (overwrite, reload with
// the edits on top, or send nothing) and what the form says after each answer.
class EditConflict
{
    Q_DECLARE_TR_FUNCTIONS(EditConflict)

public:
    // The answers to question().
    enum class Choice { Overwrite, Reload, Cancel };

    // Whether saving `mine` over `serverNow` needs the person's answer: the endpoint was
    // switched on or off (is_active, disabled_at) since `original`, or a field that `mine`
    // changes was changed by someone else to another value. The failure counter, the
    // times and the fields the user leaves alone are no conflict: the PATCH does not
    // touch them, so the server's values stay.
    static bool exists(const WebhookEndpoint &original, const WebhookEndpoint &serverNow, const WebhookPatch &mine);

    // `base` with the fields that `mine` changes taken from `edits`; with the server's
    // state as base and the edited endpoint as edits: what Reload shows.
    static WebhookEndpoint withEdits(WebhookEndpoint base, const WebhookPatch &mine, const WebhookEndpoint &edits);

    // What the form says after the answer `choice`, `leftToSave` telling whether edits
    // still differ from the server's state; nothing after Overwrite (the save goes on).
    static std::optional<EditNotice> noticeAfter(Choice choice, bool leftToSave);

    EditConflict(const WebhookEndpoint &original, const WebhookEndpoint &serverNow, const WebhookPatch &mine);

    // One line per change a person would notice: "URL: now …", "Failures in a row: 7 → 8", ...
    QStringList differences() const;
    // The fields the person edited, as the question names them: "URL", "description", ...
    QStringList editedFields() const;
    // Asked with Yes (Overwrite), No (Reload) and Cancel (Cancel, the default).
    EditQuestion question() const;

private:
    WebhookEndpoint m_original;
    WebhookEndpoint m_serverNow;
    WebhookPatch m_mine;
};
