#pragma once

#include <QDialog>

class BulkChange;
class QLabel;
class QPushButton;
class QTableWidget;

// The end of a bulk change: the counts, a sentence when it was cancelled, and one line
// per row (the endpoint, and changed / skipped, already so / failed with the server's
// reason / not sent), the failed ones first. "Retry Failed" writes the failed rows
// again in one click.
class BulkResultDialog : public QDialog
{
    Q_OBJECT

public:
    // On the endpoint column's items: the endpoint's id.
    static constexpr int EndpointIdRole = Qt::UserRole + 1;

    explicit BulkResultDialog(const BulkChange *bulk, QWidget *parent = nullptr);

    // Shows the bulk change's rows as they are now.
    void refresh();
    QPushButton *retryButton() const { return m_retry; }
    QTableWidget *table() const { return m_table; }

signals:
    void retryRequested();

private:
    const BulkChange *m_bulk;
    QLabel *m_summary;
    QTableWidget *m_table;
    QPushButton *m_retry;
};
