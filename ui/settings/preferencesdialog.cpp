#include "preferencesdialog.h"

#include "webhookendpoint.h"
#include "writelimit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QSystemTrayIcon>
#include <QVBoxLayout>

PreferencesDialog::PreferencesDialog(const WatchPreferences &preferences, int intervalSeconds, int writesPerMinute,
                                     const QString &profile, QWidget *parent)
    : QDialog(parent), m_interval(new QComboBox(this)), m_threshold(new QSpinBox(this)),
      m_writeLimit(new QSpinBox(this)),
      m_notifications(new QCheckBox(this)), m_showInTray(new QCheckBox(tr("Show an icon in the system &tray"), this)),
      m_keepRunning(new QCheckBox(tr("&Keep running in the tray when the window is closed"), this)),
      m_minimize(new QCheckBox(tr("&Minimise to the tray"), this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));

    m_interval->setObjectName(QStringLiteral("intervalCombo"));
    QList<int> choices = intervalChoices();
    if (!choices.contains(intervalSeconds))
        choices.append(intervalSeconds); // set elsewhere: kept as it is
    for (int seconds : choices)
        m_interval->addItem(intervalText(seconds), seconds);
    m_interval->setCurrentIndex(m_interval->findData(intervalSeconds));

    m_threshold->setObjectName(QStringLiteral("thresholdSpin"));
    m_threshold->setRange(1, WebhookEndpoint::AutoDisableThreshold - 1);
    m_threshold->setValue(preferences.threshold);
    auto *thresholdHelp = new QLabel(tr("Notify when an endpoint has failed this many times in a row. "
                                        "The server disables it at %1.")
                                         .arg(WebhookEndpoint::AutoDisableThreshold),
                                     this);
    thresholdHelp->setWordWrap(true);
    thresholdHelp->setEnabled(false); // the palette's secondary text

    m_notifications->setObjectName(QStringLiteral("notificationsCheck"));
    //: %1 is the profile's name
    m_notifications->setText(profile.isEmpty() ? tr("Show desktop &notifications")
                                               : tr("Show desktop &notifications for \u201c%1\u201d").arg(profile));
    m_notifications->setChecked(preferences.notifications);
    m_notifications->setEnabled(!profile.isEmpty());

    m_showInTray->setObjectName(QStringLiteral("showInTrayCheck"));
    m_showInTray->setChecked(preferences.showInTray);
    m_keepRunning->setObjectName(QStringLiteral("keepRunningCheck"));
    m_keepRunning->setChecked(preferences.keepRunningInTray);
    m_minimize->setObjectName(QStringLiteral("minimizeCheck"));
    m_minimize->setChecked(preferences.minimizeToTray);
    connect(m_showInTray, &QCheckBox::toggled, this, &PreferencesDialog::updateTrayOptions);
    updateTrayOptions();

    m_writeLimit->setObjectName(QStringLiteral("writeLimitSpin"));
    m_writeLimit->setRange(WriteLimit::Min, WriteLimit::Max);
    m_writeLimit->setValue(writesPerMinute);
    //: Suffix of the write limit's spin box, e.g. "60 a minute"
    m_writeLimit->setSuffix(tr(" a minute"));
    auto *writeLimitHelp = new QLabel(tr("Changes, creations and deletions are paced to stay within the server's "
                                         "limit per API key (%1 a minute unless your organization has another).")
                                          .arg(WriteLimit::Default),
                                      this);
    writeLimitHelp->setWordWrap(true);
    writeLimitHelp->setEnabled(false);

    auto *form = new QFormLayout;
    form->addRow(tr("&Refresh the list:"), m_interval);
    form->addRow(tr("&Failure threshold:"), m_threshold);
    form->addRow(QString(), thresholdHelp);
    form->addRow(tr("Notifications:"), m_notifications);
    form->addRow(tr("System tray:"), m_showInTray);
    form->addRow(QString(), m_keepRunning);
    form->addRow(QString(), m_minimize);
    form->addRow(tr("&Write limit:"), m_writeLimit);
    form->addRow(QString(), writeLimitHelp);
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        auto *noTray
            = new QLabel(tr("This desktop shows no system tray at the moment; the icon appears when it does."), this);
        noTray->setWordWrap(true);
        noTray->setEnabled(false);
        form->addRow(QString(), noTray);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

QList<int> PreferencesDialog::intervalChoices() { return {0, 15, 30, 60, 300, 900}; }

QString PreferencesDialog::intervalText(int seconds)
{
    switch (seconds) {
    case 0: return tr("Never (refresh by hand)");
    case 15: return tr("Every 15 seconds");
    case 30: return tr("Every 30 seconds");
    case 60: return tr("Every minute");
    case 300: return tr("Every 5 minutes");
    case 900: return tr("Every 15 minutes");
    default:
        return seconds % 60 == 0 ? tr("Every %n minute(s)", nullptr, seconds / 60)
                                 : tr("Every %n second(s)", nullptr, seconds);
    }
}

WatchPreferences PreferencesDialog::preferences() const
{
    WatchPreferences p;
    p.threshold = m_threshold->value();
    p.notifications = m_notifications->isChecked();
    p.showInTray = m_showInTray->isChecked();
    p.keepRunningInTray = m_keepRunning->isChecked();
    p.minimizeToTray = m_minimize->isChecked();
    return p;
}

int PreferencesDialog::intervalSeconds() const { return m_interval->currentData().toInt(); }

int PreferencesDialog::writesPerMinute() const { return m_writeLimit->value(); }

void PreferencesDialog::updateTrayOptions()
{
    m_keepRunning->setEnabled(m_showInTray->isChecked());
    m_minimize->setEnabled(m_showInTray->isChecked());
}
