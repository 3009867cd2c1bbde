#include "bulkprogress.h"

#include "writewaitlabel.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

BulkProgress::BulkProgress(int total, WriteQueue *queue, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("bulkProgress"));
    setWindowModality(Qt::NonModal);
    auto *layout = new QVBoxLayout(this);
    auto plainLabel = [this](const QString &name) {
        auto *label = new QLabel(this);
        label->setObjectName(name);
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        return label;
    };
    m_heading = plainLabel(QStringLiteral("heading"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_heading->hide();
    m_text = plainLabel(QStringLiteral("rowText"));
    m_text->setMinimumWidth(460);
    m_bar = new QProgressBar(this);
    m_bar->setRange(0, total);
    m_bar->setValue(0);
    //: The progress bar of several changes, e.g. "12 of 200"
    m_bar->setFormat(tr("%v of %m"));
    m_bar->setAccessibleName(tr("Endpoints done so far"));
    m_timeLeft = plainLabel(QStringLiteral("timeLeft"));
    m_timeLeft->setWordWrap(false);
    m_rate = plainLabel(QStringLiteral("rate"));
    m_rate->setWordWrap(false);
    m_rate->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *pace = new QHBoxLayout;
    pace->addWidget(m_timeLeft, 1);
    pace->addWidget(m_rate);
    m_wait = new WriteWaitLabel(queue, this);
    m_note = plainLabel(QStringLiteral("note"));
    m_note->hide();
    auto *buttons = new QDialogButtonBox(this);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setAccessibleName(tr("Cancel the remaining changes"));
    m_cancel->setToolTip(tr("Stop before the next change; what was changed stays changed (Esc)"));
    layout->addWidget(m_heading);
    layout->addWidget(m_text);
    layout->addWidget(m_bar);
    layout->addLayout(pace);
    layout->addWidget(m_wait);
    layout->addWidget(m_note);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &BulkProgress::reject);
}

void BulkProgress::setHeading(const QString &text)
{
    m_heading->setText(text);
    m_heading->setVisible(!text.isEmpty());
}

void BulkProgress::setTotal(int total) { m_bar->setRange(0, total); }

void BulkProgress::setRow(int done, const QString &text)
{
    m_bar->setValue(done);
    m_text->setText(text);
    m_text->setVisible(!text.isEmpty());
    m_bar->setAccessibleDescription(text);
}

void BulkProgress::setPace(const QString &timeLeft, const QString &rate)
{
    m_timeLeft->setText(timeLeft);
    m_rate->setText(rate);
}

void BulkProgress::setNote(const QString &text)
{
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
}

QString BulkProgress::text() const { return m_text->text(); }

int BulkProgress::done() const { return m_bar->value(); }

void BulkProgress::finish()
{
    m_finished = true;
    close();
}

void BulkProgress::reject()
{
    if (m_finished) {
        QDialog::reject();
        return;
    }
    m_cancel->setEnabled(false);
    emit cancelRequested();
}
