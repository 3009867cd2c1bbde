#pragma once

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;

// The progress of deleting endpoints one after another: "Deleting 2 of 5: <url>", a bar,
// and Cancel (or Esc), which emits cancelRequested(); whoever deletes closes it.
class DeletionProgress : public QDialog
{
    Q_OBJECT

public:
    explicit DeletionProgress(int total, QWidget *parent = nullptr);

    void setRow(int done, const QString &text);
    void setNote(const QString &text);
    QString text() const;
    // The run ended: closes (Esc and Cancel only ask to stop).
    void finish();

public slots:
    void reject() override;

signals:
    void cancelRequested();

private:
    QLabel *m_text;
    QLabel *m_note;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
    bool m_finished = false;
};
