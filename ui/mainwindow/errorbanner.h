#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

// A non-modal strip above the table: what went wrong, in the server's words,
// with Retry, Copy Details (the whole text, for a report) and Dismiss. Never a
// silent empty table.
class ErrorBanner : public QFrame
{
    Q_OBJECT

public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    // `details`: what Copy Details puts on the clipboard; no button when empty.
    void showMessage(const QString &title, const QString &message, bool canRetry, const QString &details = {});
    QString text() const;

signals:
    void retryRequested();

private:
    QLabel *m_icon;
    QLabel *m_label;
    QPushButton *m_retry;
    QPushButton *m_copy;
    QString m_details;
    QPushButton *m_dismiss;
};
