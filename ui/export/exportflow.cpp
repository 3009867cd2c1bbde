#include "exportflow.h"

#include "exportfile.h"
#include "messageboxes.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#include <optional>

namespace {

const QLatin1String FolderKey("export/lastFolder");

std::optional<QString> &nextPath()
{
    static std::optional<QString> path;
    return path;
}

QString &lastSuggested()
{
    static QString name;
    return name;
}

} // namespace

void ExportFlow::setNextPath(const QString &path) { nextPath() = path; }

QString ExportFlow::lastSuggestedName() { return lastSuggested(); }

QString ExportFlow::run(QWidget *parent, const QString &caption, const ExportTable &table, const QString &what,
                        const QString &profile)
{
    const QString suggested = ExportFile::defaultName(what, profile, QDate::currentDate(), ExportFile::Format::Csv);
    lastSuggested() = suggested;
    QSettings settings;
    QString folder = settings.value(FolderKey).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);

    QString selectedFilter = ExportFile::csvFilter();
    QString path;
    if (nextPath()) {
        path = *nextPath();
        nextPath().reset();
    } else {
        path = QFileDialog::getSaveFileName(parent, caption, QDir(folder).filePath(suggested),
                                            ExportFile::csvFilter() + QLatin1String(";;") + ExportFile::jsonFilter(),
                                            &selectedFilter);
    }
    if (path.isEmpty())
        return {};
    const ExportFile::Format format = ExportFile::formatFor(path, selectedFilter);
    path = ExportFile::withExtension(path, format);

    QString error;
    if (!ExportFile::write(path, ExportFile::encode(table, format), &error)) {
        MessageBoxes::warning(parent, tr("Export failed"), tr("Nothing was exported. %1").arg(error));
        return {};
    }
    settings.setValue(FolderKey, QFileInfo(path).absolutePath());
    return path;
}
