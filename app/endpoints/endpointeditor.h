#pragma once

#include "apierror.h"
#include "createdwebhook.h"
#include "editconflict.h"
#include "editnotice.h"
#include "webhookdraft.h"
#include "webhookendpoint.h"
#include "webhookpatch.h"

#include <QMap>
#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

class ApiCall;
class ApiClient;
class WriteQueue;

// The editing of one webhook endpoint, without widgets: the endpoint as it was when
// editing began (the original), the values being edited, their validation, and the
// save protocol:
//
//   save()  -> re-read the endpoint (GET)
//           -> no conflict (EditConflict::exists()): PATCH with only the fields the
//                                       user changed; whatever else moved on the server
//                                       (the failure counter, fields the user left alone)
//                                       becomes the original first, under the edits
//           -> a conflict:              conflict(serverNow); nothing is sent until the
//                                       caller asks pendingConflict().question() and
//                                       passes the answer to resolveConflict()
//
// A new endpoint (forNewEndpoint()) has no original on the server: its form starts
// from the API's defaults, every field is judged, and save() sends one POST (no
// re-read, never a second POST once the server has created it); created() hands over
// the new endpoint and its signing secret, which the server shows only this once.
//
// The PATCH and the POST go through the app's write queue (WriteQueue): they wait
// their turn within the write limit (Stage::Sending covers that wait), and one answered
// 429 is sent again after the server's wait; nothing else is ever resent.
//
// Results arrive as signals; the server's object is the only truth after a save. What
// the server said about a field stays beside it (fieldMessage()) until it is edited.
// Holds the client, never a key.
class EndpointEditor : public QObject
{
    Q_OBJECT

public:
    // The field an error concerns, so that a form can show it next to that field.
    enum class Field { None, Url, Description, Events, Active };
    Q_ENUM(Field)

    // Where a save stands.
    enum class Stage {
        Idle,
        Checking, // re-reading the endpoint to detect changes made since editing began
        Sending,  // PATCH queued or in flight (with a URL change: the server is pinging the new URL)
    };
    Q_ENUM(Stage)

    EndpointEditor(ApiClient *client, const WebhookEndpoint &original, QObject *parent = nullptr);
    ~EndpointEditor() override;

    // An editor that creates an endpoint (isNew()), starting from newEndpointDefaults().
    static EndpointEditor *forNewEndpoint(ApiClient *client, QObject *parent = nullptr);
    // What a new endpoint's form starts with: no URL, no description, the API's default
    // events (completed and failed; upload.created must be chosen explicitly), active.
    static WebhookEndpoint newEndpointDefaults();
    bool isNew() const { return m_isNew; }
    // The create request of a new endpoint (the URL's host in ASCII).
    WebhookDraft draft() const;

    const WebhookEndpoint &original() const { return m_original; }
    // The original with the edits applied.
    const WebhookEndpoint &edited() const { return m_edited; }

    // `url` as the edit field holds it: UrlDisplay::forEditing of the server's URL is
    // that URL, unchanged.
    void setUrl(const QString &url);
    void setDescription(const QString &description);
    void setEvents(EventTypes events);
    void setActive(bool active);

    // Empty when the value is fine, else a specific, translated message. A URL or an
    // event selection the user did not touch is the server's own and is not re-judged.
    QString urlError() const;
    QString descriptionError() const;
    QString eventsError() const;
    QString errorFor(Field field) const;
    bool isValid() const;
    // What a form shows beside `field`: the server's remark about it from the last
    // failed save (SaveFailure::fieldRemark()) until the field is edited or another
    // save starts, else errorFor(field).
    QString fieldMessage(Field field) const;

    // Only the fields that differ from the original.
    WebhookPatch patch() const;
    bool isModified() const { return !patch().isEmpty(); }
    // For a new endpoint always: the server pings the URL before it creates anything.
    bool changesUrl() const { return m_isNew || patch().changesUrl(); }
    // The user switches on an endpoint that the server switched off after failures.
    bool reactivatesAutoDisabled() const;

    // Something changed (a new endpoint: not created yet), everything is valid, and no
    // save is under way.
    bool canSave() const;
    bool isSaving() const { return m_stage != Stage::Idle; }
    Stage stage() const { return m_stage; }

    // The server's state that caused the last conflict, until overwrite/reload/save.
    bool hasConflict() const { return m_hasConflict; }
    WebhookEndpoint conflictingServerState() const { return m_serverNow; }
    // That conflict, to be put to the person editing (only while hasConflict()).
    EditConflict pendingConflict() const;
    // After conflict(): acts on the person's answer to pendingConflict().question()
    // (overwrite(), reload() of the server's state, or nothing) and returns what the
    // form should say about it (EditConflict::noticeAfter()).
    std::optional<EditNotice> resolveConflict(EditConflict::Choice choice);

    // The queue this editor's writes wait in (none without a client).
    WriteQueue *writeQueue() const;

    // The last cancel() stopped the save before any write reached the server: during
    // the check, or while the write waited in the queue (also after a 429, which the
    // server refuses before doing anything).
    bool cancelledUnsent() const { return m_cancelledUnsent; }

    // The patch of the last PATCH sent (or being sent); for a new endpoint, its URL.
    WebhookPatch lastSentPatch() const { return m_sentPatch; }

    // Which field a server error concerns: for a 400, by keywords of the server's
    // message (url/ping/https/host -> Url, description -> Description, event -> Events,
    // is_active -> Active); otherwise None.
    static Field fieldForError(const ApiError &error);
    // A 400 answering a PATCH that changed the URL, whose message is about the ping
    // (or names no other field): the server's test ping to the new URL failed.
    static bool isPingFailure(const ApiError &error, const WebhookPatch &sent);

public slots:
    // Starts a save (false, and nothing happens, when !canSave()).
    bool save();
    // After conflict(): send the PATCH of the user's changed fields anyway.
    bool overwrite();
    // After conflict(): `serverNow` becomes the original; the user's edits are kept
    // where they still differ from it. Nothing is sent.
    void reload(const WebhookEndpoint &serverNow);
    // Cancels the call in flight or takes back the write still queued; failed() follows
    // with an ApiError of kind Cancelled (cancelledUnsent() tells whether a write may
    // have reached the server).
    void cancel();

signals:
    // The edited values, their validity, the server's remarks or the original changed.
    void changed();
    // The original (and possibly some edited values) was replaced by the server's
    // state: by reload(), or by a save's check that found changes but no conflict.
    void reloaded();
    // The endpoint as the server has it now, learnt by a save's check (conflict or not)
    // or from the save's answer: for views that show the endpoint elsewhere (the table).
    void serverStateLearnt(const WebhookEndpoint &fromServer);
    void savingChanged(bool saving);
    void stageChanged(EndpointEditor::Stage stage);
    // The endpoint changed on the server since editing began; nothing was sent.
    void conflict(const WebhookEndpoint &serverNow);
    // The object the server returned, never the local edit.
    void saved(const WebhookEndpoint &fromServer);
    // A new endpoint was created: the server's object and the signing secret (shown once).
    void created(const CreatedWebhook &created);
    void failed(const ApiError &error, EndpointEditor::Field field);

private:
    void setStage(Stage stage);
    // Queues the PATCH of `fields` (the user's changes).
    void sendPatch(const WebhookPatch &fields);
    void sendCreate();
    // Queues `attempt` as this editor's write.
    void queueWrite(const std::function<ApiCall *(const std::function<bool(const ApiError &)> &report)> &attempt);
    void fail(const ApiError &error, Field field);
    void edit(Field field, const std::function<void(WebhookEndpoint &)> &change);

    QPointer<ApiClient> m_client;
    WebhookEndpoint m_original;
    WebhookEndpoint m_edited;
    WebhookEndpoint m_serverNow;
    WebhookPatch m_sentPatch;
    // What the server said about a field when it refused the last save.
    QMap<Field, QString> m_remarks;
    QPointer<ApiCall> m_call;
    QPointer<WriteQueue> m_queue;
    int m_writeId = 0; // the PATCH or POST in the write queue, until it is answered
    Stage m_stage = Stage::Idle;
    bool m_hasConflict = false;
    bool m_destroying = false;
    bool m_isNew = false;
    bool m_wasCreated = false; // a new endpoint the server created: never sent again
    bool m_cancelledUnsent = false;
    bool m_urlTouched = false; // a new endpoint's empty URL is not an error until edited
};
