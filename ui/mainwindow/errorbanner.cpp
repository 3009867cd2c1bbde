#include "errorbanner.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace {

// Assistive technology sees the banner as an alert (AT-SPI "alert"), which screen
// readers announce as it appears, with its title as name and its message as description.
QAccessibleInterface *alertFactory(const QString &className, QObject *object)
{
    if (className == QLatin1String("ErrorBanner") && object && object->isWidgetType())
        return new QAccessibleWidget(static_cast<QWidget *>(object), QAccessible::AlertMessage);
    return nullptr;
}

} // namespace

ErrorBanner::ErrorBanner(QWidget *parent) : QFrame(parent)
{
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(alertFactory);
        return true;
    }();
    Q_UNUSED(factoryInstalled)
    setObjectName(QStringLiteral("errorBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    // A red tint over the palette's window colour: readable on light and dark themes.
    QPalette pal = palette();
    const QColor base = pal.color(QPalette::Window);
    const QColor red(220, 50, 47);
    pal.setColor(QPalette::Window, QColor::fromRgbF(base.redF() * 0.8 + red.redF() * 0.2, base.greenF() * 0.8 + red.greenF() * 0.2,
                                                    base.blueF() * 0.8 + red.blueF() * 0.2));
    setPalette(pal);

    m_icon = new QLabel(this);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(24, 24));
    m_label = new QLabel(this);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setTextFormat(Qt::PlainText);
    m_retry = new QPushButton(tr("&Retry"), this);
    m_retry->setAccessibleName(tr("Retry loading the endpoints"));
    m_copy = new QPushButton(tr("&Copy Details"), this);
    m_copy->setToolTip(tr("Copy the whole message, with the server's full text, for a report"));
    m_dismiss = new QPushButton(tr("Dismiss"), this);
    m_dismiss->setAccessibleName(tr("Dismiss the error message"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_retry, 0, Qt::AlignVCenter);
    layout->addWidget(m_copy, 0, Qt::AlignVCenter);
    layout->addWidget(m_dismiss, 0, Qt::AlignVCenter);

    connect(m_retry, &QPushButton::clicked, this, &ErrorBanner::retryRequested);
    connect(m_copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_details); });
    connect(m_dismiss, &QPushButton::clicked, this, &QWidget::hide);
    hide();
}

void ErrorBanner::showMessage(const QString &title, const QString &message, bool canRetry, const QString &details)
{
    m_details = details;
    m_copy->setVisible(!details.isEmpty());
    //: Error banner: the error's short title, then its message
    m_label->setText(tr("%1: %2").arg(title, message));
    setAccessibleName(title);
    setAccessibleDescription(message);
    m_retry->setVisible(canRetry);
    show();
    QAccessibleEvent alert(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
    // Focus comes to the banner when it has nowhere better to be (nothing focused, or it
    // was on the banner's own Retry); otherwise the banner waits one Shift+Tab away from
    // the table, announced, without taking the keyboard from what the user is doing.
    QWidget *focus = window()->focusWidget();
    if (!focus || !focus->isVisible() || isAncestorOf(focus))
        (m_retry->isVisible() ? m_retry : m_dismiss)->setFocus(Qt::OtherFocusReason);
}

QString ErrorBanner::text() const { return m_label->text(); }
