#pragma once

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;
class WriteQueue;
class WriteWaitLabel;

// The progress of writes made one after another (deleting endpoints, a bulk change): a
// heading ("Switching off 200 endpoints"), the current row, a bar ("12 of 200"), the time
// left and the pace, the server's wait counted down (WriteWaitLabel), and Cancel (or
// Esc), which emits cancelRequested(); whoever writes closes it with finish(). Not
// modal: the table behind it shows each row as it changes.
class BulkProgress : public QDialog
{
    Q_OBJECT

public:
    BulkProgress(int total, WriteQueue *queue, QWidget *parent = nullptr);

    void setHeading(const QString &text);
    void setTotal(int total);
    // `done` rows have their result; `text` says which row is on its way.
    void setRow(int done, const QString &text);
    // The time left and the pace ("About 19 seconds left", "600 changes a minute").
    void setPace(const QString &timeLeft, const QString &rate);
    void setNote(const QString &text);
    QString text() const;
    int done() const;
    // The run ended: closes (Esc and Cancel only ask to stop).
    void finish();

public slots:
    void reject() override;

signals:
    void cancelRequested();

private:
    QLabel *m_heading;
    QLabel *m_text;
    QLabel *m_timeLeft;
    QLabel *m_rate;
    QLabel *m_note;
    WriteWaitLabel *m_wait;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
    bool m_finished = false;
};
