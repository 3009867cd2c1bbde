#pragma once

#include <QDateTime>
#include <QDialog>
#include <functional>
#include <memory>

namespace Ui {
class SignatureCheckerDialog;
}
class QPushButton;

// Tools > Check Webhook Signature: an operator pastes the signing secret, the
// X-OptimalDial-Signature header and the raw body their receiver got, and learns whether the
// signature is valid or exactly why not (SignatureCheck does the checking). Nothing typed here
// is stored, logged, or kept after the dialog closes.
class SignatureCheckerDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SignatureCheckerDialog(QWidget *parent = nullptr);
    ~SignatureCheckerDialog() override;

    // Tests: what "now" is when checking (default: the system clock).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    // The body as the bytes that were signed: the text as UTF-8, line breaks as LF.
    QByteArray bodyBytes() const;

public slots:
    void check();

private:
    void showPending();
    void showResult(bool valid, const QString &text);

    std::unique_ptr<Ui::SignatureCheckerDialog> ui;
    QPushButton *m_checkButton = nullptr;
    std::function<QDateTime()> m_clock;
};
