#include "signingsecretdialog.h"
#include "ui_signingsecretdialog.h"

#include "messageboxes.h"
#include "secretclipboard.h"
#include "signingsecrets.h"
#include "tonecolours.h"
#include "urldisplay.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QLoggingCategory>
#include <QPushButton>

namespace {
// Logs endpoint ids only, never the secret.
Q_LOGGING_CATEGORY(lcSecretDialog, "odwh.ui.secret")

const QChar WarningSign(0x26A0); // ⚠
const QChar CheckSign(0x2713); // ✓
} // namespace

SigningSecretDialog::SigningSecretDialog(const CreatedWebhook &created, SecretClipboard *clipboard,
                                         SigningSecrets *secrets, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SigningSecretDialog>()), m_created(created), m_clipboard(clipboard),
      m_secrets(secrets)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Signing Secret of the New Endpoint"));
    m_ui->introLabel->setText(tr("The endpoint %1 was created. Receivers use its signing secret to check the "
                                 "X-OptimalDial-Signature header of every delivery.")
                                  .arg(UrlDisplay::forDisplay(created.webhook.url)));
    m_ui->warningLabel->setText(WarningSign + QLatin1Char(' ')
                                + tr("This is the only time the secret is shown: OptimalDial cannot show it again. "
                                     "If it is lost, delete the endpoint and create a new one."));
    QFont bold = m_ui->warningLabel->font();
    bold.setBold(true);
    m_ui->warningLabel->setFont(bold);
    ToneColours::setTone(m_ui->warningLabel, ToneColours::Tone::Warning, palette());

    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->secretEdit->setFont(mono);
    m_ui->secretEdit->setText(created.secret);
    m_ui->secretEdit->setMinimumWidth(m_ui->secretEdit->fontMetrics().horizontalAdvance(created.secret) + 16);
    m_ui->secretEdit->setCursorPosition(0);
    m_ui->secretEdit->setToolTip(tr("Select it, or press Copy"));
    m_ui->copyButton->setToolTip(
        tr("Copy the secret; the clipboard is cleared after %n second(s) if it still holds it", nullptr,
           (clipboard ? clipboard->clearAfterMs() : SecretClipboard::DefaultClearAfterMs) / 1000));
    m_ui->copyStatus->hide();
    m_ui->keepStatus->hide();
    m_ui->keepCheck->setVisible(secrets != nullptr);
    m_ui->keepCheck->setToolTip(tr("Stored under this endpoint's id; the details pane can copy it later, and "
                                   "deleting the endpoint removes it."));

    m_closeButton = m_ui->buttonBox->addButton(tr("Close"), QDialogButtonBox::AcceptRole);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    m_closeButton->setAccessibleName(tr("Close"));
    m_closeButton->setEnabled(false);
    m_closeButton->setToolTip(tr("Tick \u201cI have stored the secret\u201d first"));

    connect(m_ui->copyButton, &QPushButton::clicked, this, &SigningSecretDialog::copy);
    connect(m_ui->keepCheck, &QCheckBox::toggled, this, &SigningSecretDialog::onKeepToggled);
    connect(m_ui->storedCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_closeButton->setEnabled(on);
        m_closeButton->setDefault(on);
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SigningSecretDialog::accept);

    setTabOrder(m_ui->secretEdit, m_ui->copyButton);
    setTabOrder(m_ui->copyButton, m_ui->keepCheck);
    setTabOrder(m_ui->keepCheck, m_ui->storedCheck);
    setTabOrder(m_ui->storedCheck, m_closeButton);
    m_ui->copyButton->setFocus();
    // Wrapped labels need the height for the dialog's width, which the layout's
    // minimum size does not give (it ignores height-for-width).
    const int width = qMax(640,
                           m_ui->secretEdit->minimumWidth() + m_ui->secretLabel->sizeHint().width()
                               + m_ui->copyButton->sizeHint().width() + 48);
    setMinimumWidth(width);
    resize(width, layout()->totalHeightForWidth(width));
}

void SigningSecretDialog::fitToContents()
{
    // A status line that appeared needs room: grow rather than squeeze the wrapped labels.
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > height())
        resize(width(), needed);
}

SigningSecretDialog::~SigningSecretDialog() = default;

bool SigningSecretDialog::isConfirmed() const { return m_ui->storedCheck->isChecked(); }

void SigningSecretDialog::copy()
{
    if (!m_clipboard)
        return;
    m_clipboard->copy(m_created.secret);
    m_copied = true;
    m_ui->copyStatus->setText(CheckSign + QLatin1Char(' ')
                              + tr("Copied. The clipboard is cleared in %n second(s) if it still holds the secret.",
                                   nullptr, m_clipboard->clearAfterMs() / 1000));
    m_ui->copyStatus->show();
    fitToContents();
}

void SigningSecretDialog::showKeepStatus(const QString &text, bool error)
{
    m_ui->keepStatus->setText((error ? WarningSign : CheckSign) + QLatin1Char(' ') + text);
    ToneColours::setTone(m_ui->keepStatus, error ? ToneColours::Tone::Error : ToneColours::Tone::Normal, palette());
    m_ui->keepStatus->show();
    fitToContents();
}

void SigningSecretDialog::onKeepToggled(bool keep)
{
    if (m_settingKeep || !m_secrets)
        return;
    const QString id = m_created.webhook.id;
    m_ui->keepCheck->setEnabled(false);
    auto done = [this, keep, id](const SigningSecrets::Result &result) {
        m_ui->keepCheck->setEnabled(true);
        if (!result.ok()) {
            qCInfo(lcSecretDialog) << "keychain step for" << id << "failed";
            m_settingKeep = true;
            m_ui->keepCheck->setChecked(!keep);
            m_settingKeep = false;
            showKeepStatus(result.message, true);
            return;
        }
        showKeepStatus(keep ? tr("Kept in the system keychain. The details pane offers \u201c"
                                 "Copy signing secret\u201d "
                                 "for this endpoint.")
                            : tr("Removed from the system keychain."),
                       false);
        emit keptChanged(id, keep);
    };
    if (keep)
        m_secrets->keep(id, m_created.secret, this, done);
    else
        m_secrets->forget(id, this, done);
}

void SigningSecretDialog::accept()
{
    if (!isConfirmed())
        return;
    QDialog::accept();
}

void SigningSecretDialog::reject()
{
    if (isConfirmed()) {
        QDialog::accept();
        return;
    }
    if (!m_copied) {
        const auto answer = MessageBoxes::question(
            this, tr("Close Without the Secret?"),
            tr("You have not copied the signing secret or confirmed that you stored it. It cannot be shown again. "
               "Close anyway?"),
            {{QMessageBox::Close, tr("Close &Anyway")}, {QMessageBox::Cancel, tr("&Back to the Secret")}},
            QMessageBox::Cancel);
        if (answer != QMessageBox::Close)
            return;
    }
    QDialog::reject();
}
