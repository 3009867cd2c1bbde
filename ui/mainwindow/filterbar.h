#pragma once

#include "endpointfilterproxymodel.h"

#include <QWidget>

class QButtonGroup;
class QLineEdit;
class QToolButton;

// The search field and the quick filters (All / Failing / Disabled / Inactive) with counts.
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBar(QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    void setCounts(int all, int failing, int disabled, int inactive);
    void focusSearch();

signals:
    void searchTextChanged(const QString &text);
    void quickFilterChanged(EndpointFilterProxyModel::QuickFilter filter);

private:
    QToolButton *addFilterButton(EndpointFilterProxyModel::QuickFilter filter, const QString &objectName);

    QLineEdit *m_search;
    QButtonGroup *m_group;
    QToolButton *m_all;
    QToolButton *m_failing;
    QToolButton *m_disabled;
    QToolButton *m_inactive;
};
