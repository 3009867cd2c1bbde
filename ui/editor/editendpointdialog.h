#pragma once

#include "editnotice.h"
#include "endpointeditor.h"
#include "savefailure.h"
#include "webhookendpoint.h"

#include <QDialog>
#include <QMap>
#include <memory>

class QAbstractButton;
class QCheckBox;
class QLabel;
class QPushButton;

namespace Ui {
class EditEndpointDialog;
}

// Edits one webhook endpoint: URL, description, events and whether it is active.
// A view of the EndpointEditor it is given, which does all server work and decides
// what to ask and say (EditConflict, Reactivation, SaveFailure): the dialog shows its
// state, asks the questions that need a person (re-activation, conflicts, discarding
// edits) through MessageBoxes, and stays open with every edit intact on any error.
// Emits saved() with the server's object and closes when the server accepted the change.
//
// With an editor of a new endpoint (EndpointEditor::forNewEndpoint()) it is the create
// form: the same fields and live validation without the server's details and the
// active switch, the API's default events with a hint about upload.created, the note
// that the server pings the URL before it saves anything, a Create button; it emits
// created() with the new endpoint and its signing secret, and closes.
class EditEndpointDialog : public QDialog
{
    Q_OBJECT

public:
    // Edits `editor`'s endpoint; the dialog becomes the editor's parent.
    explicit EditEndpointDialog(EndpointEditor *editor, QWidget *parent = nullptr);
    ~EditEndpointDialog() override;

    EndpointEditor *editor() const { return m_editor; }

    // "Failing 7/20", "Disabled by the server on <date> after 20 failures", ...
    static QString statusText(const WebhookEndpoint &endpoint);
    // The note shown while the URL differs from the saved one.
    static QString pingNote();
    // The same for a new endpoint, shown before anything is sent.
    static QString createPingNote();
    // A date-time as the dialog shows it: local time, the user's locale (LocalDateTime).
    static QString formatTime(const QDateTime &time);

public slots:
    // What Save, Enter and Ctrl+S do: asks what needs asking, then saves.
    void save();
    // Esc, Cancel and closing the window: while saving, cancels the request and stays
    // open; with unsaved edits, asks before discarding them.
    void reject() override;

signals:
    // The server accepted the change: the object it returned.
    void saved(const WebhookEndpoint &fromServer);
    // A new endpoint was created (the signing secret is in `created`, shown only once).
    void created(const CreatedWebhook &created);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void setUpForCreate();
    void buildEventChecks();
    void setUpTabOrder();
    void alignLabelColumns();
    void populateForm();
    void populateDetails();
    void refresh();
    void applyColours();
    void fitToContents();
    void showNotice(const EditNotice &notice);
    void clearNotice();
    void setFieldMessage(QLabel *label, const QString &message);
    void onSavingChanged(bool saving);
    void onStageChanged();
    void onFailed(const ApiError &error, EndpointEditor::Field field);
    void onConflict();
    void onSaved(const WebhookEndpoint &fromServer);
    void onCreated(const CreatedWebhook &created);
    SaveFailure::Request request() const;
    QString progressText() const;
    QWidget *widgetFor(EndpointEditor::Field field) const;
    EventTypes checkedEvents() const;
    QString descriptionText() const;

    std::unique_ptr<Ui::EditEndpointDialog> m_ui;
    EndpointEditor *m_editor = nullptr;
    QPushButton *m_saveButton = nullptr;
    QMap<EventType, QCheckBox *> m_eventChecks;
    bool m_populating = false;
    bool m_errorNoticeShown = false;
};
