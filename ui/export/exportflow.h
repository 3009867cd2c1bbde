#pragma once

#include "exporttable.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

// Every export from the window: a save dialog (CSV or JSON, chosen by the file's
// extension or the dialog's filter; the suggested name in the last folder used), the
// file written atomically, a failure shown plainly (MessageBoxes). Tests pre-answer the
// dialog with setNextPath() instead of clicking a real one.
class ExportFlow
{
    Q_DECLARE_TR_FUNCTIONS(ExportFlow)

public:
    // `what` names the contents for the default file name ("webhooks", "deliveries").
    // Returns the path written, or an empty string (cancelled or failed).
    static QString run(QWidget *parent, const QString &caption, const ExportTable &table, const QString &what,
                       const QString &profile);

    // Tests: the next save dialog is not shown and answers `path` (empty: cancelled).
    static void setNextPath(const QString &path);
    // Tests: the name the last dialog suggested (without its folder).
    static QString lastSuggestedName();
};
