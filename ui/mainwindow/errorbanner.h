#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

// A non-modal strip above the table: what went wrong, in the server's words,
// with Retry and Dismiss. Never a silent empty table.
class ErrorBanner : public QFrame
{
    Q_OBJECT

public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    void showMessage(const QString &title, const QString &message, bool canRetry);
    QString text() const;

signals:
    void retryRequested();

private:
    QLabel *m_icon;
    QLabel *m_label;
    QPushButton *m_retry;
    QPushButton *m_dismiss;
};
