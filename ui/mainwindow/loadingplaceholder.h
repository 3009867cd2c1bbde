#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

// Stands where the endpoint table will be while the first list is on its way: a large
// list over a slow link takes a while, and a blank table would look empty or broken.
// Says how much has arrived (and of how much, when the server said).
class LoadingPlaceholder : public QWidget
{
    Q_OBJECT

public:
    explicit LoadingPlaceholder(QWidget *parent = nullptr);

    // Nothing received yet.
    void restart();
    // `total` < 0: not announced.
    void setProgress(qint64 received, qint64 total);
    QString text() const;

private:
    QLabel *m_title;
    QLabel *m_detail;
    QProgressBar *m_bar;
};
