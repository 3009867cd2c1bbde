#include "apptranslations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace {
const QString appBaseName = QStringLiteral("optimaldial-webhooks");
const QString appDirectory = QStringLiteral(":/i18n");

// Loads the best match for locale among prefix_<language>.qm in directory (QTranslator tries
// each of the locale's UI languages, most specific first) and installs it on app.
QString installBest(QCoreApplication &app, const QLocale &locale, const QString &prefix, const QString &directory)
{
    auto *translator = new QTranslator(&app);
    if (!translator->load(locale, prefix, QStringLiteral("_"), directory) || translator->isEmpty()) {
        delete translator;
        return {};
    }
    QCoreApplication::installTranslator(translator);
    return translator->filePath();
}
} // namespace

AppTranslations::Loaded AppTranslations::install(QCoreApplication &app, const QLocale &locale)
{
    Loaded loaded;
    loaded.qt = installBest(app, locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    loaded.app = installBest(app, locale, appBaseName, appDirectory);
    if (loaded.app.isEmpty())
        loaded.app = installBest(app, QLocale(QLocale::English), appBaseName, appDirectory);
    return loaded;
}
