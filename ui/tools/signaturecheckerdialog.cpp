#include "signaturecheckerdialog.h"
#include "ui_signaturecheckerdialog.h"

#include "signaturecheck.h"

#include <QFontDatabase>
#include <QPushButton>
#include <QStyle>
#include <QTextDocument>

SignatureCheckerDialog::SignatureCheckerDialog(QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::SignatureCheckerDialog>()),
      m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    ui->setupUi(this);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    ui->secretEdit->setFont(mono);
    ui->headerEdit->setFont(mono);
    ui->bodyEdit->setFont(mono);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    ui->resultIcon->setFixedSize(iconSize, iconSize);

    m_checkButton = ui->buttonBox->addButton(tr("Chec&k"), QDialogButtonBox::ActionRole);
    m_checkButton->setAccessibleName(tr("Check the signature"));
    m_checkButton->setDefault(true);
    ui->buttonBox->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close the signature checker"));
    connect(m_checkButton, &QPushButton::clicked, this, &SignatureCheckerDialog::check);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(ui->showSecretButton, &QToolButton::toggled, this, [this](bool shown) {
        ui->secretEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        ui->showSecretButton->setText(shown ? tr("Hi&de") : tr("Sho&w"));
        ui->showSecretButton->setAccessibleName(shown ? tr("Hide the signing secret") : tr("Show the signing secret"));
    });
    // A result is about what was checked: any edit makes it stale.
    connect(ui->secretEdit, &QLineEdit::textChanged, this, &SignatureCheckerDialog::showPending);
    connect(ui->headerEdit, &QLineEdit::textChanged, this, &SignatureCheckerDialog::showPending);
    connect(ui->bodyEdit, &QPlainTextEdit::textChanged, this, &SignatureCheckerDialog::showPending);
    showPending();
}

SignatureCheckerDialog::~SignatureCheckerDialog() { ui->secretEdit->clear(); }

QByteArray SignatureCheckerDialog::bodyBytes() const
{
    // toRawText, not toPlainText: the latter turns no-break spaces into spaces.
    QString text = ui->bodyEdit->document()->toRawText();
    text.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    text.replace(QChar::LineSeparator, QLatin1Char('\n'));
    return text.toUtf8();
}

void SignatureCheckerDialog::check()
{
    const QByteArray secret = ui->secretEdit->text().trimmed().toUtf8();
    const SignatureCheck::Result result
        = SignatureCheck::check(secret, ui->headerEdit->text().toUtf8(), bodyBytes(), m_clock());
    showResult(result.isValid(), result.text());
}

void SignatureCheckerDialog::showPending()
{
    ui->resultIcon->clear();
    ui->resultIcon->setAccessibleName(QString());
    ui->resultText->setText(tr("Not checked yet: fill in the three fields and press Check."));
}

void SignatureCheckerDialog::showResult(bool valid, const QString &text)
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    const QStyle::StandardPixmap icon = valid ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxCritical;
    ui->resultIcon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
    ui->resultIcon->setAccessibleName(valid ? tr("Valid") : tr("Not valid"));
    ui->resultText->setText(text);
}
