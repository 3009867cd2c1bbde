#pragma once

#include "createdwebhook.h"
#include "endpointdeleter.h"
#include "secretclipboard.h"

#include <QObject>
#include <QPointer>
#include <memory>

class ApiClient;
class CredentialStore;
class BulkProgress;
class DetailsPane;
class EditEndpointDialog;
class MainWindow;
class QAction;
class QTableView;
class SigningSecrets;

// The main window's New and Delete: their actions (Ctrl+N; Del) and flows. New opens the
// edit form in create mode; the created endpoint becomes a selected row and its signing
// secret is shown once (SigningSecretDialog), with the offer to keep it in the system
// keychain. Delete asks once for the selected rows, deletes them one after another
// (EndpointDeleter, through the write queue) with progress (BulkProgress), removes
// each row as the server confirms it (a 404 too, with a note), forgets a kept secret
// with it, and reports per row at the end. Also serves the details pane's "Copy
// signing secret".
class EndpointActions : public QObject
{
    Q_OBJECT

public:
    // `secretStore`: where kept signing secrets live (null: the system keychain, under the
    // service of the API keys). Not owned.
    EndpointActions(MainWindow *window, ApiClient *client, QTableView *table, DetailsPane *details,
                    CredentialStore *secretStore = nullptr);
    ~EndpointActions() override;

    QAction *newAction() const { return m_newAction; }
    QAction *deleteAction() const { return m_deleteAction; }
    SigningSecrets *signingSecrets() const { return m_secrets; }
    SecretClipboard *clipboard() const { return m_clipboard.get(); }
    EndpointDeleter *deleter() const { return m_deleter; }
    // Closing the window while endpoints are being deleted: asks (Cancel is the
    // default). True when it may close; the deletion then stops.
    bool confirmClose();

public slots:
    void createEndpoint();
    void deleteSelected();
    void copySigningSecret();

signals:
    // A new endpoint is in the table (its secret dialog is open).
    void endpointCreated(const QString &id);
    // A deletion run ended (the summary, if any, was shown).
    void deletionFinished(const QList<EndpointDeleter::RowResult> &results);

private:
    QList<EndpointDeleter::Target> selectedTargets() const;
    void onCreated(const CreatedWebhook &created);
    void onRowFinished(const EndpointDeleter::RowResult &result);
    void onDeletionFinished(const QList<EndpointDeleter::RowResult> &results);
    void updateActions();
    void updateDeletionPace();
    void updateSecretButton();
    void showStatus(const QString &text);

    MainWindow *m_window;
    ApiClient *m_client;
    QTableView *m_table;
    DetailsPane *m_details;
    std::unique_ptr<CredentialStore> m_ownStore;
    SigningSecrets *m_secrets;
    std::unique_ptr<SecretClipboard> m_clipboard;
    EndpointDeleter *m_deleter;
    QPointer<EditEndpointDialog> m_createDialog;
    QPointer<BulkProgress> m_progress;
    QAction *m_newAction;
    QAction *m_deleteAction;
};
