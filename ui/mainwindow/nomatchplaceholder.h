#pragma once

#include <QWidget>

class QAbstractScrollArea;
class QLabel;
class QPushButton;

// Over the endpoint table's rows when the search or the filters hide every one: says so
// ("No endpoint matches “zurich”", and which filters are on) with a button to clear each.
// Not for an empty list: that table is simply empty (or the loading placeholder stands
// in its place). Covers the view's viewport, so the column headers stay in view.
class NoMatchPlaceholder : public QWidget
{
    Q_OBJECT

public:
    explicit NoMatchPlaceholder(QAbstractScrollArea *view);

    // Shown for a search text (may be empty) and the filters on (one phrase each).
    void showFor(const QString &searchText, const QStringList &activeFilters);
    QString text() const;

signals:
    void clearSearchRequested();
    void clearFiltersRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLabel *m_title;
    QLabel *m_detail;
    QPushButton *m_clearSearch;
    QPushButton *m_clearFilters;
};
