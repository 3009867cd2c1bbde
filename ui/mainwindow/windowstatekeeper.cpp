#include "windowstatekeeper.h"

#include <QEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMainWindow>
#include <QScopedValueRollback>
#include <QSessionManager>
#include <QSettings>
#include <QSplitter>
#include <QTimer>

namespace {
const QLatin1String GeometryKey("mainWindow/geometry");
const QLatin1String StateKey("mainWindow/state");
const QLatin1String SplitterKey("mainWindow/splitter");
const QLatin1String HeaderKey("mainWindow/header");
} // namespace

WindowStateKeeper::WindowStateKeeper(QMainWindow *window, QSplitter *splitter, QHeaderView *header)
    : QObject(window), m_window(window), m_splitter(splitter), m_header(header), m_delay(new QTimer(this))
{
    m_delay->setSingleShot(true);
    m_delay->setInterval(SaveDelayMs);
    connect(m_delay, &QTimer::timeout, this, &WindowStateKeeper::save);
    window->installEventFilter(this);
    connect(splitter, &QSplitter::splitterMoved, this, &WindowStateKeeper::scheduleSave);
    connect(header, &QHeaderView::sectionResized, this, &WindowStateKeeper::scheduleSave);
    connect(header, &QHeaderView::sectionMoved, this, &WindowStateKeeper::scheduleSave);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &WindowStateKeeper::scheduleSave);
    // The session ends: the desktop asks to save (logout), or the event loop is left.
    connect(qGuiApp, &QGuiApplication::commitDataRequest, this, [this](QSessionManager &) { save(); });
    connect(qGuiApp, &QCoreApplication::aboutToQuit, this, &WindowStateKeeper::save);
}

bool WindowStateKeeper::restoreWindow()
{
    const QSettings settings;
    const QScopedValueRollback<bool> restoring(m_restoring, true);
    if (!settings.contains(GeometryKey))
        return false;
    m_window->restoreGeometry(settings.value(GeometryKey).toByteArray());
    m_window->restoreState(settings.value(StateKey).toByteArray());
    return true;
}

bool WindowStateKeeper::restoreSplitter()
{
    const QSettings settings;
    const QScopedValueRollback<bool> restoring(m_restoring, true);
    return settings.contains(SplitterKey) && m_splitter->restoreState(settings.value(SplitterKey).toByteArray());
}

bool WindowStateKeeper::restoreColumns()
{
    const QSettings settings;
    const QScopedValueRollback<bool> restoring(m_restoring, true);
    return settings.contains(HeaderKey) && m_header->restoreState(settings.value(HeaderKey).toByteArray());
}

void WindowStateKeeper::save()
{
    m_delay->stop();
    QSettings settings;
    settings.setValue(GeometryKey, m_window->saveGeometry());
    settings.setValue(StateKey, m_window->saveState());
    settings.setValue(SplitterKey, m_splitter->saveState());
    settings.setValue(HeaderKey, m_header->saveState());
}

bool WindowStateKeeper::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && (event->type() == QEvent::Resize || event->type() == QEvent::Move
                                || event->type() == QEvent::WindowStateChange))
        scheduleSave();
    return QObject::eventFilter(watched, event);
}

void WindowStateKeeper::scheduleSave()
{
    if (!m_restoring && m_window->isVisible())
        m_delay->start();
}
