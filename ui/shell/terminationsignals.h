#pragma once

#include <QObject>

class QSocketNotifier;

// SIGTERM (a session logout, `kill`), SIGINT (Ctrl+C in a terminal) and SIGHUP (the
// terminal closed) reach the event loop as received(), so that the app quits as from
// File > Quit (Qt closes the windows first: the window's state is saved, and changes still
// being sent ask before they are stopped) instead of dying where it stands. The handler only
// writes the signal's number to a pipe (the one thing that is safe in a signal handler);
// a QSocketNotifier reads it on the GUI thread. One instance per process; on platforms
// without POSIX signals it never emits.
class TerminationSignals : public QObject
{
    Q_OBJECT

public:
    explicit TerminationSignals(QObject *parent = nullptr);
    ~TerminationSignals() override;

signals:
    void received(int signalNumber);

private:
    void readPipe();

    QSocketNotifier *m_notifier = nullptr;
};
