#include "editendpointdialog.h"
#include "ui_editendpointdialog.h"

#include "endpointstatus.h"
#include "localdatetime.h"
#include "messageboxes.h"
#include "reactivation.h"
#include "savefailure.h"
#include "tonecolours.h"
#include "urldisplay.h"
#include "validation.h"
#include "writequeue.h"
#include "writewaitlabel.h"

#include <QCheckBox>
#include <QEvent>
#include <QResizeEvent>
#include <QLocale>
#include <QLoggingCategory>
#include <QPushButton>
#include <QShortcut>
#include <QStyle>
#include <QTextDocument>
#include <QTimer>
#include <QUrl>

namespace {

Q_LOGGING_CATEGORY(lcEditDialog, "odwh.ui.edit")

const QChar WarningSign(0x26A0); // ⚠
const QChar InfoSign(0x2139);    // ℹ
const QChar CheckSign(0x2713);   // ✓

using ToneColours::Tone;
using ToneColours::setTone;

QString withSign(QChar sign, const QString &text) { return sign + QLatin1Char(' ') + text; }

} // namespace

EditEndpointDialog::EditEndpointDialog(EndpointEditor *editor, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::EditEndpointDialog>()), m_editor(editor)
{
    m_editor->setParent(this);
    m_ui->setupUi(this);
    const QString host = UrlDisplay::hostForDisplay(QUrl(m_editor->original().url).host());
    setWindowTitle(host.isEmpty() ? tr("Edit Webhook Endpoint") : tr("Edit Webhook Endpoint \u2013 %1").arg(host));

    m_saveButton = m_ui->buttonBox->button(QDialogButtonBox::Save);
    m_saveButton->setDefault(true);
    m_saveButton->setText(tr("&Save"));
    m_saveButton->setAccessibleName(tr("Save"));
    m_saveButton->setToolTip(tr("Save the changes (Enter or %1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    QPushButton *closeButton = m_ui->buttonBox->button(QDialogButtonBox::Cancel);
    closeButton->setText(tr("&Cancel"));
    closeButton->setAccessibleName(tr("Cancel"));
    closeButton->setAutoDefault(false);
    m_ui->cancelRequestButton->setIcon(style()->standardIcon(QStyle::SP_BrowserStop));
    m_ui->cancelRequestButton->setToolTip(tr("Stop waiting for the server (Esc). Your edits are kept."));
    m_ui->urlEdit->setToolTip(tr("The https:// address that OptimalDial calls for each event"));
    m_ui->idValue->setToolTip(tr("Select to copy"));
    m_ui->progressWidget->hide();
    // While the server asks every write to wait (a 429), the save says so and counts down.
    m_ui->progressTextLayout->addWidget(new WriteWaitLabel(m_editor->writeQueue(), m_ui->progressWidget));
    if (WriteQueue *queue = m_editor->writeQueue()) {
        connect(queue, &WriteQueue::waitStarted, this, &EditEndpointDialog::onStageChanged);
        connect(queue, &WriteQueue::waitEnded, this, &EditEndpointDialog::onStageChanged);
    }
    m_ui->errorFrame->hide();
    m_ui->errorTitle->setFont([this] {
        QFont f = m_ui->errorTitle->font();
        f.setBold(true);
        return f;
    }());
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_ui->errorIcon->setFixedWidth(iconSize + 4);
    // The description box needs only a few lines.
    m_ui->descriptionEdit->setFixedHeight(m_ui->descriptionEdit->fontMetrics().lineSpacing() * 4
                                          + 2 * m_ui->descriptionEdit->frameWidth() + 8);

    buildEventChecks();
    if (m_editor->isNew())
        setUpForCreate();
    setUpTabOrder();
    alignLabelColumns();
    populateForm();
    populateDetails();

    connect(m_ui->urlEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (!m_populating)
            m_editor->setUrl(text);
    });
    connect(m_ui->descriptionEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_populating)
            m_editor->setDescription(descriptionText());
    });
    for (QCheckBox *check : std::as_const(m_eventChecks)) {
        connect(check, &QCheckBox::toggled, this, [this] {
            if (!m_populating)
                m_editor->setEvents(checkedEvents());
        });
    }
    connect(m_ui->activeCheck, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_populating)
            m_editor->setActive(on);
    });

    connect(m_saveButton, &QPushButton::clicked, this, &EditEndpointDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &EditEndpointDialog::reject);
    connect(m_ui->cancelRequestButton, &QPushButton::clicked, m_editor, &EndpointEditor::cancel);
    for (const QKeySequence &keys : {QKeySequence(QKeySequence::Save), QKeySequence(Qt::CTRL | Qt::Key_Return),
                                     QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, &EditEndpointDialog::save);
    }

    connect(m_editor, &EndpointEditor::changed, this, &EditEndpointDialog::refresh);
    connect(m_editor, &EndpointEditor::reloaded, this, [this] {
        populateForm();
        populateDetails();
    });
    connect(m_editor, &EndpointEditor::savingChanged, this, &EditEndpointDialog::onSavingChanged);
    connect(m_editor, &EndpointEditor::stageChanged, this, &EditEndpointDialog::onStageChanged);
    connect(m_editor, &EndpointEditor::failed, this, &EditEndpointDialog::onFailed);
    connect(m_editor, &EndpointEditor::saved, this, &EditEndpointDialog::onSaved);
    connect(m_editor, &EndpointEditor::created, this, &EditEndpointDialog::onCreated);
    // Asked from the event loop, not from inside the network callback.
    connect(m_editor, &EndpointEditor::conflict, this,
            [this] { QTimer::singleShot(0, this, &EditEndpointDialog::onConflict); });

    refresh();
    applyColours();
    resize(QSize(620, sizeHint().height()).expandedTo(minimumSizeHint()));
    fitToContents();
    m_ui->urlEdit->setFocus();
}

EditEndpointDialog::~EditEndpointDialog() = default;

void EditEndpointDialog::setUpForCreate()
{
    setWindowTitle(tr("New Webhook Endpoint"));
    // Nothing of the server's to show yet, and the API creates every endpoint active.
    for (QWidget *w : {static_cast<QWidget *>(m_ui->detailsBox), static_cast<QWidget *>(m_ui->activeLabel),
                       static_cast<QWidget *>(m_ui->activeCheck), static_cast<QWidget *>(m_ui->activeMessage)})
        w->setVisible(false);
    m_ui->activeCheck->setEnabled(false); // out of the tab chain too
    m_saveButton->setText(tr("C&reate"));
    m_saveButton->setAccessibleName(tr("Create"));
    m_saveButton->setToolTip(tr("Create the endpoint (Enter or %1)")
                                 .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    m_ui->progressBar->setAccessibleName(tr("Creating the endpoint"));
    m_ui->cancelRequestButton->setToolTip(tr("Stop waiting for the server (Esc). What you entered is kept."));

    auto *hint = new QLabel(tr("OptimalDial sends upload.created only when you tick it; without a choice it sends "
                               "completed and failed uploads."),
                            m_ui->eventsBox);
    hint->setObjectName(QStringLiteral("eventsHint"));
    hint->setTextFormat(Qt::PlainText);
    hint->setWordWrap(true);
    hint->setText(withSign(InfoSign, hint->text()));
    m_ui->eventsLayout->addWidget(hint);
}

SaveFailure::Request EditEndpointDialog::request() const
{
    return m_editor->isNew() ? SaveFailure::Request::Create : SaveFailure::Request::Save;
}

void EditEndpointDialog::buildEventChecks()
{
    for (EventType type : EventTypeNames::all()) {
        auto *check = new QCheckBox(EventTypeNames::label(type), m_ui->eventsBox);
        check->setObjectName(QLatin1String("eventCheck_") + EventTypeNames::toWire(type));
        check->setAccessibleName(tr("Send event: %1").arg(EventTypeNames::label(type)));
        check->setToolTip(EventTypeNames::toWire(type));
        m_ui->eventsLayout->addWidget(check);
        m_eventChecks.insert(type, check);
    }
    m_ui->eventsLabel->setBuddy(m_eventChecks.first()); // Alt+V: to the events
}

void EditEndpointDialog::alignLabelColumns()
{
    // The details box and the form share one label column, so their fields line up.
    const QList<QLabel *> detailLabels{m_ui->idLabel, m_ui->statusLabel, m_ui->createdLabel, m_ui->updatedLabel};
    const QList<QLabel *> formLabels{m_ui->urlLabel, m_ui->descriptionLabel, m_ui->eventsLabel, m_ui->activeLabel};
    const int indent = m_ui->detailsBox->contentsRect().left() + m_ui->detailsLayout->contentsMargins().left();
    int width = 0;
    for (QLabel *label : detailLabels)
        width = qMax(width, label->sizeHint().width() + indent);
    for (QLabel *label : formLabels)
        width = qMax(width, label->sizeHint().width());
    for (QLabel *label : detailLabels)
        label->setMinimumWidth(width - indent);
    for (QLabel *label : formLabels)
        label->setMinimumWidth(width);
}

void EditEndpointDialog::setUpTabOrder()
{
    QList<QWidget *> chain{m_ui->urlEdit, m_ui->descriptionEdit};
    for (EventType type : EventTypeNames::all())
        chain.append(m_eventChecks.value(type));
    chain << m_ui->activeCheck << m_ui->cancelRequestButton << m_saveButton
          << m_ui->buttonBox->button(QDialogButtonBox::Cancel);
    for (int i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
}

QString EditEndpointDialog::pingNote()
{
    return tr("OptimalDial will send a test ping to the new URL; if it does not answer with 2xx within 5 seconds, "
              "nothing is saved.");
}

QString EditEndpointDialog::createPingNote()
{
    return tr("Before it creates the endpoint, OptimalDial sends a test ping to this URL; if it does not answer "
              "with 2xx within 5 seconds, nothing is saved.");
}

QString EditEndpointDialog::formatTime(const QDateTime &time) { return LocalDateTime::text(time); }

QString EditEndpointDialog::statusText(const WebhookEndpoint &e)
{
    switch (e.state()) {
    case WebhookEndpoint::State::Healthy:
        return e.lastSuccessAt.isValid() ? tr("Healthy: last delivered %1").arg(formatTime(e.lastSuccessAt))
                                         : tr("Healthy");
    case WebhookEndpoint::State::Failing: {
        const QString text = EndpointStatus::text(e); // "Failing 7/20", as in the table
        if (!e.lastFailureAt.isValid())
            return text;
        return tr("%1, last failure %2", "status, last failure").arg(text, formatTime(e.lastFailureAt));
    }
    case WebhookEndpoint::State::Disabled: {
        const int failures = e.failuresWhenDisabled();
        return tr("Disabled by the server on %1 after %n failures", nullptr, failures).arg(formatTime(e.disabledAt));
    }
    case WebhookEndpoint::State::Inactive:
        return tr("Inactive: switched off by a person");
    case WebhookEndpoint::State::NeverVerified:
        return tr("Active, never verified");
    }
    return {};
}

void EditEndpointDialog::populateForm()
{
    const WebhookEndpoint &e = m_editor->edited();
    m_populating = true;
    // The server's URL with anything hidden made visible (UrlDisplay::forEditing); what
    // the user typed, as typed.
    const QString shownUrl = e.url == m_editor->original().url ? UrlDisplay::forEditing(e.url) : e.url;
    if (m_ui->urlEdit->text() != shownUrl)
        m_ui->urlEdit->setText(shownUrl);
    if (descriptionText() != e.description)
        m_ui->descriptionEdit->setPlainText(e.description);
    for (auto it = m_eventChecks.cbegin(); it != m_eventChecks.cend(); ++it)
        it.value()->setChecked(e.events.testFlag(it.key()));
    m_ui->activeCheck->setChecked(e.isActive);
    m_populating = false;

    const QStringList unknown = m_editor->original().unknownEvents;
    m_ui->unknownEventsNote->setVisible(!unknown.isEmpty());
    m_ui->unknownEventsNote->setText(
        withSign(InfoSign,
                 tr("Also subscribed to event types this version does not know (kept as they are): %1")
                     .arg(QLocale().createSeparatedList(unknown))));
}

void EditEndpointDialog::populateDetails()
{
    if (m_editor->isNew())
        return;
    const WebhookEndpoint &e = m_editor->original();
    // Each value is announced with its caption ("Status: Disabled ..."), never the caption alone.
    m_ui->idValue->setText(e.id);
    m_ui->idValue->setAccessibleName(tr("ID: %1").arg(e.id));
    Tone tone = Tone::Normal;
    QChar sign = CheckSign;
    switch (e.state()) {
    case WebhookEndpoint::State::Healthy:
        tone = Tone::Ok;
        break;
    case WebhookEndpoint::State::Failing:
        tone = Tone::Warning;
        sign = WarningSign;
        break;
    case WebhookEndpoint::State::Disabled:
        tone = Tone::Error;
        sign = WarningSign;
        break;
    case WebhookEndpoint::State::Inactive:
    case WebhookEndpoint::State::NeverVerified:
        sign = InfoSign;
        break;
    }
    m_ui->statusValue->setText(withSign(sign, statusText(e)));
    m_ui->statusValue->setAccessibleName(tr("Status: %1").arg(statusText(e)));
    m_ui->statusValue->setToolTip(tr("The server switches an endpoint off after %1 failed deliveries in a row.")
                                      .arg(WebhookEndpoint::AutoDisableThreshold));
    setTone(m_ui->statusValue, tone, palette());
    m_ui->createdValue->setText(formatTime(e.createdAt));
    m_ui->createdValue->setAccessibleName(tr("Created: %1").arg(formatTime(e.createdAt)));
    m_ui->updatedValue->setText(formatTime(e.updatedAt));
    m_ui->updatedValue->setAccessibleName(tr("Last updated: %1").arg(formatTime(e.updatedAt)));
}

QString EditEndpointDialog::descriptionText() const
{
    // toPlainText() turns no-break spaces into spaces, which would change a description
    // the user did not mean to change; the raw text keeps them (with U+2029 for newlines).
    QString text = m_ui->descriptionEdit->document()->toRawText();
    text.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    return text;
}

EventTypes EditEndpointDialog::checkedEvents() const
{
    EventTypes events;
    for (auto it = m_eventChecks.cbegin(); it != m_eventChecks.cend(); ++it) {
        if (it.value()->isChecked())
            events |= it.key();
    }
    return events;
}

void EditEndpointDialog::setFieldMessage(QLabel *label, const QString &message)
{
    label->setVisible(!message.isEmpty());
    label->setText(message.isEmpty() ? QString() : withSign(WarningSign, message));
    setTone(label, Tone::Error, palette());
}

void EditEndpointDialog::refresh()
{
    using Field = EndpointEditor::Field;
    const QString urlMessage = m_editor->fieldMessage(Field::Url);
    setFieldMessage(m_ui->urlMessage, urlMessage);
    m_ui->urlEdit->setAccessibleDescription(urlMessage);
    // What the test ping needs, until the URL has a message of its own (the server's
    // reason for a failed ping says it better); while saving, the progress says it.
    m_ui->urlNote->setVisible(m_editor->changesUrl() && urlMessage.isEmpty() && !m_editor->isSaving());
    m_ui->urlNote->setText(withSign(InfoSign, m_editor->isNew() ? createPingNote() : pingNote()));

    const QString descriptionMessage = m_editor->fieldMessage(Field::Description);
    setFieldMessage(m_ui->descriptionMessage, descriptionMessage);
    m_ui->descriptionEdit->setAccessibleDescription(descriptionMessage);
    const int length = Validation::codePointCount(descriptionText());
    const bool tooLong = length > Validation::MaxDescriptionLength;
    const QString counter = QStringLiteral("%1/%2").arg(length).arg(Validation::MaxDescriptionLength);
    m_ui->descriptionCounter->setText(tooLong ? withSign(WarningSign, counter) : counter);
    m_ui->descriptionCounter->setAccessibleName(
        tr("%1 of %2 characters used").arg(length).arg(Validation::MaxDescriptionLength));
    setTone(m_ui->descriptionCounter, tooLong ? Tone::Error : Tone::Normal, palette());

    const QString eventsMessage = m_editor->fieldMessage(Field::Events);
    setFieldMessage(m_ui->eventsMessage, eventsMessage);
    m_ui->eventsBox->setAccessibleDescription(eventsMessage);

    const QString activeError = m_editor->fieldMessage(Field::Active);
    const QString activeNote = Reactivation::note(m_editor->original(), m_editor->edited().isActive);
    // Tabbing to Active says why it is off and what ticking it does, not only "Active, check box".
    m_ui->activeCheck->setAccessibleDescription(activeError.isEmpty() ? activeNote : activeError);
    if (!activeError.isEmpty()) {
        setFieldMessage(m_ui->activeMessage, activeError);
    } else if (!activeNote.isEmpty()) {
        m_ui->activeMessage->setText(withSign(InfoSign, activeNote));
        m_ui->activeMessage->show();
        setTone(m_ui->activeMessage, Tone::Normal, palette());
    } else {
        m_ui->activeMessage->hide();
    }

    m_saveButton->setEnabled(m_editor->canSave());
    fitToContents();
}

void EditEndpointDialog::applyColours()
{
    ToneColours::reapply(this, palette());
    if (m_errorNoticeShown) {
        // A tinted panel for errors; its text colour is chosen with the tint.
        QPalette p = palette();
        p.setColor(QPalette::Window, ToneColours::errorPanelBackground(p));
        p.setColor(QPalette::WindowText, ToneColours::errorPanelText(p));
        m_ui->errorFrame->setPalette(p);
        m_ui->errorFrame->setAutoFillBackground(true);
    } else {
        m_ui->errorFrame->setPalette(QPalette());
        m_ui->errorFrame->setAutoFillBackground(false);
    }
}

void EditEndpointDialog::fitToContents()
{
    // Wrapped messages need more height at narrow widths than the layout's minimum
    // size says (it ignores height-for-width): grow instead of squeezing the rows.
    QLayout *top = layout();
    if (!top || !top->hasHeightForWidth())
        return;
    const int needed = top->totalHeightForWidth(width());
    if (needed > height())
        resize(width(), needed);
}

void EditEndpointDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    if (event->size().width() != event->oldSize().width())
        QTimer::singleShot(0, this, &EditEndpointDialog::fitToContents);
}

void EditEndpointDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyColours();
}

void EditEndpointDialog::showNotice(const EditNotice &notice)
{
    m_errorNoticeShown = notice.kind == EditNotice::Kind::Error;
    const QStyle::StandardPixmap icon = m_errorNoticeShown ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxInformation;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_ui->errorIcon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    m_ui->errorTitle->setText(notice.title);
    m_ui->errorText->setText(notice.text);
    m_ui->errorFrame->setAccessibleName(notice.title);
    m_ui->errorFrame->setAccessibleDescription(notice.text);
    m_ui->errorFrame->show();
    applyColours();
    fitToContents();
}

void EditEndpointDialog::clearNotice()
{
    m_errorNoticeShown = false;
    m_ui->errorFrame->hide();
    m_ui->errorTitle->clear();
    m_ui->errorText->clear();
}

QString EditEndpointDialog::progressText() const
{
    // Nothing is on its way while the server asks to wait: the countdown beneath says so.
    const WriteQueue *queue = m_editor->writeQueue();
    if (m_editor->stage() == EndpointEditor::Stage::Sending && queue && queue->isWaitingForServer())
        return m_editor->isNew() ? tr("Creating\u2026") : tr("Saving\u2026");
    if (m_editor->isNew())
        return tr("Creating… OptimalDial is sending a test ping to the URL; nothing is saved unless it answers "
                  "with 2xx within 5 seconds.");
    QString text = m_editor->stage() == EndpointEditor::Stage::Checking
        ? tr("Saving\u2026 checking that nobody changed the endpoint in the meantime.")
        : tr("Saving\u2026");
    if (m_editor->changesUrl())
        text += QLatin1Char(' ') + pingNote();
    return text;
}

void EditEndpointDialog::onStageChanged()
{
    m_ui->progressText->setText(progressText());
    m_ui->progressBar->setAccessibleDescription(m_ui->progressText->text());
}

void EditEndpointDialog::onSavingChanged(bool saving)
{
    m_ui->formWidget->setEnabled(!saving);
    m_ui->progressWidget->setVisible(saving);
    m_ui->progressText->setText(progressText());
    refresh();
    if (saving) {
        m_ui->cancelRequestButton->setFocus();
    } else {
        QWidget *focus = focusWidget();
        if (!focus || !focus->isEnabled() || focus == m_ui->cancelRequestButton)
            m_ui->urlEdit->setFocus();
    }
}

QWidget *EditEndpointDialog::widgetFor(EndpointEditor::Field field) const
{
    switch (field) {
    case EndpointEditor::Field::Url:
        return m_ui->urlEdit;
    case EndpointEditor::Field::Description:
        return m_ui->descriptionEdit;
    case EndpointEditor::Field::Events:
        return m_eventChecks.isEmpty() ? nullptr : m_eventChecks.first();
    case EndpointEditor::Field::Active:
        return m_ui->activeCheck;
    case EndpointEditor::Field::None:
        break;
    }
    return nullptr;
}

void EditEndpointDialog::save()
{
    if (!m_editor->canSave())
        return;
    if (m_editor->reactivatesAutoDisabled()) {
        const EditQuestion question = Reactivation::question(m_editor->original());
        const auto answer = MessageBoxes::question(this, question.title, question.text,
                                                   {{QMessageBox::Yes, tr("&Re-activate")},
                                                    {QMessageBox::Cancel, tr("&Cancel")}},
                                                   QMessageBox::Cancel);
        if (answer != QMessageBox::Yes) {
            showNotice(Reactivation::declined());
            return;
        }
    }
    clearNotice();
    m_editor->save();
}

void EditEndpointDialog::reject()
{
    if (m_editor->isSaving()) {
        m_editor->cancel();
        return;
    }
    if (m_editor->isModified()) {
        const bool isNew = m_editor->isNew();
        const auto answer = MessageBoxes::question(
            this, isNew ? tr("Discard New Endpoint?") : tr("Discard Changes?"),
            isNew ? tr("You have not created this endpoint yet. Discard what you entered?")
                  : tr("You changed this endpoint but did not save the changes. Discard them?"),
            {{QMessageBox::Discard, isNew ? tr("&Discard Endpoint") : tr("&Discard Changes")},
             {QMessageBox::Cancel, tr("&Keep Editing")}},
            QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    QDialog::reject();
}

void EditEndpointDialog::onFailed(const ApiError &error, EndpointEditor::Field field)
{
    // The editor already put the server's remark beside the field (fieldMessage()).
    if (error.kind != ApiError::Kind::Cancelled)
        qCInfo(lcEditDialog) << "save failed:" << error.title() << error.httpStatus;
    showNotice(SaveFailure(error, m_editor->lastSentPatch(), request(), m_editor->cancelledUnsent()).notice());
    if (QWidget *w = widgetFor(field))
        w->setFocus();
}

void EditEndpointDialog::onConflict()
{
    if (!m_editor->hasConflict())
        return;
    const EditQuestion question = m_editor->pendingConflict().question();
    const auto answer = MessageBoxes::question(this, question.title, question.text,
                                               {{QMessageBox::Yes, tr("&Overwrite")},
                                                {QMessageBox::No, tr("&Reload (Keep My Edits)")},
                                                {QMessageBox::Cancel, tr("&Cancel")}},
                                               QMessageBox::Cancel);
    const EditConflict::Choice choice = answer == QMessageBox::Yes ? EditConflict::Choice::Overwrite
        : answer == QMessageBox::No                                ? EditConflict::Choice::Reload
                                                                   : EditConflict::Choice::Cancel;
    // Reload repopulates the form through reloaded() and changed().
    if (const std::optional<EditNotice> notice = m_editor->resolveConflict(choice))
        showNotice(*notice);
}

void EditEndpointDialog::onSaved(const WebhookEndpoint &fromServer)
{
    qCInfo(lcEditDialog) << "saved endpoint" << fromServer.id;
    emit saved(fromServer);
    accept();
}

void EditEndpointDialog::onCreated(const CreatedWebhook &created)
{
    qCInfo(lcEditDialog) << "created endpoint" << created.webhook.id; // never the secret
    emit this->created(created);
    accept();
}
