#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

// The translations the app loads at start, for one locale: its own (embedded under :/i18n,
// optimaldial-webhooks_<lang>.qm) and Qt's own (qtbase_<lang>.qm from the Qt installation, for
// the standard dialogs and buttons). English needs the app's English file too: it holds the
// plural forms ("%n endpoint(s)" -> "1 endpoint", "2 endpoints"). A locale the app has no
// translation for gets the English file, so its plurals still read right.
class AppTranslations
{
public:
    struct Loaded
    {
        QString app; // the .qm file of the app's translation, empty when none loaded
        QString qt; // Qt's own, empty when the locale has none or Qt's are not installed
    };

    // Installs the translators on app (which owns them) for locale; call before any widget
    // is made. Returns what was loaded.
    static Loaded install(QCoreApplication &app, const QLocale &locale);
};
