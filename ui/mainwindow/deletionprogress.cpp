#include "deletionprogress.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

DeletionProgress::DeletionProgress(int total, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("deletionProgress"));
    setWindowTitle(tr("Deleting Endpoints"));
    setWindowModality(Qt::WindowModal);
    auto *layout = new QVBoxLayout(this);
    m_text = new QLabel(this);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setMinimumWidth(420);
    m_bar = new QProgressBar(this);
    m_bar->setRange(0, total);
    m_bar->setValue(0);
    m_bar->setFormat(tr("%v of %m"));
    m_bar->setAccessibleName(tr("Endpoints deleted so far"));
    m_note = new QLabel(this);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    m_note->hide();
    auto *buttons = new QDialogButtonBox(this);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setAccessibleName(tr("Cancel deleting"));
    m_cancel->setToolTip(tr("Stop deleting; the endpoints not deleted yet are kept (Esc)"));
    layout->addWidget(m_text);
    layout->addWidget(m_bar);
    layout->addWidget(m_note);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &DeletionProgress::reject);
}

void DeletionProgress::setRow(int done, const QString &text)
{
    m_bar->setValue(done);
    m_text->setText(text);
    m_bar->setAccessibleDescription(text);
    m_note->hide();
}

void DeletionProgress::setNote(const QString &text)
{
    m_note->setText(text);
    m_note->show();
}

QString DeletionProgress::text() const { return m_text->text(); }

void DeletionProgress::finish()
{
    m_finished = true;
    close();
}

void DeletionProgress::reject()
{
    if (m_finished) {
        QDialog::reject();
        return;
    }
    m_cancel->setEnabled(false);
    emit cancelRequested();
}
