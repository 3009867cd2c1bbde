#pragma once

#include "watchpreferences.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

// Edit > Preferences: how often the list is refreshed, when the watch warns, whether
// this profile sends notifications, the tray, and how many writes a minute the server takes. Reads and returns values; whoever
// opened it stores and applies them.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    PreferencesDialog(const WatchPreferences &preferences, int intervalSeconds, int writesPerMinute,
                      const QString &profile, QWidget *parent = nullptr);

    WatchPreferences preferences() const;
    int intervalSeconds() const;
    int writesPerMinute() const;

    // The refresh intervals offered, in seconds (0: off), the View menu's too.
    static QList<int> intervalChoices();
    static QString intervalText(int seconds);

private:
    void updateTrayOptions();

    QComboBox *m_interval;
    QSpinBox *m_threshold;
    QSpinBox *m_writeLimit;
    QCheckBox *m_notifications;
    QCheckBox *m_showInTray;
    QCheckBox *m_keepRunning;
    QCheckBox *m_minimize;
};
