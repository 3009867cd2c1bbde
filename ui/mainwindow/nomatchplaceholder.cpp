#include "nomatchplaceholder.h"

#include <QAbstractScrollArea>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

// A pasted paragraph in the search field is shown by its start and end, in about this
// many average characters.
constexpr int ShownSearchCharacters = 48;

} // namespace

NoMatchPlaceholder::NoMatchPlaceholder(QAbstractScrollArea *view) : QWidget(view->viewport())
{
    setObjectName(QStringLiteral("noMatchPlaceholder"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("noMatchTitle"));
    m_title->setTextFormat(Qt::PlainText); // the user's search text is never markup
    m_title->setWordWrap(true);
    m_title->setAlignment(Qt::AlignCenter);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_title->setFont(big);
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("noMatchFilters"));
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setWordWrap(true);
    m_detail->setAlignment(Qt::AlignCenter);
    m_clearSearch = new QPushButton(tr("Clear Search"), this);
    m_clearSearch->setObjectName(QStringLiteral("noMatchClearSearch"));
    m_clearFilters = new QPushButton(tr("Clear Filters"), this);
    m_clearFilters->setObjectName(QStringLiteral("noMatchClearFilters"));
    connect(m_clearSearch, &QPushButton::clicked, this, &NoMatchPlaceholder::clearSearchRequested);
    connect(m_clearFilters, &QPushButton::clicked, this, &NoMatchPlaceholder::clearFiltersRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_clearSearch);
    buttons->addWidget(m_clearFilters);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_title);
    layout->addWidget(m_detail);
    layout->addSpacing(6);
    layout->addLayout(buttons);
    layout->addStretch(2);

    view->viewport()->installEventFilter(this);
    setGeometry(view->viewport()->rect());
    hide();
}

void NoMatchPlaceholder::showFor(const QString &searchText, const QStringList &activeFilters)
{
    const QFontMetrics metrics = m_title->fontMetrics();
    const QString shown
        = metrics.elidedText(searchText, Qt::ElideMiddle, ShownSearchCharacters * metrics.averageCharWidth());
    m_title->setText(searchText.isEmpty() ? tr("No endpoint passes the filters")
                                          //: The search text between quotation marks of the language
                                          : tr("No endpoint matches \u201c%1\u201d").arg(shown));
    //: The filters on, as a list: "Failing and Subscribed to Upload failed"
    m_detail->setText(activeFilters.isEmpty() ? QString() : tr("Filters on: %1").arg(QLocale().createSeparatedList(activeFilters)));
    m_detail->setVisible(!activeFilters.isEmpty());
    m_clearSearch->setVisible(!searchText.isEmpty());
    m_clearFilters->setVisible(!activeFilters.isEmpty());
    show();
    raise();
}

QString NoMatchPlaceholder::text() const
{
    return m_detail->text().isEmpty() ? m_title->text() : m_title->text() + QLatin1Char('\n') + m_detail->text();
}

bool NoMatchPlaceholder::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}
