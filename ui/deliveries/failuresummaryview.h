#pragma once

#include "failurepattern.h"

#include <QFrame>

class QLabel;

// The pattern of a failing endpoint, at a glance: when it last worked (relative and
// exact), the run of failures since, the most common error and the most common response
// status among them. Each row is one whole sentence; the server's error is made safe.
class FailureSummaryView : public QFrame
{
    Q_OBJECT

public:
    explicit FailureSummaryView(QWidget *parent = nullptr);

    // Shows `pattern` as of `now` (hidden when it is not failing).
    void showPattern(const FailurePattern &pattern, const QDateTime &now);
    QString text(const QString &field) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    QLabel *addRow(const QString &label, const QString &objectName);

    QLabel *m_title;
    QLabel *m_lastSuccess;
    QLabel *m_run;
    QLabel *m_error;
    QLabel *m_status;
};
