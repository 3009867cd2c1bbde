#pragma once

#include <QObject>

class QHeaderView;
class QMainWindow;
class QSplitter;
class QTimer;

// Remembers the main window's geometry, docks and toolbars, the splitter and the table's
// columns in QSettings: restored at start, saved a moment after the user changes them
// and when the session ends (quit, logout, a termination signal that ends the event
// loop), not only when the window is closed.
class WindowStateKeeper : public QObject
{
    Q_OBJECT

public:
    // How long after the last change the state is written.
    static constexpr int SaveDelayMs = 1000;

    WindowStateKeeper(QMainWindow *window, QSplitter *splitter, QHeaderView *header);

    // Puts back what was saved; false where nothing was (a first run: the caller sizes).
    bool restoreWindow();
    bool restoreSplitter();
    bool restoreColumns();
    // Writes now (and forgets a pending write).
    void save();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void scheduleSave();

    QMainWindow *m_window;
    QSplitter *m_splitter;
    QHeaderView *m_header;
    QTimer *m_delay;
    bool m_restoring = false;
};
