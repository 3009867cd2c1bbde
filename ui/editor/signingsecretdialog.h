#pragma once

#include "createdwebhook.h"

#include <QDialog>
#include <QPointer>
#include <memory>

class QPushButton;
class SecretClipboard;
class SigningSecrets;

namespace Ui {
class SigningSecretDialog;
}

// Shows the signing secret of a just-created endpoint, the only time the server gives
// it: in monospace, selectable and read-only, with a Copy button (SecretClipboard: marked
// sensitive, cleared after a while) and the warning that it cannot be shown again.
// Offers to keep it in the system keychain (SigningSecrets, under the endpoint's id).
// Close is enabled only once the user ticks "I have stored the secret"; Esc or the
// window's close button before the secret was copied or that box ticked asks first.
class SigningSecretDialog : public QDialog
{
    Q_OBJECT

public:
    // `clipboard` must outlive the dialog (it clears the secret later); `secrets` may be
    // null: then keeping the secret is not offered. Neither is owned.
    SigningSecretDialog(const CreatedWebhook &created, SecretClipboard *clipboard, SigningSecrets *secrets,
                        QWidget *parent = nullptr);
    ~SigningSecretDialog() override;

    bool isConfirmed() const;
    bool wasCopied() const { return m_copied; }

public slots:
    // Close: only once the user confirmed that the secret is stored.
    void accept() override;
    // Esc and the window's close button: asks first unless the secret was copied or confirmed.
    void reject() override;

signals:
    // The keychain now keeps (or no longer keeps) the secret of `endpointId`.
    void keptChanged(const QString &endpointId, bool kept);

private:
    void copy();
    void onKeepToggled(bool keep);
    void showKeepStatus(const QString &text, bool error);
    void fitToContents();

    std::unique_ptr<Ui::SigningSecretDialog> m_ui;
    CreatedWebhook m_created;
    QPointer<SecretClipboard> m_clipboard;
    QPointer<SigningSecrets> m_secrets;
    QPushButton *m_closeButton = nullptr;
    bool m_copied = false;
    bool m_settingKeep = false;
};
