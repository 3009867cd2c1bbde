#pragma once

#include <QDialog>
#include <QUrl>

class QFormLayout;
class QLabel;

// Help > About: the app's icon, name and version, what it does, its licence and homepage,
// and the Qt (built with and running on) and QtKeychain versions, with About Qt beside
// Close. Each value is announced with its caption ("Version: 0.1.0"); the homepage opens
// in the browser (QDesktopServices); Escape closes.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    static QUrl homepage();
    // "Proprietary (all rights reserved)": the licence the packages declare (LicenseRef-proprietary).
    static QString licence();
    // "6.4.2 (built with 6.4.2)", or only the one when both are the same.
    static QString qtVersion();

private:
    QLabel *addValue(QFormLayout *form, const QString &caption, const QString &value);
};
