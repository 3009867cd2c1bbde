#include "filterbar.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QButtonGroup>
#include <QHBoxLayout>
#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QToolButton>

namespace {

const char QuickFilterProperty[] = "odwhQuickFilter";

// A quick filter is a toggle button (pressed or not), not a check box, which is what Qt
// makes of every checkable button: the role says "button", the state says whether it
// is on, and pressing it is the one action.
class QuickFilterAccessible : public QAccessibleWidget
{
public:
    explicit QuickFilterAccessible(QToolButton *button) : QAccessibleWidget(button, QAccessible::Button)
    {
        addControllingSignal(QStringLiteral("toggled(bool)"));
    }

    QAccessible::State state() const override
    {
        QAccessible::State s = QAccessibleWidget::state();
        s.checkable = true;
        s.checked = button()->isChecked();
        s.pressed = button()->isChecked();
        return s;
    }

    QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Name && widget()->accessibleName().isEmpty())
            return button()->text();
        return QAccessibleWidget::text(t);
    }

    QStringList actionNames() const override { return {pressAction(), toggleAction()}; }

    void doAction(const QString &name) override
    {
        if (name == pressAction() || name == toggleAction())
            button()->click();
    }

private:
    QToolButton *button() const { return static_cast<QToolButton *>(widget()); }
};

QAccessibleInterface *quickFilterFactory(const QString &className, QObject *object)
{
    if (className == QLatin1String("QToolButton") && object && object->property(QuickFilterProperty).toBool())
        return new QuickFilterAccessible(static_cast<QToolButton *>(object));
    return nullptr;
}

// The search field's hint in a palette where it reads: some themes (KDE's colour scheme
// as Qt 6.4 reads it) leave the placeholder colour of a light palette on a dark field.
// Then it is the text colour half-way to the field's.
void keepPlaceholderReadable(QLineEdit *field)
{
    QPalette palette = field->palette();
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const QColor hint = palette.color(QPalette::PlaceholderText);
    const int contrast = qAbs(hint.lightness() - base.lightness()) * hint.alphaF();
    if (contrast >= qAbs(text.lightness() - base.lightness()) / 3)
        return;
    palette.setColor(QPalette::PlaceholderText,
                     QColor::fromRgbF(text.redF() * 0.6f + base.redF() * 0.4f, text.greenF() * 0.6f + base.greenF() * 0.4f,
                                      text.blueF() * 0.6f + base.blueF() * 0.4f));
    field->setPalette(palette);
}

} // namespace

FilterBar::FilterBar(QWidget *parent) : QWidget(parent)
{
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(quickFilterFactory);
        return true;
    }();
    Q_UNUSED(factoryInstalled)
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search URL, description, id or event (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search endpoints"));
    m_search->setMinimumWidth(280);
    keepPlaceholderReadable(m_search);
    // The clear button is Qt's own, with no name; a screen reader says what it does.
    for (QAction *action : m_search->actions()) {
        action->setText(tr("Clear search"));
        action->setToolTip(tr("Clear the search (Esc)"));
    }
    for (QToolButton *button : m_search->findChildren<QToolButton *>())
        button->setAccessibleName(tr("Clear search"));
    // Escape in the field clears it.
    auto *clear = new QShortcut(QKeySequence(Qt::Key_Escape), m_search, nullptr, nullptr, Qt::WidgetShortcut);
    connect(clear, &QShortcut::activated, m_search, &QLineEdit::clear);

    m_group = new QButtonGroup(this);
    m_group->setExclusive(true);
    m_all = addFilterButton(EndpointFilterProxyModel::QuickFilter::All, QStringLiteral("filterAll"));
    m_failing = addFilterButton(EndpointFilterProxyModel::QuickFilter::Failing, QStringLiteral("filterFailing"));
    m_disabled = addFilterButton(EndpointFilterProxyModel::QuickFilter::Disabled, QStringLiteral("filterDisabled"));
    m_inactive = addFilterButton(EndpointFilterProxyModel::QuickFilter::Inactive, QStringLiteral("filterInactive"));
    m_all->setChecked(true);
    setCounts(0, 0, 0, 0);

    m_events = new QComboBox(this);
    m_events->setObjectName(QStringLiteral("eventFilter"));
    //: Event filter: endpoints subscribed to any event (no filter)
    m_events->addItem(tr("Any"), 0);
    for (const EventType type : EventTypeNames::all()) {
        m_events->addItem(EventTypeNames::label(type), int(type));
        m_events->setItemData(m_events->count() - 1, EventTypeNames::toWire(type), Qt::ToolTipRole);
    }
    m_events->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_events->setAccessibleName(tr("Subscribed event"));
    m_events->setToolTip(tr("Show only the endpoints subscribed to this event"));
    auto *eventsLabel = new QLabel(tr("Event&s:"), this);
    eventsLabel->setBuddy(m_events);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_search, 1);
    layout->addSpacing(12);
    for (QToolButton *b : {m_all, m_failing, m_disabled, m_inactive})
        layout->addWidget(b);
    layout->addSpacing(12);
    layout->addWidget(eventsLabel);
    layout->addWidget(m_events);

    connect(m_search, &QLineEdit::textChanged, this, &FilterBar::searchTextChanged);
    connect(m_group, &QButtonGroup::idClicked, this,
            [this](int id) { emit quickFilterChanged(static_cast<EndpointFilterProxyModel::QuickFilter>(id)); });
    connect(m_events, &QComboBox::currentIndexChanged, this,
            [this] { emit eventFilterChanged(EventTypes::fromInt(m_events->currentData().toInt())); });
}

QToolButton *FilterBar::addFilterButton(EndpointFilterProxyModel::QuickFilter filter, const QString &objectName)
{
    auto *b = new QToolButton(this);
    b->setProperty(QuickFilterProperty, true); // before anything asks for its accessible interface
    b->setObjectName(objectName);
    b->setCheckable(true);
    b->setAutoRaise(true);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_group->addButton(b, static_cast<int>(filter));
    return b;
}

void FilterBar::setCounts(int all, int failing, int disabled, int inactive)
{
    m_all->setText(tr("All (%1)").arg(all));
    m_failing->setText(tr("Failing (%1)").arg(failing));
    m_disabled->setText(tr("Disabled (%1)").arg(disabled));
    m_inactive->setText(tr("Inactive (%1)").arg(inactive));
    m_all->setAccessibleName(tr("Show all endpoints (%1)").arg(all));
    m_failing->setAccessibleName(tr("Show failing endpoints (%1)").arg(failing));
    m_disabled->setAccessibleName(tr("Show endpoints disabled by the server (%1)").arg(disabled));
    m_inactive->setAccessibleName(tr("Show inactive endpoints (%1)").arg(inactive));
}

void FilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        keepPlaceholderReadable(m_search);
    QWidget::changeEvent(event);
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

QString FilterBar::searchText() const { return m_search->text().trimmed(); }

QStringList FilterBar::activeFilters() const
{
    QStringList filters;
    switch (static_cast<EndpointFilterProxyModel::QuickFilter>(m_group->checkedId())) {
    case EndpointFilterProxyModel::QuickFilter::All: break;
    case EndpointFilterProxyModel::QuickFilter::Failing: filters << tr("Failing"); break;
    case EndpointFilterProxyModel::QuickFilter::Disabled: filters << tr("Disabled by the server"); break;
    case EndpointFilterProxyModel::QuickFilter::Inactive: filters << tr("Inactive"); break;
    }
    if (m_events->currentIndex() > 0)
        //: An active filter: endpoints subscribed to this event type, e.g. "Upload failed"
        filters << tr("Subscribed to %1").arg(m_events->currentText());
    return filters;
}

void FilterBar::clearSearch() { m_search->clear(); }

void FilterBar::clearFilters()
{
    if (!m_all->isChecked()) {
        m_all->setChecked(true);
        emit quickFilterChanged(EndpointFilterProxyModel::QuickFilter::All);
    }
    m_events->setCurrentIndex(0);
}
