#include "trayicon.h"

#include "traybadge.h"

#include <QMenu>
#include <QSystemTrayIcon>

namespace {
// The sizes a tray asks for; the app's icon is rendered at each once (it is an SVG).
QIcon renderedOnce(const QIcon &icon)
{
    QIcon rendered;
    for (int size : TrayBadge::Sizes)
        rendered.addPixmap(icon.pixmap(size, size));
    return rendered;
}
} // namespace

TrayIcon::TrayIcon(const QIcon &appIcon, QObject *parent)
    : QObject(parent), m_appIcon(renderedOnce(appIcon)), m_tray(new QSystemTrayIcon(this)), m_menu(new QMenu)
{
    QAction *show = m_menu->addAction(tr("&Show"));
    show->setObjectName(QStringLiteral("trayShowAction"));
    connect(show, &QAction::triggered, this, &TrayIcon::showRequested);
    QAction *refresh = m_menu->addAction(tr("&Refresh"));
    refresh->setObjectName(QStringLiteral("trayRefreshAction"));
    connect(refresh, &QAction::triggered, this, &TrayIcon::refreshRequested);
    m_menu->addSeparator();
    QAction *quit = m_menu->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("trayQuitAction"));
    connect(quit, &QAction::triggered, this, &TrayIcon::quitRequested);
    m_tray->setContextMenu(m_menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            emit showRequested();
    });
    update();
}

TrayIcon::~TrayIcon() { delete m_menu; }

void TrayIcon::setVisible(bool visible)
{
    if (visible && !m_tray->isVisible())
        m_tray->setIcon(TrayBadge::withCount(m_appIcon, badgeCount()));
    m_tray->setVisible(visible);
}

bool TrayIcon::isVisible() const { return m_tray->isVisible() && QSystemTrayIcon::isSystemTrayAvailable(); }

void TrayIcon::setCounts(int failing, int disabled)
{
    if (failing == m_failing && disabled == m_disabled)
        return;
    m_failing = failing;
    m_disabled = disabled;
    update();
}

void TrayIcon::setTitle(const QString &title)
{
    m_title = title;
    update();
}

QString TrayIcon::toolTip() const
{
    QStringList lines;
    if (!m_title.isEmpty())
        lines << m_title;
    lines << tr("%n endpoint(s) failing", nullptr, m_failing)
          << tr("%n endpoint(s) disabled by the server", nullptr, m_disabled);
    return lines.join(QLatin1Char('\n'));
}

void TrayIcon::update()
{
    if (m_tray->isVisible() || m_tray->icon().isNull())
        m_tray->setIcon(TrayBadge::withCount(m_appIcon, badgeCount()));
    m_tray->setToolTip(toolTip());
}
