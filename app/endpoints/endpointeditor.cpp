#include "endpointeditor.h"

#include "apicall.h"
#include "apiclient.h"
#include "savefailure.h"
#include "urldisplay.h"
#include "validation.h"
#include "writequeue.h"

#include <QLoggingCategory>
#include <QRegularExpression>

namespace {

Q_LOGGING_CATEGORY(lcEditor, "odwh.editor")

bool matches(const QString &text, const QRegularExpression &re) { return re.match(text).hasMatch(); }

} // namespace

EndpointEditor::EndpointEditor(ApiClient *client, const WebhookEndpoint &original, QObject *parent)
    : QObject(parent), m_client(client), m_original(original), m_edited(original), m_queue(WriteQueue::of(client))
{
}

EndpointEditor *EndpointEditor::forNewEndpoint(ApiClient *client, QObject *parent)
{
    auto *editor = new EndpointEditor(client, newEndpointDefaults(), parent);
    editor->m_isNew = true;
    return editor;
}

WebhookEndpoint EndpointEditor::newEndpointDefaults()
{
    WebhookEndpoint e;
    e.events = EventType::UploadCompleted | EventType::UploadFailed;
    e.isActive = true;
    return e;
}

WebhookDraft EndpointEditor::draft() const
{
    WebhookDraft d;
    d.url = UrlDisplay::toAscii(m_edited.url);
    d.description = m_edited.description;
    d.events = m_edited.events;
    return d;
}

EndpointEditor::~EndpointEditor()
{
    m_destroying = true;
    if (m_queue && m_writeId)
        m_queue->withdraw(m_writeId);
    if (m_call)
        m_call->cancel();
}

void EndpointEditor::edit(Field field, const std::function<void(WebhookEndpoint &)> &change)
{
    // Editing a field answers what the server said about it.
    const bool hadRemark = m_remarks.remove(field) > 0;
    WebhookEndpoint next = m_edited;
    change(next);
    if (next == m_edited && !hadRemark)
        return;
    m_edited = next;
    emit changed();
}

void EndpointEditor::setUrl(const QString &url)
{
    m_urlTouched = true;
    // The field shows the server's URL as UrlDisplay::forEditing spells it: that text
    // is the server's URL, unchanged.
    edit(Field::Url, [&](WebhookEndpoint &e) { e.url = url == UrlDisplay::forEditing(m_original.url) ? m_original.url : url; });
}

void EndpointEditor::setDescription(const QString &description)
{
    edit(Field::Description, [&](WebhookEndpoint &e) {
        // Keep the server's null when the text stays empty: "" and null are the same value.
        e.description = (description.isEmpty() && m_original.description.isNull()) ? QString() : description;
    });
}

void EndpointEditor::setEvents(EventTypes events)
{
    edit(Field::Events, [&](WebhookEndpoint &e) { e.events = events; });
}

void EndpointEditor::setActive(bool active)
{
    edit(Field::Active, [&](WebhookEndpoint &e) { e.isActive = active; });
}

QString EndpointEditor::urlError() const
{
    if (m_isNew)
        return Validation::checkUrl(m_edited.url);
    if (m_edited.url == m_original.url)
        return {};
    return Validation::checkUrl(m_edited.url);
}

QString EndpointEditor::descriptionError() const { return Validation::checkDescription(m_edited.description); }

QString EndpointEditor::eventsError() const
{
    if (m_isNew)
        return Validation::checkEvents(m_edited.events);
    if (m_edited.events == m_original.events)
        return {};
    // Events this version does not know stay subscribed (the patch sends them along).
    if (!m_edited.events && !m_original.unknownEvents.isEmpty())
        return {};
    return Validation::checkEvents(m_edited.events);
}

QString EndpointEditor::errorFor(Field field) const
{
    switch (field) {
    case Field::Url:
        return urlError();
    case Field::Description:
        return descriptionError();
    case Field::Events:
        return eventsError();
    case Field::Active:
    case Field::None:
        break;
    }
    return {};
}

bool EndpointEditor::isValid() const
{
    return urlError().isEmpty() && descriptionError().isEmpty() && eventsError().isEmpty();
}

QString EndpointEditor::fieldMessage(Field field) const
{
    const QString remark = m_remarks.value(field);
    if (!remark.isEmpty())
        return remark;
    // A new form does not open with an error: the URL is judged once typed into.
    if (m_isNew && field == Field::Url && !m_urlTouched)
        return {};
    return errorFor(field);
}

WriteQueue *EndpointEditor::writeQueue() const { return m_queue; }

WebhookPatch EndpointEditor::patch() const { return WebhookPatch::between(m_original, m_edited); }

bool EndpointEditor::reactivatesAutoDisabled() const
{
    const WebhookPatch p = patch();
    return p.isActive && *p.isActive && m_original.isAutoDisabled();
}

bool EndpointEditor::canSave() const
{
    if (m_isNew)
        return !isSaving() && !m_wasCreated && isValid();
    return !isSaving() && isModified() && isValid();
}

EndpointEditor::Field EndpointEditor::fieldForError(const ApiError &error)
{
    if (error.kind != ApiError::Kind::BadRequest)
        return Field::None;
    const QString text = error.serverMessage;
    static const QRegularExpression url(QStringLiteral("\\b(urls?|ping\\w*|https?|host\\w*)\\b"),
                                        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression description(QStringLiteral("\\bdescriptions?\\b"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression events(QStringLiteral("\\bevent\\w*"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression active(QStringLiteral("\\bis_active\\b"), QRegularExpression::CaseInsensitiveOption);
    if (matches(text, url))
        return Field::Url;
    if (matches(text, description))
        return Field::Description;
    if (matches(text, events))
        return Field::Events;
    if (matches(text, active))
        return Field::Active;
    return Field::None;
}

bool EndpointEditor::isPingFailure(const ApiError &error, const WebhookPatch &sent)
{
    if (error.kind != ApiError::Kind::BadRequest || !sent.changesUrl())
        return false;
    static const QRegularExpression ping(QStringLiteral("\\bping\\w*"), QRegularExpression::CaseInsensitiveOption);
    if (matches(error.serverMessage, ping))
        return true;
    // A 400 after a URL change that names no field: the ping is what failed.
    return fieldForError(error) == Field::None;
}

void EndpointEditor::setStage(Stage stage)
{
    if (stage == m_stage)
        return;
    const bool wasSaving = isSaving();
    m_stage = stage;
    emit stageChanged(stage);
    if (wasSaving != isSaving())
        emit savingChanged(isSaving());
}

void EndpointEditor::fail(const ApiError &error, Field field)
{
    if (field != Field::None)
        m_remarks.insert(
            field,
            SaveFailure(error, m_sentPatch, m_isNew ? SaveFailure::Request::Create : SaveFailure::Request::Save)
                .fieldRemark());
    setStage(Stage::Idle);
    qCInfo(lcEditor) << "save of" << m_original.id << "failed:" << error.title() << "field" << field;
    if (field != Field::None)
        emit changed();
    emit failed(error, field);
}

bool EndpointEditor::save()
{
    if (!canSave())
        return false;
    m_hasConflict = false;
    m_cancelledUnsent = false;
    m_serverNow = WebhookEndpoint();
    if (!m_remarks.isEmpty()) {
        m_remarks.clear();
        emit changed();
    }
    if (!m_client) {
        ApiError e;
        e.kind = ApiError::Kind::Refused;
        e.technical = tr("No connection to the server is set up.");
        fail(e, Field::None);
        return true;
    }
    if (m_isNew) {
        sendCreate();
        return true;
    }
    setStage(Stage::Checking);
    m_call = m_client->getWebhook(m_original.id, this, [this](const ApiResult<WebhookEndpoint> &result) {
        m_call.clear();
        if (m_destroying)
            return;
        if (!result.ok()) {
            fail(result.error, Field::None);
            return;
        }
        emit serverStateLearnt(result.value);
        const WebhookPatch mine = patch();
        if (EditConflict::exists(m_original, result.value, mine)) {
            qCInfo(lcEditor) << "endpoint" << m_original.id << "changed on the server since editing began";
            m_serverNow = result.value;
            m_hasConflict = true;
            setStage(Stage::Idle);
            emit conflict(result.value);
            return;
        }
        if (result.value != m_original) {
            // Moved on the server in ways the PATCH leaves alone (the failure counter,
            // times, fields the user did not edit): the form shows the server's values
            // with the user's edits on top, and the same fields are sent.
            m_edited = EditConflict::withEdits(result.value, mine, m_edited);
            m_original = result.value;
            emit reloaded();
            emit changed();
        }
        sendPatch(mine);
    });
    return true;
}

EditConflict EndpointEditor::pendingConflict() const { return EditConflict(m_original, m_serverNow, patch()); }

std::optional<EditNotice> EndpointEditor::resolveConflict(EditConflict::Choice choice)
{
    if (!m_hasConflict)
        return std::nullopt;
    switch (choice) {
    case EditConflict::Choice::Overwrite:
        overwrite();
        break;
    case EditConflict::Choice::Reload: {
        const WebhookEndpoint serverNow = m_serverNow; // reload() forgets it
        reload(serverNow);
        break;
    }
    case EditConflict::Choice::Cancel:
        break;
    }
    return EditConflict::noticeAfter(choice, isModified());
}

bool EndpointEditor::overwrite()
{
    if (!m_hasConflict || isSaving() || !isModified() || !isValid() || !m_client)
        return false;
    m_hasConflict = false;
    sendPatch(patch());
    return true;
}

void EndpointEditor::reload(const WebhookEndpoint &serverNow)
{
    if (isSaving())
        return;
    m_edited = EditConflict::withEdits(serverNow, patch(), m_edited);
    m_original = serverNow;
    m_hasConflict = false;
    m_serverNow = WebhookEndpoint();
    emit reloaded();
    emit changed();
}

void EndpointEditor::cancel()
{
    if (m_queue && m_writeId && m_queue->withdraw(m_writeId)) {
        m_writeId = 0; // never sent, or refused with a 429
        m_cancelledUnsent = true;
        ApiError e;
        e.kind = ApiError::Kind::Cancelled;
        fail(e, Field::None);
        return;
    }
    m_cancelledUnsent = m_stage == Stage::Checking; // only the check (a GET) was under way
    if (m_call)
        m_call->cancel();
}

void EndpointEditor::queueWrite(const std::function<ApiCall *(const std::function<bool(const ApiError &)> &)> &attempt)
{
    m_writeId = m_queue->enqueue(this, attempt, WriteQueue::Priority::Interactive);
}

void EndpointEditor::sendPatch(const WebhookPatch &fields)
{
    m_sentPatch = fields;
    setStage(Stage::Sending);
    queueWrite([this](const WriteQueue::Report &report) -> ApiCall * {
        m_call = m_client->updateWebhook(m_original.id, m_sentPatch, this,
                                         [this, report](const ApiResult<WebhookEndpoint> &result) {
            if (!report(result.error))
                return; // a 429: the queue sends this PATCH again after the wait
            m_call.clear();
            m_writeId = 0;
            if (m_destroying)
                return;
            if (!result.ok()) {
                Field field = fieldForError(result.error);
                // A 400 naming no field after a URL change: the ping failed (isPingFailure()).
                if (field == Field::None && result.error.kind == ApiError::Kind::BadRequest && m_sentPatch.changesUrl())
                    field = Field::Url;
                fail(result.error, field);
                return;
            }
            m_original = result.value;
            m_edited = result.value;
            setStage(Stage::Idle);
            emit serverStateLearnt(result.value);
            emit changed();
            emit saved(result.value);
        });
        return m_call;
    });
}

void EndpointEditor::sendCreate()
{
    const WebhookDraft request = draft();
    m_sentPatch = WebhookPatch();
    m_sentPatch.url = request.url;
    setStage(Stage::Sending);
    // Sent once: ApiClient never retries a POST and the queue resends only after a 429
    // (the server refuses those before doing anything); another one needs the user's Create.
    queueWrite([this, request](const WriteQueue::Report &report) -> ApiCall * {
        m_call = m_client->createWebhook(request, this, [this, report](const ApiResult<CreatedWebhook> &result) {
            if (!report(result.error))
                return; // a 429: the server created nothing; the queue sends it again after the wait
            m_call.clear();
            m_writeId = 0;
            if (m_destroying)
                return;
            if (!result.ok()) {
                Field field = fieldForError(result.error);
                // A 400 naming no field: the server's ping of the URL failed (isPingFailure()).
                if (field == Field::None && result.error.kind == ApiError::Kind::BadRequest)
                    field = Field::Url;
                fail(result.error, field);
                return;
            }
            m_wasCreated = true;
            m_original = result.value.webhook;
            m_edited = result.value.webhook;
            qCInfo(lcEditor) << "created endpoint" << result.value.webhook.id; // never the secret
            setStage(Stage::Idle);
            emit changed();
            emit created(result.value);
        });
        return m_call;
    });
}
