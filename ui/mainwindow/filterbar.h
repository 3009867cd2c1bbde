#pragma once

#include "endpointfilterproxymodel.h"

#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLineEdit;
class QToolButton;

// The search field, the quick filters (All / Failing / Disabled / Inactive) with counts,
// and the event filter (Events: any / one event type).
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBar(QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    void setCounts(int all, int failing, int disabled, int inactive);
    void focusSearch();
    QString searchText() const;
    // What the quick filter and event filter hold back, one phrase each ("Failing",
    // "Subscribed to Upload failed"); empty when they show everything.
    QStringList activeFilters() const;

public slots:
    void clearSearch();
    // All, and any event.
    void clearFilters();

signals:
    void searchTextChanged(const QString &text);
    void quickFilterChanged(EndpointFilterProxyModel::QuickFilter filter);
    void eventFilterChanged(EventTypes events);

protected:
    void changeEvent(QEvent *event) override;

private:
    QToolButton *addFilterButton(EndpointFilterProxyModel::QuickFilter filter, const QString &objectName);

    QLineEdit *m_search;
    QButtonGroup *m_group;
    QToolButton *m_all;
    QToolButton *m_failing;
    QToolButton *m_disabled;
    QToolButton *m_inactive;
    QComboBox *m_events;
};
